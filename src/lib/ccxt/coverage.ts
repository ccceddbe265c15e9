import type { CodeEntry, Concept, Dialect } from '../model/model.ts';
import { contradicts, type CcxtMaps } from './classify.ts';
import { ccxtMaps } from './load.ts';

/**
 * How a dialect's documented codes and ccxt's maps for its exchange cover each other: what the
 * page documents that ccxt maps to nothing, what ccxt maps that the page does not document, and
 * where a concept and ccxt disagree. For the people who maintain either.
 */
export interface CcxtCoverage {
	exchange: string;
	market: string | null;
	version: string;
	/** Documented codes ccxt maps by their code. */
	byCode: CodeEntry[];
	/** Documented codes ccxt finds only by a message or a phrase of one. */
	byMessage: CodeEntry[];
	/** Documented codes ccxt maps to nothing: the caller gets the generic class. */
	unmapped: CodeEntry[];
	/** Keys of ccxt's exact maps that are no documented code or message, with the class ccxt raises. */
	undocumented: Array<{ key: string; class: string; map: 'market' | 'exchange' }>;
	/** Codes whose concept names a class ccxt's own map contradicts. */
	contradictions: Array<{ entry: CodeEntry; concept: Concept }>;
}

/** The maps a dialect names (`ccxt:` in its primary's front matter); null when it names none. */
export function dialectCcxtMaps(dialect: Dialect): CcxtMaps | null {
	if (!dialect.ccxt) return null;
	const maps = ccxtMaps(dialect.ccxt.exchange, dialect.ccxt.market);
	// check refused any name ccxt does not have, so a dialect in the model always finds its maps.
	if (typeof maps === 'string') throw new Error(`${dialect.id}: ${maps}`);
	return maps;
}

export function ccxtCoverage(
	maps: CcxtMaps,
	codes: CodeEntry[],
	concepts: Concept[],
): CcxtCoverage {
	const documented = new Set(
		codes.flatMap((entry) => [entry.id, ...(entry.code === null ? [] : [String(entry.code)])]),
	);
	const messages = new Set(codes.flatMap((entry) => entry.messages));
	const conceptOf = new Map(concepts.map((concept) => [concept.id, concept]));
	const seen = new Set<string>();
	const undocumented: CcxtCoverage['undocumented'] = [];
	for (const [map, exact] of [
		['market', maps.marketExact],
		['exchange', maps.exact],
	] as const) {
		for (const [key, klass] of Object.entries(exact)) {
			if (documented.has(key) || messages.has(key) || seen.has(key)) continue;
			seen.add(key);
			undocumented.push({ key, class: klass, map });
		}
	}
	const mapped = codes.filter((entry) => entry.ccxt?.match);
	return {
		exchange: maps.exchange,
		market: maps.market,
		version: maps.version,
		byCode: mapped.filter((entry) => entry.ccxt!.match === 'code'),
		byMessage: mapped.filter((entry) => entry.ccxt!.match !== 'code'),
		unmapped: codes.filter((entry) => entry.ccxt && !entry.ccxt.match),
		undocumented: undocumented.sort((a, b) => compareKeys(a.key, b.key)),
		contradictions: codes.flatMap((entry) => {
			const concept = entry.concept === null ? undefined : conceptOf.get(entry.concept);
			return entry.ccxt &&
				concept &&
				contradicts(entry.ccxt, maps.chains[concept.ccxt] ?? [concept.ccxt])
				? [{ entry, concept }]
				: [];
		}),
	};
}

/** Numbers by value, then the rest as text: `-1000, -2, 5, EOrder:...`. */
function compareKeys(a: string, b: string): number {
	const [x, y] = [Number(a), Number(b)];
	const [xn, yn] = [/^-?\d+$/.test(a), /^-?\d+$/.test(b)];
	if (xn && yn) return x - y;
	if (xn !== yn) return xn ? -1 : 1;
	return a.localeCompare(b);
}

/**
 * The dialect's codes as a map in ccxt's own shape, ready to review against ccxt's source:
 * `exact` holds each documented code ccxt maps by its code, with its class, and each other
 * documented code with the class it would get: the one ccxt finds by its message, else its
 * concept's; `proposed` says which entries those are and why. `broad` is ccxt's own;
 * `messages` gives each code's documented text beside it.
 */
export function ccxtReviewMap(
	dialect: Dialect,
	coverage: CcxtCoverage,
	maps: CcxtMaps,
	codes: CodeEntry[],
	concepts: Concept[],
) {
	const conceptClass = new Map(concepts.map((concept) => [concept.id, concept.ccxt]));
	const exact: Record<string, string> = {};
	const proposed: Record<string, 'message' | 'broad' | 'concept'> = {};
	const messages: Record<string, string> = {};
	for (const entry of codes) {
		// A sub-code (OKX 51008_1000) is returned as its main code: ccxt's maps are keyed by that.
		const key = entry.code === null ? entry.id : String(entry.code);
		if (Object.hasOwn(exact, key)) continue;
		const match = entry.ccxt?.match ?? null;
		const named = entry.concept === null ? undefined : conceptClass.get(entry.concept);
		if (match === 'code') exact[key] = entry.ccxt!.class;
		else if (match !== null) [exact[key], proposed[key]] = [entry.ccxt!.class, match];
		else if (named !== undefined) [exact[key], proposed[key]] = [named, 'concept'];
		else continue;
		messages[key] = entry.messages[0] ?? entry.description ?? entry.title;
	}
	return {
		dialect: dialect.id,
		exchange: coverage.exchange,
		market: coverage.market,
		ccxtVersion: coverage.version,
		exact,
		broad: maps.broad,
		messages,
		proposed,
		undocumented: Object.fromEntries(coverage.undocumented.map((item) => [item.key, item.class])),
	};
}
