/** The fixed vocabularies of concepts: classes, retry advice and ccxt's exception names. */

/** What kind of failure a concept is; the list is fixed so pages and filters can group by it. */
export const CONCEPT_CLASSES = [
	'authentication',
	'permission',
	'rate-limit',
	'server-busy',
	'unknown-execution-status',
	'timestamp-signature',
	'request-parameter',
	'symbol',
	'order-rejected',
	'order-not-found',
	'balance-margin',
	'position-leverage',
	'price-quantity-filter',
	'account-mode',
	'websocket',
	'other',
] as const;
export type ConceptClass = (typeof CONCEPT_CLASSES)[number];

/** What a client should do after the error; fixed, so clients can act on it mechanically. */
export const RETRY_ADVICE = [
	'do-not-retry',
	'fix-request-then-retry',
	'retry-with-backoff',
	'check-order-status-first',
] as const;
export type RetryAdvice = (typeof RETRY_ADVICE)[number];

/**
 * ccxt's unified exception names (ccxt/ccxt ts/src/base/errorHierarchy.ts), so a page can
 * name the exception a client's code caught.
 */
export const CCXT_EXCEPTIONS = [
	'BaseError',
	'ExchangeError',
	'AuthenticationError',
	'PermissionDenied',
	'AccountNotEnabled',
	'AccountSuspended',
	'ArgumentsRequired',
	'BadRequest',
	'BadSymbol',
	'OperationRejected',
	'NoChange',
	'MarginModeAlreadySet',
	'MarketClosed',
	'ManualInteractionNeeded',
	'RestrictedLocation',
	'InsufficientFunds',
	'InvalidAddress',
	'AddressPending',
	'InvalidOrder',
	'OrderNotFound',
	'OrderNotCached',
	'OrderImmediatelyFillable',
	'OrderNotFillable',
	'DuplicateOrderId',
	'ContractUnavailable',
	'NotSupported',
	'InvalidProxySettings',
	'ExchangeClosedByUser',
	'OperationFailed',
	'NetworkError',
	'DDoSProtection',
	'RateLimitExceeded',
	'ExchangeNotAvailable',
	'OnMaintenance',
	'InvalidNonce',
	'ChecksumError',
	'RequestTimeout',
	'BadResponse',
	'NullResponse',
	'CancelPending',
	'UnsubscribeError',
] as const;
export type CcxtException = (typeof CCXT_EXCEPTIONS)[number];
