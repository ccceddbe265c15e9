/**
 * The cross-dialect view of the model: one row per code number, which dialects define it,
 * whether they mean the same thing (by concept, never by number), and which ranges cover it.
 * `/codes/<n>/`, `/compare/` and `/api/v1/compare.csv` are all built from these rows.
 */
import type { CodeEntry, CodeRange, Concept, Dialect } from '../model/model.ts';
import { entryKeys } from '../concepts/align.ts';
import { codePath, numberPath } from '../model/urls.ts';

/** `same`: every dialect that defines the number means one thing; `different`: not; `single`: one dialect only. */
export type Verdict = 'same' | 'different' | 'single';

/** What one matrix cell shows; `range` is a number the dialect covers by a range, not one by one. */
export type CellMark = 'same' | 'different' | 'single' | 'range' | 'absent';

/** One meaning a number has: the entries (of several dialects) that share it. */
export interface Meaning {
	/** The concept id, or null for codes without one that say the same thing. */
	concept: string | null;
	/** `A`, `B`, ... in order of first appearance, so cells can say which meaning they have. */
	label: string;
	entries: CodeEntry[];
}

/** A range of one dialect that covers a number. */
export interface RangeHit extends Pick<
	CodeRange,
	'from' | 'to' | 'title' | 'description' | 'section'
> {
	dialect: string;
}

/** One code number across every dialect: who defines it, what it means there, which ranges cover it. */
export interface NumberRow {
	code: number;
	/** The hundred the number falls in, e.g. `11xx` for -1121. */
	block: string;
	verdict: Verdict;
	/** One entry per dialect that defines the number, in dialect order. */
	entries: CodeEntry[];
	meanings: Meaning[];
	ranges: RangeHit[];
}

/**
 * Whether a number has a page of its own, `/codes/<n>/`: when more than one code has it. The
 * page of a number only one code has would repeat that code's page, which says no other
 * dialect uses the number; its address leads there instead (src/site/build/aliases/alias-pages.ts).
 */
export function hasNumberPage(row: Pick<NumberRow, 'entries'>): boolean {
	return row.entries.length > 1;
}

/** Where a number is answered, without the base path: its own page, or the page of the one code that has it. */
export function numberRowPath(row: Pick<NumberRow, 'code' | 'entries'>): string {
	const only = row.entries[0];
	return hasNumberPage(row) || !only ? numberPath(row.code) : codePath(only.dialect, only.id);
}

/** The hundred block of a code, as the venues title their sections: -1121 -> `11xx`, -4164 -> `41xx`. */
export function hundredBlock(code: number): string {
	return `${Math.floor(Math.abs(code) / 100)}xx`;
}

/** Orders codes by absolute value, so -1000, -1001 ... come in the order the sources list them. */
export function compareCodes(a: number, b: number): number {
	return Math.abs(a) - Math.abs(b) || a - b;
}

/** Every range of every dialect that covers `code`. */
export function rangesCovering(dialects: Dialect[], code: number): RangeHit[] {
	const hits: RangeHit[] = [];
	for (const dialect of dialects) {
		for (const range of dialect.ranges) {
			if (code >= Math.min(range.from, range.to) && code <= Math.max(range.from, range.to)) {
				hits.push({
					dialect: dialect.id,
					from: range.from,
					to: range.to,
					title: range.title,
					description: range.description,
					section: range.section,
				});
			}
		}
	}
	return hits;
}

/** The codes of each number, in the order given; string codes have no number and join no row. */
export function codesByNumber(codes: CodeEntry[]): Map<number, CodeEntry[]> {
	const byNumber = new Map<number, CodeEntry[]>();
	for (const entry of codes) {
		if (entry.code === null) continue;
		const same = byNumber.get(entry.code);
		if (same) same.push(entry);
		else byNumber.set(entry.code, [entry]);
	}
	return byNumber;
}

/** One row per number that any dialect defines, ordered by block and number. */
export function compareNumbers(dialects: Dialect[], codes: CodeEntry[]): NumberRow[] {
	const order = new Map(dialects.map((dialect, i) => [dialect.id, i]));
	const byNumber = codesByNumber(codes);
	return [...byNumber.keys()].sort(compareCodes).map((code) => {
		const entries = byNumber
			.get(code)!
			.sort((a, b) => (order.get(a.dialect) ?? 0) - (order.get(b.dialect) ?? 0));
		const meanings = meaningsOf(entries);
		const verdict: Verdict =
			entries.length === 1 ? 'single' : meanings.length === 1 ? 'same' : 'different';
		return {
			code,
			block: hundredBlock(code),
			verdict,
			entries,
			meanings,
			ranges: rangesCovering(dialects, code),
		};
	});
}

