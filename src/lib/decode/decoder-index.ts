/**
 * The decoder index: the least the browser needs to decode a paste with the same functions
 * as the CLI, published as `/api/v1/decoder.json`. Rows are arrays rather than objects and
 * a title equal to the name or first message is left out, which keeps the file small.
 */
import type { DecodeTarget } from './decode.ts';

/**
 * `[dialect index, code, id or null when it is the code's digits, name, title or null when
 * derivable, url, messages]`; a message-table row has code null and id null.
 */
export type DecoderIndexRow = [number, number | null, string | null, string | null, string | null, string, string[]];

export interface DecoderIndex {
	version: 1;
	dialects: string[];
	rows: DecoderIndexRow[];
}

/** Packs codes into the decoder index, in the order given (the order ties are shown in). */
export function buildDecoderIndex(codes: readonly DecodeTarget[]): DecoderIndex {
	const dialects: string[] = [];
	const rows = codes.map((entry): DecoderIndexRow => {
		let dialect = dialects.indexOf(entry.dialect);
		if (dialect === -1) dialect = dialects.push(entry.dialect) - 1;
		const title = entry.title === defaultTitle(entry.name, entry.messages) ? null : entry.title;
		const id = entry.id === (entry.code === null ? null : String(entry.code)) ? null : entry.id;
		return [dialect, entry.code, id, entry.name, title, entry.url, [...entry.messages]];
	});
	return { version: 1, dialects, rows };
}

/** Unpacks a fetched decoder index; rows that do not have the expected shape are skipped. */
export function targetsFromIndex(index: unknown): DecodeTarget[] {
	if (!isIndex(index)) return [];
	const targets: DecodeTarget[] = [];
	for (const row of index.rows) {
		if (!isRow(row) || index.dialects[row[0]] === undefined) continue;
		const [dialect, code, id, name, title, url, messages] = row;
		targets.push({
			dialect: index.dialects[dialect],
			id: id ?? (code === null ? null : String(code)),
			code,
			name,
			title: title ?? defaultTitle(name, messages),
			url,
			messages,
		});
	}
	return targets;
}

/** Mirrors the model's rule: the name, else the first message. */
function defaultTitle(name: string | null, messages: readonly string[]): string {
	return name ?? messages[0] ?? '';
}

function isIndex(value: unknown): value is DecoderIndex {
	if (typeof value !== 'object' || value === null) return false;
	const candidate = value as Partial<DecoderIndex>;
	return (
		candidate.version === 1 &&
		Array.isArray(candidate.dialects) &&
		candidate.dialects.every((d) => typeof d === 'string') &&
		Array.isArray(candidate.rows)
	);
}

function isRow(row: unknown): row is DecoderIndexRow {
	return (
		Array.isArray(row) &&
		row.length === 7 &&
		Number.isInteger(row[0]) &&
		(row[1] === null || Number.isInteger(row[1])) &&
		(row[2] === null || typeof row[2] === 'string') &&
		(row[3] === null || typeof row[3] === 'string') &&
		(row[4] === null || typeof row[4] === 'string') &&
		typeof row[5] === 'string' &&
		Array.isArray(row[6]) &&
		row[6].every((m: unknown) => typeof m === 'string')
	);
}
