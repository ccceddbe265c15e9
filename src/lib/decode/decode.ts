/**
 * Turns a pasted client error into the code pages it can mean. The site (in the browser,
 * from the decoder index), the CLI and the tests all call these same functions.
 */
import type { CodeEntry } from '../model/model.ts';
import type { Extracted } from './extract.ts';
import type { PreparedMessage, Template } from './template.ts';
import { ccxtClassIn } from './exception.ts';
import { extractError, SCAN_LIMIT } from './extract.ts';
import {
	compileTemplate,
	foldCase,
	matchTemplate,
	normalizeMessage,
	prepareMessage,
} from './template.ts';

/**
 * What the decoder needs of a code: a CodeEntry has it, and so does the decoder index. A row of
 * a dialect's message table (a documented message with no code) has `id` and `code` null.
 */
export type DecodeTarget = Pick<CodeEntry, 'dialect' | 'name' | 'title' | 'url' | 'messages'> & {
	id: string | null;
	code: number | null;
	/** The exception ccxt raises for the code (`ExchangeError` where it maps nothing); absent where the dialect names no ccxt exchange. */
	ccxt?: string;
	/** Its place among all targets, when only some are given (the decoder's parts): ties keep this order. */
	order?: number;
};

/**
 * Code and message both fit; the code alone fits; the message fits under another code; the
 * number falls inside a range a dialect documents as a whole (not a documented code).
 */
export type MatchKind = 'code+message' | 'code' | 'message' | 'range';

/** What the decoder knows of a dialect besides its codes: the venue's hints and its ranges. */
export interface DecodeDialect {
	id: string;
	name: string;
	/** Words that name the venue in a paste (ccxt ids, API hosts), from the sources' front matter. */
	hints: string[];
	ranges: DecodeRange[];
}

export interface DecodeRange {
	from: number;
	to: number;
	title: string;
	/** The section page that describes the range. */
	url: string;
}

export interface Match {
	dialect: string;
	/** The code as its source writes it, or null for a message-table row. */
	id: string | null;
	code: number | null;
	url: string;
	score: number;
	kind: MatchKind;
	/** Values the message put into the template's placeholders, in order. */
	filled: string[];
	name: string | null;
	title: string;
	/** The message variant that matched, when the message matched. */
	template: string | null;
	/** For a `range` match, the range that covers the number. */
	range?: DecodeRange;
	/** True when the paste names this dialect's venue (a ccxt id, an API host). */
	hinted?: boolean;
	/** The ccxt exception the paste names, when ccxt raises it for this code. */
	ccxtClass?: string;
}

/** A code offered when nothing matched the paste: one near its number, or one with a similar message. */
export interface DecodeSuggestion {
	dialect: string;
	id: string | null;
	code: number | null;
	url: string;
	title: string;
	reason: 'nearby code' | 'similar message';
}

export interface DecodeResult {
	input: string;
	extracted: Extracted;
	/** Best first; equal scores keep the dialects' order, so ties read as ties. */
	matches: Match[];
	/** Filled only when nothing matched. */
	suggestions: DecodeSuggestion[];
}

/**
 * Scores are coarse on purpose: matches of the same kind and quality score the same, so an
 * ambiguous paste shows every dialect it fits. Only the code-alone tier is graded, by how
 * many words the pasted message shares with the code's own text (at most +9).
 */
export const SCORES = {
	exact: 100,
	partial: 90,
	codeOnly: 50,
	range: 40,
	message: 30,
	messagePartial: 20,
	hint: 5,
	ccxtClass: 3,
	otherVenue: 50,
} as const;

interface PreparedTarget {
	target: DecodeTarget;
	order: number;
	templates: Template[];
	/** The folded name, since some APIs send the name itself as the message (`INVALID_MESSAGE.`). */
	nameKey: string | null;
	words: Set<string>;
}

/** Targets with their templates compiled once, looked up by code. */
export interface Decoder {
	targets: PreparedTarget[];
	byCode: Map<number, PreparedTarget[]>;
	/** String codes (`EOrder:Insufficient funds`) by their lower-cased id, found in a paste as whole words. */
	byString: Map<string, PreparedTarget[]>;
	dialects: DecodeDialect[];
	/** Per dialect, patterns that find each of its hints as a whole word, longest hint first. */
	hints: Map<string, Array<{ hint: string; pattern: RegExp }>>;
}

export interface DecodeOptions {
	/** Most matches returned; a tie at the cut is kept whole. */
	limit?: number;
	/** The paste as given, searched for venue hints. */
	input?: string;
}

const DEFAULT_LIMIT = 10;
/** How many codes are suggested when nothing matches, of each kind. */
export const SUGGESTION_COUNT = 5;
const SIMILAR_ENOUGH = 0.3;

