/**
 * Assigns every code entry a concept, or none, by what the code says (its name and messages),
 * never by its number: gateway -2010 "Insufficient balance" and binance-usdm -2010
 * NEW_ORDER_REJECTED share a number and nothing else. Curated overrides in the concept files
 * (`include`, `exclude`) win over matching.
 */
import { codeKey, type CodeEntry, type Concept } from '../model/model.ts';
import type { ConceptFile } from './concepts.ts';
import { conceptPath, route } from '../model/urls.ts';
import { PLACEHOLDER } from '../decode/template.ts';
import type { Problem } from '../model/problems.ts';

/** Codes of several dialects that say the same thing but carry no concept: candidates for a new concept file. */
export interface UnmatchedGroup {
	key: string;
	entries: CodeEntry[];
}

/** What alignment decided, and what it left for a curator. */
export interface Alignment {
	/** Every concept file's concept with its members, ordered by id. */
	concepts: Concept[];
	/** `dialect/code` -> concept id, for every assigned code. */
	assignments: Map<string, string>;
	/** Codes left without a concept, in model order. */
	unassigned: CodeEntry[];
	/** Codes whose matches point at several concepts, left unassigned until an override decides. */
	ambiguous: Array<{ entry: CodeEntry; concepts: string[] }>;
	groups: UnmatchedGroup[];
	problems: Problem[];
}

// Abbreviations and spellings that venues use for the same word. Matching only: the data keeps what the source says.
// A Map, not an object: a message's word `constructor` must not find Object's.
const WORDS = new Map<string, string>(
	Object.entries({
		bad: 'invalid',
		illegal: 'invalid',
		incorrect: 'invalid',
		wrong: 'invalid',
		cl: 'client',
		ord: 'order',
		org: 'original',
		orig: 'original',
		fmt: 'format',
		tif: 'time in force',
		qty: 'quantity',
		param: 'parameter',
		params: 'parameter',
		parameters: 'parameter',
		chars: 'characters',
		msg: 'message',
		resp: 'response',
		rejected: 'reject',
		large: 'big',
		requests: 'request',
		orders: 'order',
	}),
);

