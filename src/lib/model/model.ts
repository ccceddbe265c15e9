/**
 * The normalized model of Error Atlas. The JSON API (`/api/v1/*.json`) serializes exactly
 * these shapes, so every field here is public: rename nothing without a redirect plan.
 */

export type SourceRole = 'primary' | 'secondary';

/** A source document as named in its front matter. */
export interface SourceInfo {
	/** File name inside the sources directory, e.g. `binance-usdm.md`. */
	file: string;
	role: SourceRole;
	title: string;
	url: string | null;
}

export interface SourceRef {
	file: string;
	role: SourceRole;
}

export interface SectionRef {
	id: string;
	title: string;
}

export interface Section extends SectionRef {
	/** Page path of the section index, base path included. */
	url: string;
	/** Text the source gives under the section title, if any. */
	description: string | null;
	/** Codes in source order. */
	codes: number[];
}

/** A span of codes a source describes as a whole (`-4001 to -4014`); never expanded. */
export interface CodeRange {
	from: number;
	to: number;
	title: string;
	description: string;
	section: SectionRef;
	source: SourceRef;
}

export interface HttpStatus {
	status: number;
	meaning: string;
	description: string | null;
	source: SourceRef;
}

export type ProseBlock = { type: 'text'; text: string } | { type: 'code'; text: string };

/** A non-code part of a source (response format, best practices, notes), kept as written. */
export interface Prose {
	title: string | null;
	blocks: ProseBlock[];
	source: SourceRef;
	/** Source line where this part starts. */
	line: number;
}

export interface Dialect {
	id: string;
	name: string;
	vendor: string;
	sources: SourceInfo[];
	sections: Section[];
	ranges: CodeRange[];
	httpStatuses: HttpStatus[];
	prose: Prose[];
	/** Page path of the dialect, base path included. */
	url: string;
	/** Number of codes, for listings. */
	codeCount: number;
}

export interface Summary {
	text: string;
	source: SourceRef;
}

export interface CodeEntry {
	dialect: string;
	/** The signed integer the API returns, e.g. -1121. */
	code: number;
	name: string | null;
	/** True when the source shows the name cut short (`MOVE_ORDER_NOT_ALLOWED...`) or shared by several codes. */
	nameTruncated: boolean;
	/** The name, else the first message, else the summary. */
	title: string;
	/** Verbatim message variants in source order; `%s`/`%d` are placeholders. */
	messages: string[];
	description: string | null;
	solution: string | null;
	/** A secondary source's description, shown as a summary attributed to it. */
	summary: Summary | null;
	section: SectionRef;
	/** Id of the shared meaning this code has across dialects (`content/concepts/<id>.md`), or null. */
	concept: string | null;
	/** Page path of the code, base path included. */
	url: string;
	sources: SourceRef[];
	/** What normalization changed and why. */
	notes: string[];
}

/** Identifies a code across dialects, e.g. `binance-usdm/-1121`. */
export function codeKey(entry: Pick<CodeEntry, 'dialect' | 'code'>): string {
	return `${entry.dialect}/${entry.code}`;
}

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
export const RETRY_ADVICE = ['do-not-retry', 'fix-request-then-retry', 'retry-with-backoff', 'check-order-status-first'] as const;
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
] as const;
export type CcxtException = (typeof CCXT_EXCEPTIONS)[number];

/** One code that carries a concept. */
export interface ConceptMember {
	dialect: string;
	code: number;
	title: string;
	/** Page path of the code, base path included. */
	url: string;
}

/** One meaning shared across dialects, curated in `content/concepts/<id>.md`. */
export interface Concept {
	id: string;
	title: string;
	class: ConceptClass;
	retry: RetryAdvice;
	/** The ccxt exception a client using ccxt sees for it. */
	ccxt: CcxtException;
	/** Our explanation (cause, what to do), one string per paragraph; `code` spans in backticks. */
	explanation: string[];
	/** Page path of the concept, base path included. */
	url: string;
	/** Codes with this meaning, in dialect order, then by code. */
	members: ConceptMember[];
}
