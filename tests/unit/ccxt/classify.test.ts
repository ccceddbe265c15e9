import { describe, expect, test } from 'vitest';
import { classify, contradicts, retryOf, type CcxtMaps } from '../../../src/lib/ccxt/classify.ts';

const chains: Record<string, string[]> = {
	BaseError: ['BaseError'],
	ExchangeError: ['ExchangeError', 'BaseError'],
	BadRequest: ['BadRequest', 'ExchangeError', 'BaseError'],
	BadSymbol: ['BadSymbol', 'BadRequest', 'ExchangeError', 'BaseError'],
	InsufficientFunds: ['InsufficientFunds', 'ExchangeError', 'BaseError'],
	InvalidOrder: ['InvalidOrder', 'ExchangeError', 'BaseError'],
	NetworkError: ['NetworkError', 'OperationFailed', 'BaseError'],
	RateLimitExceeded: ['RateLimitExceeded', 'NetworkError', 'OperationFailed', 'BaseError'],
	DDoSProtection: ['DDoSProtection', 'NetworkError', 'OperationFailed', 'BaseError'],
	InvalidNonce: ['InvalidNonce', 'NetworkError', 'OperationFailed', 'BaseError'],
	PermissionDenied: ['PermissionDenied', 'AuthenticationError', 'ExchangeError', 'BaseError'],
	ExchangeNotAvailable: ['ExchangeNotAvailable', 'NetworkError', 'OperationFailed', 'BaseError'],
};

const maps: CcxtMaps = {
	exchange: 'venue',
	market: 'spot',
	version: '4.5.84',
	marketExact: { '-2010': 'InsufficientFunds' },
	exact: {
		'-2010': 'InvalidOrder',
		'-1121': 'BadSymbol',
		'Order would immediately trigger.': 'InvalidOrder',
	},
	broad: { 'too many': 'RateLimitExceeded', 'too many orders': 'InvalidOrder' },
	chains,
};

describe('classify', () => {
	test("the market's exact map comes before the exchange's", () => {
		expect(classify(maps, { id: '-2010', code: -2010, messages: [] })).toMatchObject({
			class: 'InsufficientFunds',
			match: 'code',
			key: '-2010',
			chain: chains.InsufficientFunds,
			retry: 'fix-request',
		});
		expect(
			classify({ ...maps, marketExact: {} }, { id: '-2010', code: -2010, messages: [] }),
		).toMatchObject({ class: 'InvalidOrder', match: 'code' });
	});

	test("then the exact map by a message, then the first broad phrase in ccxt's order", () => {
		expect(
			classify(maps, { id: '-2021', code: -2021, messages: ['Order would immediately trigger.'] }),
		).toMatchObject({
			class: 'InvalidOrder',
			match: 'message',
			key: 'Order would immediately trigger.',
		});
		expect(
			classify(maps, { id: '7', code: 7, messages: ['You sent too many orders'] }),
		).toMatchObject({ class: 'RateLimitExceeded', match: 'broad', key: 'too many' });
		// The code beats a message, a message's exact text beats a phrase.
		expect(classify(maps, { id: '-1121', code: -1121, messages: ['too many'] })).toMatchObject({
			class: 'BadSymbol',
			match: 'code',
		});
	});

	test('a sub-code is looked up as itself, then as the main code the API returns', () => {
		const sub = {
			...maps,
			marketExact: {},
			exact: { '51008': 'InsufficientFunds', '51008_1': 'InvalidOrder' },
		};
		expect(classify(sub, { id: '51008_1000', code: 51008, messages: [] })).toMatchObject({
			class: 'InsufficientFunds',
			match: 'code',
			key: '51008',
		});
		expect(classify(sub, { id: '51008_1', code: 51008, messages: [] })).toMatchObject({
			class: 'InvalidOrder',
			key: '51008_1',
		});
	});

	test('a string code is looked up as it is', () => {
		const strings = {
			...maps,
			marketExact: {},
			exact: { 'order-accountbalance-error': 'InsufficientFunds' },
		};
		expect(
			classify(strings, { id: 'order-accountbalance-error', code: null, messages: [] }),
		).toMatchObject({ class: 'InsufficientFunds', match: 'code' });
		expect(
			classify(strings, { id: 'Order-AccountBalance-Error', code: null, messages: [] }).match,
		).toBeNull();
	});

	test('nothing matched: the generic ExchangeError, said so', () => {
		expect(classify(maps, { id: '-9999', code: -9999, messages: ['Something else.'] })).toEqual({
			exchange: 'venue',
			market: 'spot',
			class: 'ExchangeError',
			match: null,
			key: null,
			chain: ['ExchangeError', 'BaseError'],
			retry: 'fix-request',
			version: '4.5.84',
		});
	});
});

describe('what a class means for the caller', () => {
	test('by its place in the hierarchy, the nonce and rate limits before the network branch', () => {
		expect(retryOf(chains.InvalidNonce)).toBe('fix-nonce');
		expect(retryOf(chains.RateLimitExceeded)).toBe('wait-then-retry');
		expect(retryOf(chains.DDoSProtection)).toBe('wait-then-retry');
		expect(retryOf(chains.ExchangeNotAvailable)).toBe('retry-with-backoff');
		expect(retryOf(chains.NetworkError)).toBe('retry-with-backoff');
		expect(retryOf(chains.PermissionDenied)).toBe('fix-credentials');
		expect(retryOf(chains.BadSymbol)).toBe('fix-request');
	});
});

describe('a concept contradicts ccxt', () => {
	test('only when neither class is the other or its ancestor', () => {
		const mapping = classify(maps, { id: '-1121', code: -1121, messages: [] });
		expect(contradicts(mapping, chains.BadSymbol)).toBe(false);
		expect(contradicts(mapping, chains.BadRequest)).toBe(false);
		expect(
			contradicts(
				classify(maps, { id: '7', code: 7, messages: ['too many'] }),
				chains.RateLimitExceeded,
			),
		).toBe(false);
		expect(contradicts(mapping, chains.InsufficientFunds)).toBe(true);
		// ccxt mapped nothing: the generic fallback contradicts no concept.
		expect(
			contradicts(
				classify(maps, { id: '-9999', code: -9999, messages: [] }),
				chains.InsufficientFunds,
			),
		).toBe(false);
	});
});