/** Compiles every code's message templates; build once, decode many times. */
export function createDecoder(
	targets: readonly DecodeTarget[],
	dialects: readonly DecodeDialect[] = [],
): Decoder {
	const byCode = new Map<number, PreparedTarget[]>();
	const byString = new Map<string, PreparedTarget[]>();
	const prepared = targets.map((target, index): PreparedTarget => {
		const entry: PreparedTarget = {
			target,
			order: target.order ?? index,
			templates: target.messages.map(compileTemplate),
			nameKey: target.name ? foldCase(normalizeMessage(target.name)) : null,
			words: wordsOf([...target.messages, target.name ?? '', target.title].join(' ')),
		};
		if (target.code !== null) {
			const sameCode = byCode.get(target.code) ?? [];
			sameCode.push(entry);
			byCode.set(target.code, sameCode);
		} else {
			const key = stringCodeKey(target);
			if (key !== null) byString.set(key, [...(byString.get(key) ?? []), entry]);
		}
		return entry;
	});
	const hints = new Map<string, Array<{ hint: string; pattern: RegExp }>>();
	for (const dialect of dialects) {
		const patterns = [...dialect.hints]
			.sort((a, b) => b.length - a.length)
			.map((hint) => ({
				hint,
				pattern: new RegExp(
					`(?<![a-z0-9])${hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`,
					'i',
				),
			}));
		if (patterns.length > 0) hints.set(dialect.id, patterns);
	}
	return { targets: prepared, byCode, byString, dialects: [...dialects], hints };
}

/** Extracts the code and message from pasted text and ranks the codes they fit. Never throws. */
export function decode(decoder: Decoder, input: string, options: DecodeOptions = {}): DecodeResult {
	const extracted = extractError(input);
	try {
		return {
			input,
			extracted,
			...decodeExtracted(decoder, extracted, {
				...options,
				input: typeof input === 'string' ? input : '',
			}),
		};
	} catch {
		return { input, extracted, matches: [], suggestions: [] };
	}
}

/** Ranks the codes an already extracted `{code, message}` fits. */
export function decodeExtracted(
	decoder: Decoder,
	extracted: Pick<Extracted, 'code' | 'message'>,
	options: DecodeOptions = {},
): { matches: Match[]; suggestions: DecodeSuggestion[] } {
	const input = options.input ?? '';
	const message = extracted.message === null ? null : prepareMessage(extracted.message);
	const code = extracted.code === null ? null : resolveCode(decoder, extracted.code);
	const matches = [
		...fittingTargets(decoder, code, message, input),
		...rangeMatches(decoder, code),
	];
	scoreHints(matches, hintedDialects(decoder, input));
	scoreCcxtClass(matches, ccxtClassIn(input));
	demoteOtherVenues(matches);
	matches.sort((a, b) => b.match.score - a.match.score || a.order - b.order);
	const ranked = cutKeepingTies(
		matches.map((item) => item.match),
		options.limit ?? DEFAULT_LIMIT,
	);
	const suggestions = ranked.length > 0 ? [] : suggest(decoder, code, message);
	return { matches: ranked, suggestions };
}

interface Ranked {
	match: Match;
	order: number;
	entry?: PreparedTarget;
}

/** The codes the number fits, then the string codes the paste names, then the codes whose message fits; each once. */
function fittingTargets(
	decoder: Decoder,
	code: number | null,
	message: PreparedMessage | null,
	input: string,
): Ranked[] {
	const matches: Ranked[] = [];
	const seen = new Set<PreparedTarget>();
	for (const entry of code === null ? [] : (decoder.byCode.get(code) ?? [])) {
		seen.add(entry);
		matches.push({ match: codeMatch(entry, message), order: entry.order, entry });
	}
	for (const entry of stringCodesIn(decoder, input)) {
		if (seen.has(entry)) continue;
		seen.add(entry);
		matches.push({ match: stringCodeMatch(entry, message), order: entry.order, entry });
	}
	if (message && message.text !== '') {
		for (const entry of decoder.targets) {
			if (seen.has(entry)) continue;
			const found = messageMatch(entry, message);
			if (found) matches.push({ match: found, order: entry.order, entry });
		}
	}
	return matches;
}

/** A number no code of a dialect has, inside a range the dialect documents as a whole. */
function rangeMatches(decoder: Decoder, code: number | null): Ranked[] {
	if (code === null) return [];
	const covered = new Set((decoder.byCode.get(code) ?? []).map((entry) => entry.target.dialect));
	return decoder.dialects.flatMap((dialect, order): Ranked[] => {
		const range = covered.has(dialect.id)
			? undefined
			: dialect.ranges.find((candidate) => inRange(candidate, code));
		if (!range) return [];
		const title = `${range.from} to ${range.to}: ${range.title}`;
		return [
			{
				match: {
					dialect: dialect.id,
					id: null,
					code,
					url: range.url,
					score: SCORES.range,
					kind: 'range',
					filled: [],
					name: null,
					title,
					template: null,
					range,
				},
				order: decoder.targets.length + order,
			},
		];
	});
}

