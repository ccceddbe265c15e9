import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CcxtMaps } from './classify.ts';

/**
 * Reads ccxt's error mapping from the `ccxt` package, at build time only (this module is
 * Node's: the site's browser code never imports it). Only the exchanges the sources name are
 * instantiated, each once per process.
 */

const require = createRequire(import.meta.url);

interface CcxtModule {
	version: string;
	exchanges: string[];
	[name: string]: unknown;
}

type Exceptions = Record<string, unknown>;

let loaded: { ccxt: CcxtModule; version: string; chains: Record<string, string[]> } | undefined;

function ccxtPackage() {
	if (!loaded) {
		const ccxt = require('ccxt') as CcxtModule;
		// The package's own version, what package.json pins (ccxt.version can lag it by a release).
		const entry = require.resolve('ccxt');
		const manifest = JSON.parse(
			readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8'),
		) as { name: string; version: string };
		if (manifest.name !== 'ccxt')
			throw new Error(`expected ccxt's package.json beside ${entry}, found ${manifest.name}`);
		loaded = { ccxt, version: manifest.version, chains: classChains(ccxt) };
	}
	return loaded;
}

/** Every exception class ccxt exports, with its ancestors up to BaseError. */
function classChains(ccxt: CcxtModule): Record<string, string[]> {
	const base = ccxt.BaseError as (abstract new () => Error) | undefined;
	if (typeof base !== 'function')
		throw new Error('ccxt exports no BaseError: its error hierarchy changed');
	const chains: Record<string, string[]> = {};
	for (const [name, value] of Object.entries(ccxt)) {
		if (typeof value !== 'function' || !(value === base || value.prototype instanceof base))
			continue;
		const chain: string[] = [];
		for (
			let klass = value as unknown;
			klass && klass !== Error && klass !== Function.prototype;
			klass = Object.getPrototypeOf(klass)
		) {
			chain.push((klass as { name: string }).name);
			if (klass === base) break;
		}
		chains[name] = chain;
	}
	return chains;
}

/** A class of ccxt's with its ancestors, nearest first; the name alone for one ccxt does not export. */
export function ccxtChain(name: string): string[] {
	return ccxtPackage().chains[name] ?? [name];
}

/** The exception classes ccxt exports. */
export function ccxtClasses(): string[] {
	return Object.keys(ccxtPackage().chains);
}

/** ccxt's exchange ids. */
export function ccxtExchanges(): string[] {
	return ccxtPackage().ccxt.exchanges;
}

const cache = new Map<string, CcxtMaps | string>();

/**
 * The maps of one exchange (and market), or a sentence saying why there are none: an exchange
 * ccxt does not have, or a market it does not split by.
 */
export function ccxtMaps(exchange: string, market: string | null): CcxtMaps | string {
	const key = `${exchange}\0${market ?? ''}`;
	let maps = cache.get(key);
	if (maps === undefined) cache.set(key, (maps = readMaps(exchange, market)));
	return maps;
}

function readMaps(exchange: string, market: string | null): CcxtMaps | string {
	const { ccxt, version, chains } = ccxtPackage();
	if (!ccxt.exchanges.includes(exchange)) {
		return `ccxt ${version} has no exchange "${exchange}"; the nearest: ${nearest(exchange, ccxt.exchanges).join(', ')}`;
	}
	const Exchange = ccxt[exchange] as new () => { exceptions?: Exceptions };
	const own = new Exchange().exceptions ?? {};
	// Some exchanges (deribit) keep one flat map of codes, which their handleErrors reads as `exact`.
	const exceptions: Exceptions = 'exact' in own || 'broad' in own ? own : { exact: own };
	const markets = Object.keys(exceptions).filter(
		(name) =>
			name !== 'exact' && name !== 'broad' && isMap((exceptions[name] as Exceptions)?.exact),
	);
	if (market !== null && !markets.includes(market)) {
		return markets.length === 0
			? `ccxt's ${exchange} keeps one map for all its markets: leave out \`market\``
			: `ccxt's ${exchange} has no market "${market}"; its markets: ${markets.join(', ')}`;
	}
	return {
		exchange,
		market,
		version,
		marketExact: market === null ? {} : names((exceptions[market] as Exceptions).exact),
		exact: names(exceptions.exact),
		broad: names(exceptions.broad),
		chains,
	};
}

function isMap(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

/** A map of keys to classes as keys to class names, in ccxt's order (broad matching takes the first that fits). */
function names(map: unknown): Record<string, string> {
	if (!isMap(map)) return {};
	return Object.fromEntries(
		Object.entries(map).map(([key, klass]) => [key, (klass as { name: string }).name]),
	);
}

/** The three ids closest to `name` by edit distance, for the message of a misspelled one. */
function nearest(name: string, ids: string[]): string[] {
	return ids
		.map((id) => ({ id, distance: distance(name, id) }))
		.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
		.slice(0, 3)
		.map(({ id }) => id);
}

function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++)
			row[j] = Math.min(
				previous[j] + 1,
				row[j - 1] + 1,
				previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		previous = row;
	}
	return previous[b.length];
}