// Phrases meaning one thing, folded before splitting into words.
const PHRASES: Array<[RegExp, string]> = [
	[/\b(?:does not|do not|doesn't|not) exists?\b|\bnot found\b|\bno such\b/g, ' missing '],
	[/\bnot sufficien\w*|\bnot enough\b|\binsufficien\w*/g, ' insufficient '],
];

const STOP_WORDS = new Set([
	'a',
	'an',
	'the',
	'is',
	'are',
	'was',
	'were',
	'be',
	'been',
	'this',
	'that',
	'for',
	'of',
	'to',
	'on',
	'in',
	'at',
	'by',
	'with',
	'please',
	'it',
	'its',
	'your',
	'you',
]);

/**
 * The form names and messages are compared in: camelCase and SNAKE_CASE split, placeholders
 * and punctuation dropped, synonyms folded, filler words removed, words sorted. So
 * `BAD_SYMBOL`, `INVALID_SYMBOL` and `Invalid symbol.` all become `invalid symbol`.
 */
export function normalizeKey(text: string): string {
	const spaced = text
		.replace(PLACEHOLDER, ' ')
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}']+/gu, ' ');
	let folded = ` ${spaced} `;
	for (const [pattern, replacement] of PHRASES) folded = folded.replace(pattern, replacement);
	const words = folded
		.replace(/'/g, '')
		.split(/\s+/)
		.flatMap((word) => (WORDS.get(word) ?? word).split(' '))
		.filter((word) => word && !STOP_WORDS.has(word));
	return [...new Set(words)].sort().join(' ');
}

/** The keys one code is matched by: its name and messages, or, when it has neither, what the sources say about it. */
export function entryKeys(
	entry: Pick<CodeEntry, 'id' | 'name' | 'title' | 'messages' | 'description' | 'summary'>,
): string[] {
	// Without a name, the title is the source's label (`-1008 Request Throttled`) or the first text.
	const label = entry.name === null && entry.title !== entry.id ? entry.title : null;
	const texts =
		entry.name || label || entry.messages.length
			? [entry.name, label, ...entry.messages]
			: [entry.description, entry.summary?.text];
	const keys = texts.filter((text): text is string => !!text).map(normalizeKey);
	return [...new Set(keys.filter(Boolean))];
}

/** Assigns concepts to `codes` (in model order) from the concept files; see the module comment. */
export function align(codes: CodeEntry[], files: ConceptFile[]): Alignment {
	const problems: Problem[] = [];
	// Overrides first: they are checked against the codes that exist, and they win.
	const { included, excluded } = readOverrides(codes, files, problems);
	const termConcepts = matchTerms(files);
	const keysOf = codes.map(entryKeys);
	const root = sameTextClusters(keysOf);
	// Concept id -> the line of the term that matched, per code.
	const direct = codes.map((entry, i) => {
		const out = new Map<string, number>();
		for (const key of keysOf[i])
			for (const [id, line] of termConcepts.get(key) ?? []) if (!out.has(id)) out.set(id, line);
		for (const id of excluded.get(codeKey(entry)) ?? []) out.delete(id);
		return out;
	});
	const pinned = codes.map((entry) => included.get(codeKey(entry))?.concept);
	const clusterConcepts = new Map<number, Set<string>>();
	codes.forEach((_, i) => {
		const set = clusterConcepts.get(root(i)) ?? new Set<string>();
		if (pinned[i]) set.add(pinned[i]);
		else for (const id of direct[i].keys()) set.add(id);
		clusterConcepts.set(root(i), set);
	});
	const fileOf = new Map(files.map((file) => [file.frontMatter.id, file]));
	const assignments = new Map<string, string>();
	const ambiguous: Alignment['ambiguous'] = [];
	codes.forEach((entry, i) => {
		const key = codeKey(entry);
		if (pinned[i]) return void assignments.set(key, pinned[i]);
		const own = [...direct[i]];
		if (own.length === 1) return void assignments.set(key, own[0][0]);
		if (own.length > 1)
			return void problems.push(
				twoConcepts(entry, own as [[string, number], ...Array<[string, number]>], fileOf),
			);
		const shared = [...clusterConcepts.get(root(i))!].filter((id) => !excluded.get(key)?.has(id));
		if (shared.length === 1) assignments.set(key, shared[0]);
		else if (shared.length > 1) ambiguous.push({ entry, concepts: shared });
	});
	const unassigned = codes.filter((entry) => !assignments.has(codeKey(entry)));
	return {
		concepts: conceptsWithMembers(files, codes, assignments),
		assignments,
		unassigned,
		ambiguous,
		groups: unmatchedGroups(unassigned),
		problems,
	};
}

/** The concept files' `include:` and `exclude:` lists, each code checked to exist and included once. */
function readOverrides(codes: CodeEntry[], files: ConceptFile[], problems: Problem[]) {
	const byKey = new Set(codes.map(codeKey));
	const dialects = new Set(codes.map((entry) => entry.dialect));
	const known = (ref: string, file: ConceptFile, line: number): boolean => {
		if (byKey.has(ref)) return true;
		const dialect = ref.slice(0, ref.lastIndexOf('/'));
		problems.push({
			file: file.file,
			line,
			message: dialects.has(dialect)
				? `${ref}: dialect \`${dialect}\` has no such code`
				: `${ref}: there is no dialect \`${dialect}\``,
			hint: 'name a code as it appears in the sources, `dialect/code`, e.g. `gateway/-2010`',
		});
		return false;
	};
	const included = new Map<string, { concept: string; file: string; line: number }>();
	const excluded = new Map<string, Set<string>>();
	for (const file of files) {
		const { id } = file.frontMatter;
		file.frontMatter.include.forEach((ref, i) => {
			const line = file.lines.include[i] ?? 1;
			if (!known(ref, file, line)) return;
			const earlier = included.get(ref);
			if (earlier) {
				problems.push({
					file: file.file,
					line,
					message: `${ref} is included here and in ${earlier.file}:${earlier.line}`,
					hint: 'a code has one meaning: keep the include in one concept file',
				});
				return;
			}
			included.set(ref, { concept: id, file: file.file, line });
		});
		file.frontMatter.exclude.forEach((ref, i) => {
			const line = file.lines.exclude[i] ?? 1;
			if (!known(ref, file, line)) return;
			if (included.get(ref)?.concept === id) {
				problems.push({
					file: file.file,
					line,
					message: `${ref} is both included and excluded`,
					hint: 'remove one of the two overrides',
				});
				return;
			}
			excluded.set(ref, (excluded.get(ref) ?? new Set()).add(id));
		});
	}
	return { included, excluded };
}

/** Each concept's match terms, normalized like the codes are, with the line that states them. */
function matchTerms(files: ConceptFile[]): Map<string, Map<string, number>> {
	const termConcepts = new Map<string, Map<string, number>>();
	for (const file of files) {
		file.frontMatter.match.forEach((term, i) => {
			const key = normalizeKey(term);
			if (!key) return;
			const concepts = termConcepts.get(key) ?? new Map<string, number>();
			if (!concepts.has(file.frontMatter.id))
				concepts.set(file.frontMatter.id, file.lines.match[i] ?? 1);
			termConcepts.set(key, concepts);
		});
	}
	return termConcepts;
}

/** Codes that say the same thing belong together, whichever dialect and number they have: each code's cluster, by index. */
function sameTextClusters(keysOf: string[][]): (i: number) => number {
	const parent = keysOf.map((_, i) => i);
	const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
	const firstWithKey = new Map<string, number>();
	keysOf.forEach((keys, i) => {
		for (const key of keys) {
			const first = firstWithKey.get(key);
			if (first === undefined) firstWithKey.set(key, i);
			else parent[root(i)] = root(first);
		}
	});
	return root;
}

/** The problem of a code whose own texts match two concepts' terms. */
function twoConcepts(
	entry: CodeEntry,
	[[first, line], ...others]: [[string, number], ...Array<[string, number]>],
	fileOf: Map<string, ConceptFile>,
): Problem {
	const key = codeKey(entry);
	const where = others.map(([id, at]) => `${fileOf.get(id)!.file}:${at}`).join(', ');
	return {
		file: fileOf.get(first)!.file,
		line,
		message: `${key} (${entry.title}) matches this concept and ${where}`,
		hint: `add \`- ${key}\` to \`exclude:\` in the concept it does not belong to, or to \`include:\` in the one it does`,
	};
}

/** Every concept of the files with the codes assigned to it, ordered by id. */
function conceptsWithMembers(
	files: ConceptFile[],
	codes: CodeEntry[],
	assignments: Map<string, string>,
): Concept[] {
	return files
		.map((file): Concept => {
			const { id, title, class: kind, retry, ccxt } = file.frontMatter;
			const members = codes
				.filter((entry) => assignments.get(codeKey(entry)) === id)
				.map((entry) => ({
					dialect: entry.dialect,
					id: entry.id,
					code: entry.code,
					title: entry.title,
					url: entry.url,
					ccxt: entry.ccxt?.class ?? null,
				}));
			return {
				id,
				title,
				class: kind,
				retry,
				ccxt,
				explanation: file.explanation,
				url: route(conceptPath(id)),
				members,
			};
		})
		.sort((a, b) => a.id.localeCompare(b.id));
}

/** Unassigned codes of two or more dialects that share a normalized name or message. */
function unmatchedGroups(unassigned: CodeEntry[]): UnmatchedGroup[] {
	const byKey = new Map<string, CodeEntry[]>();
	for (const entry of unassigned) {
		for (const key of entryKeys(entry)) {
			const same = byKey.get(key);
			if (same) same.push(entry);
			else byKey.set(key, [entry]);
		}
	}
	return [...byKey]
		.filter(([, entries]) => new Set(entries.map((entry) => entry.dialect)).size > 1)
		.map(([key, entries]) => ({ key, entries }));
}
