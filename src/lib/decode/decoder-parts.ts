/**
 * The decoder index in parts, so the paste box fetches what a paste needs rather than every
 * code: a head (dialects, hints, ranges, the string codes, where each number lives, a filter of
 * the word keys) and small parts, found from the paste itself. Codes are split by number into
 * runs of neighbours (so the nearest codes are at hand when nothing matches), and by keys into
 * word parts: a string code, a name, and for each message a key any message it matches must
 * hold (see messageKeys). The decode over the parts a paste leads to ranks exactly as over the
 * whole index, since a code that can match is in one of them; only "similar message"
 * suggestions are drawn from the codes the paste's words lead to rather than from all. The CLI
 * reads the whole model.
 */
import { createDecoder, decode, stringCodeKey, stringIdsIn, SUGGESTION_COUNT } from './decode.ts';
import type { DecodeDialect, DecodeResult, DecodeTarget } from './decode.ts';
import {
	dialectsFromIndex,
	packDialects,
	packRow,
	rowTable,
	unpackRow,
	type DecoderIndexDialect,
	type DecoderIndexRow,
	type RowTable,
} from './decoder-index.ts';
import { extractError } from './extract.ts';
import { compileTemplate, foldCase, normalizeMessage, prepareMessage } from './template.ts';

/** A row of the decoder index after its place among all targets, which ties are ranked by. */
export type PartRow = [number, ...DecoderIndexRow];

export interface DecoderHead {
	version: 1;
	dialects: string[];
	dialectInfo: DecoderIndexDialect[];
	ccxtClasses: string[];
	/** The lowest and highest code of each number part (`n<i>`) in ascending order, each as its difference from the one before. */
	numbers: number[];
	/** How many word parts (`w<i>`): a key's part is its hash modulo this. */
	words: number;
	/** A Bloom filter (base64) of the word keys: a paste's word that is no key needs no fetch. */
	keys: string;
	/** The string codes, lower-cased, each once: a paste is searched for them as whole words. */
	strings: string[];
	/** Codes with a message no key finds (see messageKeys): always at hand. */
	rows: PartRow[];
}

export interface DecoderPart {
	rows: PartRow[];
}

export interface DecoderParts {
	head: DecoderHead;
	/** By part name (`n0`, `w17`), each published as `<name>.json` beside `head.json`. */
	parts: Map<string, DecoderPart>;
}

/** Rows per number part; at least SUGGESTION_COUNT, so the nearest codes are in a part and its neighbours. */
const NUMBER_PART = 32;
/** About this many rows per word part. */
const WORD_PART = 32;
/** Shorter words are not keys, and a word cut by a placeholder is keyed by this many letters at its whole end. */
const MIN_KEY = 3;
/** Filter bits per key and probes per lookup: about 2% of non-keys still fetch a part. */
const FILTER_BITS = 8;
const FILTER_PROBES = 5;
const WORD = /[\p{L}\p{N}]+/gu;

/** Splits the targets (in their ranking order) into a head and parts. */
export function buildDecoderParts(
	targets: readonly DecodeTarget[],
	dialects: readonly DecodeDialect[] = [],
): DecoderParts {
	const table = rowTable(dialects);
	const rows = targets.map((target, order): PartRow => [order, ...packRow(target, table)]);
	const parts = new Map<string, DecoderPart>();
	const add = (name: string, row: PartRow) => {
		const part = parts.get(name) ?? { rows: [] };
		if (part.rows.at(-1) !== row) part.rows.push(row);
		parts.set(name, part);
	};

	const numbers: Array<[number, number]> = [];
	const numbered = rows
		.filter((row) => row[2] !== null)
		.sort((a, b) => a[2]! - b[2]! || a[0] - b[0]);
	for (let start = 0; start < numbered.length;) {
		let end = Math.min(start + NUMBER_PART, numbered.length);
		// A number is never split across parts, and the last part is not left too small to suggest from.
		while (end < numbered.length && numbered[end][2] === numbered[end - 1][2]) end++;
		if (numbered.length - end < SUGGESTION_COUNT) end = numbered.length;
		const name = `n${numbers.length}`;
		for (const row of numbered.slice(start, end)) add(name, row);
		numbers.push([numbered[start][2]!, numbered[end - 1][2]!]);
		start = end;
	}

	const keyed = targetKeys(targets);
	const keyCount = keyed.reduce((sum, keys) => sum + (keys?.length ?? 0), 0);
	const wordKeys = new Set(
		keyed.flatMap((keys) =>
			(keys ?? []).filter((key) => !key.startsWith('n:') && !key.startsWith('s:')),
		),
	);
	const words = 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, keyCount / WORD_PART))));
	const always: PartRow[] = [];
	keyed.forEach((keys, order) => {
		const row = rows[order];
		if (keys === null) always.push(row);
		else for (const name of new Set(keys.map((key) => wordPart(key, words)))) add(name, row);
	});
	const strings = [...new Set(targets.flatMap((target) => stringCodeKey(target) ?? []))];
	const head: DecoderHead = {
		version: 1,
		dialects: table.dialects,
		dialectInfo: packDialects(table.dialects, dialects),
		ccxtClasses: table.classes,
		numbers: deltas(numbers.flat()),
		words,
		keys: keyFilter(wordKeys),
		strings,
		rows: always,
	};
	return { head, parts };
}

