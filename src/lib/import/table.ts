import { CODE_SPEC, parseCodeSpec, type CodeSpec } from './codes.ts';

/** What a table column holds, recognized from its header text. */
export type ColumnRole =
	| 'code'
	| 'status'
	| 'name'
	| 'message'
	| 'meaning'
	| 'description'
	| 'solution'
	| 'category'
	| 'summary'
	| 'other';

/** Maps a header cell to its role: `Error Code` -> code, `Description / Reason` -> description. */
export function columnRole(header: string): ColumnRole {
	const h = header.trim().toLowerCase();
	if (/\bcodes\b/.test(h) && /summary|common|codes and/.test(h)) return 'summary';
	if (/^(error |api )?codes?$/.test(h)) return 'code';
	if (/status/.test(h)) return 'status';
	if (/name/.test(h)) return 'name';
	if (/message|^msg$/.test(h)) return 'message';
	if (/meaning/.test(h)) return 'meaning';
	if (/description|reason|explanation|details?/.test(h)) return 'description';
	if (/solution|fix|action|resolution|what to do/.test(h)) return 'solution';
	if (/category|group|type/.test(h)) return 'category';
	return 'other';
}

/** True when a row is a header: every cell a known column title, none a code. */
export function looksLikeHeader(cells: string[]): boolean {
	return cells.length > 1 && cells.every((cell) => !/^[-−]?\d/.test(cell)) && cells.some((cell) => columnRole(cell) !== 'other');
}

/** True for a `|---|:---:|` row repeated inside a table body. */
export function isDelimiterRow(cells: string[]): boolean {
	return cells.length > 0 && cells.every((cell) => /^:?-+:?$/.test(cell));
}

/** A row's cells by role; unknown columns are kept under their header so nothing is dropped. */
export interface RowCells {
	get(role: ColumnRole): string | undefined;
	extras: Array<{ header: string; value: string }>;
}

export function rowCells(headers: string[], cells: string[]): RowCells {
	const roles = headers.map(columnRole);
	const extras: Array<{ header: string; value: string }> = [];
	cells.forEach((value, i) => {
		if ((roles[i] ?? 'other') === 'other' && value !== '') extras.push({ header: headers[i] ?? `column ${i + 1}`, value });
	});
	return {
		get: (role) => {
			const i = roles.indexOf(role);
			const value = i === -1 ? undefined : cells[i]?.trim();
			return value === '' ? undefined : value;
		},
		extras,
	};
}

/** One `-4164: text` or `-4001 to -4014: text` piece of a prose cell. */
export interface CellSegment {
	spec: CodeSpec;
	text: string;
}

/**
 * Splits a prose cell that names codes (`-4028: Incorrect leverage. -4161: Cannot ...`)
 * into one segment per code spec; `prefix` is any text before the first spec.
 */
export function splitProseCell(cell: string): { prefix: string; segments: CellSegment[] } {
	// Find each maximal code spec, then look for its colon. A single regex `(spec)\s*:`
	// retries every start inside a long spec list that has no colon: quadratic on a long row.
	const colon = /\s*:/y;
	const matches: Array<{ index: number; end: number; spec: string }> = [];
	for (const match of cell.matchAll(new RegExp(CODE_SPEC.source, 'g'))) {
		colon.lastIndex = match.index + match[0].length;
		if (colon.test(cell)) matches.push({ index: match.index, end: colon.lastIndex, spec: match[0] });
	}
	const segments: CellSegment[] = [];
	matches.forEach((match, i) => {
		const spec = parseCodeSpec(match.spec);
		const end = matches[i + 1]?.index ?? cell.length;
		const text = cell.slice(match.end, end).trim().replace(/;$/, '').trim();
		if (spec) segments.push({ spec, text });
	});
	return { prefix: matches.length ? cell.slice(0, matches[0]!.index).trim() : cell.trim(), segments };
}