/** A match in a dialect whose venue the paste names scores higher. */
function scoreHints(matches: Ranked[], hinted: Set<string>): void {
	for (const item of matches) {
		if (!hinted.has(item.match.dialect)) continue;
		item.match.score += SCORES.hint;
		item.match.hinted = true;
	}
}

/**
 * `ccxt.base.errors.InsufficientFunds: binance {"code":-2010,...}`: of the codes the paste's
 * code can be, those ccxt raises that class for come first; a venue the paste names still
 * outranks them, since the hint is worth more.
 */
function scoreCcxtClass(matches: Ranked[], pasteClass: string | null): void {
	const byCode = matches.filter(
		(item) => item.match.kind === 'code' || item.match.kind === 'code+message',
	);
	if (pasteClass === null || byCode.length < 2) return;
	for (const item of byCode) {
		if (item.entry?.target.ccxt !== pasteClass) continue;
		item.match.score += SCORES.ccxtClass;
		item.match.ccxtClass = pasteClass;
	}
}

/**
 * The paste names a venue that has this code: the same number in a dialect it does not name
 * is another venue's code, so it comes after, even when its message fits better
 * (`binance {"code":-2010,"msg":"Account has insufficient balance..."}` is not a gateway's -2010).
 */
function demoteOtherVenues(matches: Ranked[]): void {
	if (
		!matches.some(
			(item) =>
				item.match.hinted && (item.match.kind === 'code' || item.match.kind === 'code+message'),
		)
	)
		return;
	for (const item of matches) {
		if (item.match.hinted || item.match.kind === 'message') continue;
		item.match.score = Math.max(1, item.match.score - SCORES.otherVenue);
	}
}

/** People drop the minus sign (`1121`); read it back when only the negative number is documented. */
function resolveCode(decoder: Decoder, code: number): number {
	const known = (value: number) =>
		decoder.byCode.has(value) ||
		decoder.dialects.some((dialect) => dialect.ranges.some((range) => inRange(range, value)));
	return known(code) || !known(-code) ? code : -code;
}

function inRange(range: Pick<DecodeRange, 'from' | 'to'>, code: number): boolean {
	return code >= Math.min(range.from, range.to) && code <= Math.max(range.from, range.to);
}

/**
 * The dialects whose venue the paste names (`binance {"code":...}`, `fapi.binance.com`). The
 * most specific hint wins: `fapi.binance.com` names USDⓈ-M Futures, though `binance`, which
 * it contains, names every Binance dialect.
 */
function hintedDialects(decoder: Decoder, input: string): Set<string> {
	const text = input.length > 4096 ? `${input.slice(0, 2048)}\n${input.slice(-2048)}` : input;
	const longest = new Map<string, number>();
	if (text !== '') {
		for (const [dialect, patterns] of decoder.hints) {
			const found = patterns.find(({ pattern }) => pattern.test(text));
			if (found) longest.set(dialect, found.hint.length);
		}
	}
	const best = Math.max(0, ...longest.values());
	return new Set([...longest].filter(([, length]) => length === best).map(([dialect]) => dialect));
}

/** What may stand beside a string code in a paste without making it part of a longer word. */
const WORD_CHAR = /[\p{L}\p{N}_-]/u;

/**
 * The string codes a paste holds as whole words, case aside: `{"error":["EOrder:Insufficient
 * funds"]}`, `"err-code":"order-accountbalance-error"`. Only the ends of a long paste are read.
 */
function stringCodesIn(decoder: Decoder, input: string): PreparedTarget[] {
	if (decoder.byString.size === 0) return [];
	return stringIdsIn(decoder.byString.keys(), input).flatMap((id) => decoder.byString.get(id)!);
}

/** A string code (`EOrder:Insufficient funds`) as the decoder looks for it, lower-cased; null for a numeric code or a message-table row. */
export function stringCodeKey(target: Pick<DecodeTarget, 'code' | 'id'>): string | null {
	return target.code === null && target.id !== null ? target.id.toLowerCase() : null;
}

/** Which of the lower-cased string codes `ids` the paste holds as whole words, case aside, in the order of `ids`. */
export function stringIdsIn(ids: Iterable<string>, input: string): string[] {
	if (input === '') return [];
	const text = (
		input.length > 2 * SCAN_LIMIT
			? `${input.slice(0, SCAN_LIMIT)}\n${input.slice(-SCAN_LIMIT)}`
			: input
	).toLowerCase();
	const found: string[] = [];
	for (const id of ids) {
		let at = text.indexOf(id);
		while (at !== -1) {
			const before = text[at - 1];
			const after = text[at + id.length];
			if (
				(before === undefined || !WORD_CHAR.test(before)) &&
				(after === undefined || !WORD_CHAR.test(after))
			) {
				found.push(id);
				break;
			}
			at = text.indexOf(id, at + 1);
		}
	}
	return found;
}