/** The parts a paste needs: its number's (signed or not), and those of its string codes, its message's words and its message as a name. */
export function partsFor(head: DecoderHead, input: string): string[] {
	const { code, message } = extractError(input);
	const names = new Set<string>();
	if (code !== null)
		for (const value of [code, -code]) {
			const part = numberPartOf(head, value);
			if (part !== -1 && value <= numberRanges(head)[part][1]) names.add(`n${part}`);
		}
	for (const id of stringIdsIn(head.strings, input)) names.add(wordPart(`s:${id}`, head.words));
	if (message !== null) {
		const { folded } = prepareMessage(message);
		names.add(wordPart(`n:${folded}`, head.words));
		const filter = keyFilterOf(head);
		for (const key of pasteKeys(folded))
			if (mayHold(filter, key)) names.add(wordPart(key, head.words));
	}
	return [...names];
}

/** The number parts around a code, for the nearest codes when nothing matched. */
export function nearbyParts(head: DecoderHead, code: number): string[] {
	const names: string[] = [];
	for (const value of [code, -code]) {
		const part = numberPartOf(head, value);
		for (const near of [part - 1, part, part + 1])
			if (near >= 0 && near < numberRanges(head).length) names.push(`n${near}`);
	}
	return [...new Set(names)];
}

/** Decodes pastes over a head and the parts `load` fetches, each part once. */
export function partedDecoder(head: DecoderHead, load: (name: string) => Promise<DecoderPart>) {
	const table: RowTable = { dialects: head.dialects, classes: head.ccxtClasses };
	const dialects = dialectsFromIndex(head);
	const loaded = new Map<string, Promise<DecodeTarget[]>>();
	const targetsOf = (rows: readonly unknown[]) =>
		rows.flatMap((row) =>
			Array.isArray(row) && Number.isInteger(row[0])
				? withOrder(unpackRow(row.slice(1), table), row[0] as number)
				: [],
		);
	const always = targetsOf(head.rows);
	const fetchParts = (names: string[]) =>
		Promise.all(
			names.map((name) => {
				let part = loaded.get(name);
				if (!part) {
					part = load(name).then((fetched) =>
						targetsOf(Array.isArray(fetched?.rows) ? fetched.rows : []),
					);
					part.catch(() => loaded.delete(name));
					loaded.set(name, part);
				}
				return part;
			}),
		);
	const decodeOver = async (names: string[], input: string): Promise<DecodeResult> => {
		const byOrder = new Map<number, DecodeTarget>();
		for (const target of [...always, ...(await fetchParts(names)).flat()])
			byOrder.set(target.order!, target);
		const targets = [...byOrder.values()].sort((a, b) => a.order! - b.order!);
		return decode(createDecoder(targets, dialects), input);
	};
	return {
		dialects,
		async decode(input: string): Promise<DecodeResult> {
			const names = partsFor(head, input);
			const result = await decodeOver(names, input);
			const code = result.extracted.code;
			if (result.matches.length > 0 || code === null) return result;
			return decodeOver([...names, ...nearbyParts(head, code)], input);
		},
	};
}

/**
 * The keys that find each target, or null for one with a message no key finds (it then stays in
 * the head). Of a message's keys the one fewest messages share is taken, so no part fills up
 * with every message that says `order`.
 */
function targetKeys(targets: readonly DecodeTarget[]): Array<string[] | null> {
	const candidates = targets.map((target) => target.messages.map(messageKeys));
	const shared = new Map<string, number>();
	for (const keys of candidates.flat())
		for (const key of keys ?? []) shared.set(key, (shared.get(key) ?? 0) + 1);
	const rarest = (keys: string[]) =>
		keys.reduce((best, key) =>
			shared.get(key)! < shared.get(best)! ||
			(shared.get(key) === shared.get(best) && key.length > best.length)
				? key
				: best,
		);
	return targets.map((target, i) => {
		const keys: string[] = [];
		const stringCode = stringCodeKey(target);
		if (stringCode !== null) keys.push(`s:${stringCode}`);
		if (target.name) keys.push(`n:${foldCase(normalizeMessage(target.name))}`);
		for (const found of candidates[i]) {
			if (found === null) continue;
			if (found.length === 0) return null;
			keys.push(rarest(found));
		}
		return keys;
	});
}

/**
 * The keys a message that matches this template must hold, any one of which finds it among a
 * paste's words. A match places every literal of the template, the first at the message's start
 * (or after a word's end), the last at its end (or before a word's start), the others anywhere
 * between values; so a word of a literal is a whole word of the message (`w:invalid`), and so
 * are two words in a row with what stands between them (`b:invalid symbol`), unless a word
 * touches a placeholder, whose value may run into it: `%s少于0` matches `BTC少于0`, whose word
 * ends in `少于0` (`x:少于0`), and `杠杆不能超过%s` one that starts with `杠杆不` (`p:`, the first
 * MIN_KEY letters). Null for a template that matches nothing; empty when nothing qualifies.
 */
