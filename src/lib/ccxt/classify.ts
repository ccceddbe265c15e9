import type { CcxtMapping } from '../model/model.ts';

/**
 * One ccxt exchange's error maps, as its `exceptions` property holds them, with the class
 * names in place of the classes. `market` is the map of one market type (`spot`, `linear`,
 * ...) where the exchange splits them, which ccxt consults first for that market's URLs.
 */
export interface CcxtMaps {
	exchange: string;
	market: string | null;
	/** The version of the ccxt package read. */
	version: string;
	marketExact: Record<string, string>;
	exact: Record<string, string>;
	broad: Record<string, string>;
	/** Each class with its ancestors, nearest first: `InsufficientFunds` -> `[InsufficientFunds, ExchangeError, BaseError]`. */
	chains: Record<string, string[]>;
}

/** The class ccxt's `handleErrors` raises when nothing in the maps matches. */
export const CCXT_FALLBACK = 'ExchangeError';

/**
 * The class ccxt raises for a code, found as ccxt finds it: the market's exact map by the code,
 * the exchange's exact map by the code, then its exact map by each message, then its broad map
 * (the first key, in ccxt's order, that a message contains). Nothing found: the generic
 * ExchangeError, with `match: null`.
 */
export function classify(
	maps: CcxtMaps,
	code: { id: string; code: number | null; messages: string[] },
): CcxtMapping {
	// A sub-code (OKX `51008_1000`) is what the API returns as its main code, 51008, with this message.
	const keys =
		code.code !== null && String(code.code) !== code.id ? [code.id, String(code.code)] : [code.id];
	const found =
		first(keys, (key) => byKey(maps.marketExact, key, 'code')) ??
		first(keys, (key) => byKey(maps.exact, key, 'code')) ??
		first(code.messages, (message) => byKey(maps.exact, message, 'message')) ??
		first(code.messages, (message) => byBroad(maps.broad, message));
	const className = found?.className ?? CCXT_FALLBACK;
	return {
		exchange: maps.exchange,
		market: maps.market,
		class: className,
		match: found?.match ?? null,
		key: found?.key ?? null,
		chain: maps.chains[className] ?? [className],
		retry: retryOf(maps.chains[className] ?? [className]),
		version: maps.version,
	};
}

type Found = { className: string; match: NonNullable<CcxtMapping['match']>; key: string };

function byKey(map: Record<string, string>, key: string, match: Found['match']): Found | undefined {
	return Object.hasOwn(map, key) ? { className: map[key], match, key } : undefined;
}

function byBroad(map: Record<string, string>, message: string): Found | undefined {
	const key = Object.keys(map).find((candidate) => message.includes(candidate));
	return key === undefined ? undefined : { className: map[key], match: 'broad', key };
}

function first<T, R>(items: T[], find: (item: T) => R | undefined): R | undefined {
	for (const item of items) {
		const found = find(item);
		if (found !== undefined) return found;
	}
	return undefined;
}

/**
 * What a class means for the caller, from its place in ccxt's hierarchy. InvalidNonce and the
 * rate limits sit under NetworkError in ccxt, so they are asked about before the branch.
 */
export function retryOf(chain: string[]): CcxtMapping['retry'] {
	if (chain.includes('InvalidNonce')) return 'fix-nonce';
	if (chain.includes('RateLimitExceeded') || chain.includes('DDoSProtection'))
		return 'wait-then-retry';
	if (chain.includes('NetworkError')) return 'retry-with-backoff';
	if (chain.includes('AuthenticationError')) return 'fix-credentials';
	return 'fix-request';
}

/** What each kind of class tells the caller, in a sentence. */
export const CCXT_RETRY_TEXT: Record<CcxtMapping['retry'], string> = {
	'retry-with-backoff': 'transient: retry with backoff.',
	'wait-then-retry': 'a rate limit: wait, then retry.',
	'fix-nonce': 'the nonce or timestamp was refused: fix the clock or the nonce, then retry.',
	'fix-credentials': 'fix the API key or its permissions; a retry fails the same way.',
	'fix-request': 'fix the request; a retry fails the same way.',
};

/**
 * True when a concept's ccxt class and ccxt's own class for the code disagree: neither is the
 * other or one of its ancestors (BadSymbol for a code ccxt raises as BadRequest is not a contradiction).
 */
export function contradicts(mapping: CcxtMapping, conceptChain: string[]): boolean {
	if (mapping.match === null) return false;
	return !mapping.chain.includes(conceptChain[0]) && !conceptChain.includes(mapping.class);
}

/** One line for the command line: `InsufficientFunds ← ExchangeError ← BaseError (binance linear map, by code): fix the request; ...`. */
export function describeCcxt(mapping: CcxtMapping): string {
	const map = [mapping.exchange, mapping.market].filter(Boolean).join(' ');
	const how =
		mapping.match === null
			? `nothing in its ${map} map, so the generic class`
			: `${map} map, by ${mapping.match}`;
	return `ccxt ${mapping.version}: ${mapping.chain.join(' ← ')} (${how}): ${CCXT_RETRY_TEXT[mapping.retry]}`;
}