/** A string code named in the paste is as telling as a code and its message: nobody else returns it. */
function stringCodeMatch(entry: PreparedTarget, message: PreparedMessage | null): Match {
	const found = message ? bestTemplate(entry, message) : null;
	if (found && !found.partial)
		return toMatch(entry, 'code+message', SCORES.exact, found.filled, found.template);
	return toMatch(entry, 'code', SCORES.partial, found?.filled ?? [], found?.template ?? null);
}

function codeMatch(entry: PreparedTarget, message: PreparedMessage | null): Match {
	const found = message ? bestTemplate(entry, message) : null;
	if (found) {
		const score = found.partial ? SCORES.partial : SCORES.exact;
		return toMatch(entry, 'code+message', score, found.filled, found.template);
	}
	const similarity = message ? dice(wordsOf(message.text), entry.words) : 0;
	return toMatch(entry, 'code', SCORES.codeOnly + Math.round(9 * similarity), [], null);
}

function messageMatch(entry: PreparedTarget, message: PreparedMessage): Match | null {
	const found = bestTemplate(entry, message);
	if (!found) return null;
	const score = found.partial ? SCORES.messagePartial : SCORES.message;
	return toMatch(entry, 'message', score, found.filled, found.template);
}

/** A whole-message match beats a partial one; the first such variant in source order wins. */
function bestTemplate(
	entry: PreparedTarget,
	message: PreparedMessage,
): { filled: string[]; partial: boolean; template: string | null } | null {
	if (entry.nameKey !== null && entry.nameKey === message.folded)
		return { filled: [], partial: false, template: null };
	let partial: { filled: string[]; partial: boolean; template: string } | null = null;
	for (const template of entry.templates) {
		const found = matchTemplate(template, message);
		if (!found) continue;
		if (!found.partial) return { ...found, template: template.source };
		partial ??= { ...found, template: template.source };
	}
	return partial;
}

function toMatch(
	entry: PreparedTarget,
	kind: MatchKind,
	score: number,
	filled: string[],
	template: string | null,
): Match {
	const { dialect, id, code, url, name, title } = entry.target;
	return { dialect, id, code, url, score, kind, filled, name, title, template };
}

function cutKeepingTies(matches: Match[], limit: number): Match[] {
	if (matches.length <= limit) return matches;
	let end = Math.max(0, limit);
	while (end > 0 && end < matches.length && matches[end].score === matches[end - 1].score) end++;
	return matches.slice(0, end);
}

/** Nothing matched: the numerically nearest codes, and codes whose text shares most words. */
function suggest(
	decoder: Decoder,
	code: number | null,
	message: PreparedMessage | null,
): DecodeSuggestion[] {
	const picked: DecodeSuggestion[] = [];
	const add = (entry: PreparedTarget, reason: DecodeSuggestion['reason']) => {
		const { dialect, id, code: value, url, title } = entry.target;
		if (!picked.some((s) => s.dialect === dialect && s.id === id && s.url === url))
			picked.push({ dialect, id, code: value, url, title, reason });
	};
	if (message && message.text !== '') {
		const words = wordsOf(message.text);
		decoder.targets
			.map((entry) => ({ entry, similarity: dice(words, entry.words) }))
			.filter((item) => item.similarity >= SIMILAR_ENOUGH)
			.sort((a, b) => b.similarity - a.similarity || a.entry.order - b.entry.order)
			.slice(0, SUGGESTION_COUNT)
			.forEach((item) => add(item.entry, 'similar message'));
	}
	if (code !== null) {
		decoder.targets
			.filter((entry) => entry.target.code !== null)
			.sort(
				(a, b) =>
					Math.abs(a.target.code! - code) - Math.abs(b.target.code! - code) || a.order - b.order,
			)
			.slice(0, SUGGESTION_COUNT)
			.forEach((entry) => add(entry, 'nearby code'));
	}
	return picked;
}

/** Words of two letters or more; placeholders (`%s` leaves `s`) drop out by length. */
function wordsOf(text: string): Set<string> {
	return new Set((foldCase(text).match(/[\p{L}\p{N}]{2,}/gu) ?? []).slice(0, 200));
}

/** Dice coefficient of two word sets: 1 for the same words, 0 for none shared. */
function dice(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const word of a) if (b.has(word)) shared++;
	return (2 * shared) / (a.size + b.size);
}