export function messageKeys(message: string): string[] | null {
	const { literals, literalLength } = compileTemplate(message);
	if (literalLength < 3) return null;
	const keys = new Set<string>();
	literals.forEach((literal, at) => {
		let previous: { start: number; closedLeft: boolean } | null = null;
		for (const found of literal.matchAll(WORD)) {
			const word = found[0];
			const openLeft = found.index === 0 && at > 0;
			const openRight = found.index + word.length === literal.length && at < literals.length - 1;
			if (previous?.closedLeft && !openRight)
				keys.add(`b:${literal.slice(previous.start, found.index + word.length)}`);
			previous = { start: found.index, closedLeft: !openLeft };
			if (word.length < MIN_KEY || (openLeft && openRight)) continue;
			keys.add(
				openLeft
					? `x:${word.slice(-MIN_KEY)}`
					: openRight
						? `p:${word.slice(0, MIN_KEY)}`
						: `w:${word}`,
			);
		}
	});
	return [...keys];
}

/** The keys a paste's message can hold: its words, its pairs of words in a row, and its words' ends. */
function pasteKeys(folded: string): string[] {
	const keys: string[] = [];
	let previous = -1;
	for (const found of folded.matchAll(WORD)) {
		const word = found[0];
		if (previous !== -1) keys.push(`b:${folded.slice(previous, found.index + word.length)}`);
		previous = found.index;
		if (word.length >= MIN_KEY)
			keys.push(`w:${word}`, `p:${word.slice(0, MIN_KEY)}`, `x:${word.slice(-MIN_KEY)}`);
	}
	return keys;
}

/** A Bloom filter of the keys, as base64. */
function keyFilter(keys: ReadonlySet<string>): string {
	const bits = new Uint8Array(Math.max(1, Math.ceil((keys.size * FILTER_BITS) / 8)));
	for (const key of keys)
		for (const bit of filterBits(key, bits.length * 8))
			bits[bit >> 3] = (bits[bit >> 3] ?? 0) | (1 << (bit & 7));
	let binary = '';
	for (const byte of bits) binary += String.fromCharCode(byte);
	return btoa(binary);
}

const filters = new WeakMap<DecoderHead, Uint8Array>();

/** The head's key filter, decoded once per head rather than on every paste. */
function keyFilterOf(head: DecoderHead): Uint8Array {
	let filter = filters.get(head);
	if (!filter) {
		try {
			filter = Uint8Array.from(atob(head.keys), (char) => char.charCodeAt(0));
		} catch {
			filter = new Uint8Array(0);
		}
		filters.set(head, filter);
	}
	return filter;
}

/** False only for a key the filter was not built with; an unreadable filter holds everything. */
function mayHold(filter: Uint8Array, key: string): boolean {
	if (filter.length === 0) return true;
	return filterBits(key, filter.length * 8).every(
		(bit) => ((filter[bit >> 3] ?? 0) & (1 << (bit & 7))) !== 0,
	);
}

function filterBits(key: string, size: number): number[] {
	const first = fnv(key, 0x811c9dc5);
	const second = fnv(key, 0x01000193) | 1;
	return Array.from(
		{ length: FILTER_PROBES },
		(_, i) => ((first + Math.imul(i, second)) >>> 0) % size,
	);
}

/** FNV-1a over the key's UTF-16 units from a seed: the same in the build and in the browser. */
function fnv(key: string, seed: number): number {
	let hash = seed;
	for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
	return hash >>> 0;
}

function wordPart(key: string, parts: number): string {
	return `w${fnv(key, 0x811c9dc5) % parts}`;
}

/** The number part a code falls in, else the last one before it (-1 when none is). */
function numberPartOf(head: DecoderHead, code: number): number {
	const ranges = numberRanges(head);
	let low = 0;
	let high = ranges.length - 1;
	let found = -1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (ranges[middle][0] <= code) {
			found = middle;
			low = middle + 1;
		} else high = middle - 1;
	}
	return found;
}

const ranges = new WeakMap<DecoderHead, Array<[number, number]>>();

/** The head's number parts as `[lowest, highest]`, read once per head. */
function numberRanges(head: DecoderHead): Array<[number, number]> {
	let found = ranges.get(head);
	if (!found) {
		const values = Array.isArray(head.numbers) ? head.numbers : [];
		let last = 0;
		const flat = values.map((delta) => (last += delta));
		found = Array.from({ length: flat.length >> 1 }, (_, i): [number, number] => [
			flat[2 * i],
			flat[2 * i + 1],
		]);
		ranges.set(head, found);
	}
	return found;
}

function deltas(values: number[]): number[] {
	return values.map((value, i) => value - (i === 0 ? 0 : values[i - 1]));
}

function withOrder(target: DecodeTarget | null, order: number): DecodeTarget[] {
	return target ? [{ ...target, order }] : [];
}