/**
 * Groups entries by concept. Entries without a concept share a meaning only when they say
 * the same thing (a shared normalized name or message, as alignment compares them); the
 * number is never the evidence.
 */
export function meaningsOf(entries: CodeEntry[]): Meaning[] {
	// Most numbers have one code: nothing to compare, and its keys cost a normalization each.
	if (entries.length === 1)
		return [{ concept: entries[0].concept, label: 'A', entries: [entries[0]] }];
	const meanings: Array<Meaning & { keys: Set<string> }> = [];
	for (const entry of entries) {
		const keys = entryKeys(entry);
		const same = meanings.find((meaning) =>
			entry.concept !== null
				? meaning.concept === entry.concept
				: meaning.concept === null && keys.some((key) => meaning.keys.has(key)),
		);
		if (same) {
			same.entries.push(entry);
			for (const key of keys) same.keys.add(key);
		} else {
			meanings.push({
				concept: entry.concept,
				label: String.fromCharCode(65 + (meanings.length % 26)),
				entries: [entry],
				keys: new Set(keys),
			});
		}
	}
	return meanings.map(({ concept, label, entries: grouped }) => ({
		concept,
		label,
		entries: grouped,
	}));
}

/** What the matrix shows for one dialect in one row. */
export function cellOf(
	row: NumberRow,
	dialect: string,
): { mark: CellMark; entry?: CodeEntry; meaning?: Meaning; ranges: RangeHit[] } {
	const ranges = row.ranges.filter((range) => range.dialect === dialect);
	const entry = row.entries.find((candidate) => candidate.dialect === dialect);
	if (!entry) return { mark: ranges.length > 0 ? 'range' : 'absent', ranges };
	const meaning = row.meanings.find((candidate) => candidate.entries.includes(entry))!;
	return { mark: row.verdict, entry, meaning, ranges };
}

/**
 * Whether the dialects that have a concept give it the same number(s): `different` is the
 * other half of the comparison, one meaning under several numbers (invalid symbol is -1121
 * on Binance and WEEX, -1120 on gateway). Several codes inside one dialect are no conflict.
 */
export function conceptNumbering(concept: Pick<Concept, 'members'>): Verdict {
	const byDialect = new Map<string, string[]>();
	// A string code is its own "number": Kraken's EOrder:Insufficient funds is never -2010.
	for (const member of concept.members)
		byDialect.set(member.dialect, [
			...(byDialect.get(member.dialect) ?? []),
			member.code === null ? member.id : String(member.code),
		]);
	if (byDialect.size < 2) return 'single';
	const sets = [...byDialect.values()].map((codes) => [...new Set(codes)].sort().join(','));
	return sets.every((set) => set === sets[0]) ? 'same' : 'different';
}

/** Rows grouped by block, in order. */
export function byBlock(rows: NumberRow[]): Array<{ block: string; rows: NumberRow[] }> {
	const blocks: Array<{ block: string; rows: NumberRow[] }> = [];
	for (const row of rows) {
		const last = blocks.at(-1);
		if (last?.block === row.block) last.rows.push(row);
		else blocks.push({ block: row.block, rows: [row] });
	}
	return blocks;
}

/**
 * Above this many cells (numbers times dialects) the matrix is split into one page per block
 * with an overview, so no page grows past what a phone loads comfortably.
 */
export const MATRIX_SPLIT_CELLS = 4000;

/** Whether the matrix of `rows` over `dialects` dialects is split per block. */
export function isMatrixSplit(rows: number, dialects: number): boolean {
	return rows * Math.max(dialects, 1) > MATRIX_SPLIT_CELLS;
}

/**
 * The matrix as CSV (RFC 4180): `code, block, verdict`, then per dialect its cell mark, the
 * code's title and its concept. Text from the sources that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
 */
export function toCsv(dialects: Dialect[], rows: NumberRow[]): string {
	const header = [
		'code',
		'block',
		'verdict',
		...dialects.flatMap((dialect) => [dialect.id, `${dialect.id} title`, `${dialect.id} concept`]),
	];
	const lines = [header.map(csvText).join(',')];
	for (const row of rows) {
		const cells = [String(row.code), csvText(row.block), row.verdict];
		for (const dialect of dialects) {
			const cell = cellOf(row, dialect.id);
			cells.push(cell.mark, csvText(cell.entry?.title ?? ''), csvText(cell.entry?.concept ?? ''));
		}
		lines.push(cells.join(','));
	}
	return `${lines.join('\r\n')}\r\n`;
}

function csvText(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
