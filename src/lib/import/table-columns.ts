import type { SourceLine } from './lines.ts';
import {
	CODE_SPEC,
	isIdentifier,
	isUnit,
	leadingSpec,
	parseCodeSpec,
	parseStringCodes,
	type CodeSpec,
} from './codes.ts';
import { isHttpPhrase } from './http.ts';

/** What a table column holds, recognized from its header text and then from its cells. */
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

// Header words in the languages venues publish in; matched on the lower-cased header.
const HEADER_ROLES: Array<[ColumnRole, RegExp]> = [
	['status', /http|status code|^status$|状态码/],
	[
		'code',
		/^(?:error |err |api |return |ret |response |resp |result )?codes?$|^(?:err(?:or)?|ret|return|result|resp)[ _-]?codes?\b|^code\b|错误码|错误代码|返回码|代码|エラーコード|오류 ?코드|에러 ?코드/,
	],
	['name', /\bname\b|enum|名称|标识/],
	['message', /message|^msg$|\bmsg\b|^error string$|提示|信息|消息|文案|メッセージ/],
	['meaning', /meaning|含义|意义/],
	[
		'description',
		/description|desc\b|synopsis|reason|explanation|details?|描述|说明|原因|解释|説明/,
	],
	[
		'solution',
		/solution|\bfix\b|action|resolution|what to do|suggest|recommend|handling|how to|解决|处理|建议|措施|対処/,
	],
	['category', /category|group|^type$|^error source$|分类|类别|module/],
];

/** Maps a header cell to its role: `Error Code` -> code, `Description / Reason` -> description. */
export function columnRole(header: string): ColumnRole {
	const h = header.trim().toLowerCase();
	if (/\bcodes\b/.test(h) && /summary|common|codes and/.test(h)) return 'summary';
	for (const [role, pattern] of HEADER_ROLES) if (pattern.test(h)) return role;
	return 'other';
}

/**
 * The roles of a table's columns, by header first and then by what the cells hold: a column
 * of integers is the code column when no header says so (`| 0 | OK |`), a column of
 * identifiers is the name column even under a header called "Message" (`GRID_PAUSED`).
 * Each step below looks at the roles the steps before it left.
 */
export function tableRoles(headers: string[], rows: string[][], stringCodes = false): ColumnRole[] {
	const roles = headers.map(columnRole);
	const columns = tableColumns(headers, rows);
	swapMisheadedCodes(roles, columns);
	if (stringCodes) findStringCodes(headers, roles, columns);
	findStatusCodes(headers, rows, roles, columns);
	findEnumValues(headers, roles, columns);
	findNumericCodes(headers, roles, columns);
	findNames(roles, columns);
	findQuotedMessages(roles, columns);
	while (roles.length < columns.width) roles.push('other');
	// A role taken twice keeps its first column; the others stay under their headers, not lost.
	return roles.map((role, i) => (role !== 'other' && roles.indexOf(role) !== i ? 'other' : role));
}

/** A table's columns by what their cells hold. */
interface TableColumns {
	/** The number of columns, the widest row's or the header's. */
	width: number;
	/** The filled cells of column `i`. */
	cells(i: number): string[];
	/** The share of column `i`'s filled cells that pass `test`; 0 for an empty column. */
	share(i: number, test: (cell: string) => boolean): number;
}

/** The columns of a table's rows; empty and placeholder cells (`--`) say nothing about what a column holds. */
function tableColumns(headers: string[], rows: string[][]): TableColumns {
	const cells = (i: number) =>
		rows
			.map((row) => row[i]?.trim() ?? '')
			.filter((cell) => cell !== '' && !isPlaceholderCell(cell));
	return {
		width: Math.max(headers.length, ...rows.map((row) => row.length)),
		cells,
		share: (i, test) => {
			const column = cells(i);
			return column.length === 0 ? 0 : column.filter(test).length / column.length;
		},
	};
}

/** `900 次/秒`, `30 req/s`: a number with a unit after it is a quantity, not a code with a remark. */
function isCodeLike(cell: string): boolean {
	const lead = leadingSpec(cell);
	return lead !== null && !isUnit(lead.rest);
}

/** A cell that starts with an identifier: a name. */
function isNameLike(cell: string): boolean {
	return isIdentifier(nameToken(cell).name);
}

/**
 * Headers written the wrong way round (`| Error message | Error code |` over `| 40001 |
 * ACCESS_KEY cannot be empty |`): when the column headed as the code holds no code at all
 * and exactly one column headed as the text holds codes in every row, the two swap.
 */
function swapMisheadedCodes(roles: ColumnRole[], columns: TableColumns): void {
	const headed = roles.indexOf('code');
	if (headed === -1 || columns.share(headed, isCodeLike) !== 0) return;
	const holders = roles.flatMap((role, i) =>
		['message', 'description', 'meaning'].includes(role) && columns.share(i, isCodeLike) === 1
			? [i]
			: [],
	);
	if (holders.length === 1) [roles[headed], roles[holders[0]]] = [roles[holders[0]], 'code'];
}

/**
 * A venue whose codes are strings heads them `Error`, `Error name`, `Name`...: the first such
 * column of identifiers is the code column.
 */
function findStringCodes(headers: string[], roles: ColumnRole[], columns: TableColumns): void {
	if (roles.includes('code')) return;
	const idLike = (cell: string) => parseStringCodes(cell) !== null;
	let column = headers.findIndex(
		(header, i) => STRING_CODE_HEADER.test(header.trim()) && columns.share(i, idLike) >= 0.6,
	);
	if (column === -1)
		column = roles.findIndex(
			(role, i) => (role === 'name' || role === 'other') && columns.share(i, isNameLike) >= 0.6,
		);
	if (column !== -1) roles[column] = 'code';
}

/**
 * A "Status Code" column of venue codes (`10001`), not HTTP statuses (`400`), is the code
 * column; so is one of three-digit numbers when its header does not say HTTP and the rows'
 * texts are the venue's (`101 | Order failed, unknown order type`), not reason phrases.
 */
function findStatusCodes(
	headers: string[],
	rows: string[][],
	roles: ColumnRole[],
	columns: TableColumns,
): void {
	const status = roles.indexOf('status');
	if (roles.includes('code') || status === -1 || columns.share(status, isCodeLike) < 0.6) return;
	const statuses = columns.share(status, (cell) => /^[1-5]\d\d$/.test(cell)) >= 0.6;
	const data = rows.filter((row) => (row[status]?.trim() ?? '') !== '');
	const phrased =
		data.filter((row) => row.some((cell, i) => i !== status && isHttpPhrase(cell))).length * 2 >=
		data.length;
	if (!statuses || (!/http/i.test(headers[status] ?? '') && !phrased)) roles[status] = 'code';
}

/**
 * An enumeration (`| Name | Value | Id | Synopsis |`, FIX codesets, SDK enums): its named
 * values are the codes, not the ids or sort keys beside them.
 */
function findEnumValues(headers: string[], roles: ColumnRole[], columns: TableColumns): void {
	const value = headers.findIndex((header) => /^(?:enum |wire )?value$|^值$/i.test(header.trim()));
	if (
		roles.includes('code') ||
		value === -1 ||
		!roles.includes('name') ||
		columns.share(value, (cell) => /^-?\d{1,9}$/.test(cell)) !== 1
	)
		return;
	const values = columns.cells(value);
	if (new Set(values).size === values.length) roles[value] = 'code';
}

/** With no code column yet, the first column of code-like numbers is it; a header that names what else a column of numbers could be keeps its role. */
function findNumericCodes(headers: string[], roles: ColumnRole[], columns: TableColumns): void {
	if (roles.includes('code')) return;
	const i = firstColumn(columns.width, (i) => {
		const role = roles[i] ?? 'other';
		return (
			(role === 'other' || role === 'description' || role === 'name') &&
			!NUMERIC_HEADER.test(headers[i] ?? '') &&
			columns.share(i, isCodeLike) >= 0.6
		);
	});
	if (i !== -1) roles[i] = 'code';
}

/** With no name column, the first text column of identifiers is it. */
function findNames(roles: ColumnRole[], columns: TableColumns): void {
	if (roles.includes('name')) return;
	const i = firstColumn(columns.width, (i) => {
		const role = roles[i] ?? 'other';
		return (
			(role === 'message' || role === 'other' || role === 'description') &&
			columns.share(i, isNameLike) >= 0.6
		);
	});
	if (i !== -1) roles[i] = 'name';
}

/** `"Filter failure: TICK_SIZE" | ...`: with neither codes nor messages, a column of quoted texts is what the API returns. */
function findQuotedMessages(roles: ColumnRole[], columns: TableColumns): void {
	if (roles.includes('code') || roles.includes('message')) return;
	const i = firstColumn(
		columns.width,
		(i) =>
			(roles[i] ?? 'other') === 'other' &&
			columns.share(i, (cell) => /^["“].*["”]$/.test(cell)) >= 0.6,
	);
	if (i !== -1) roles[i] = 'message';
}

/** The first of `width` column indexes that passes `test`, or -1. */
function firstColumn(width: number, test: (i: number) => boolean): number {
	for (let i = 0; i < width; i++) if (test(i)) return i;
	return -1;
}

/** Headers a venue with string codes puts over them when it does not say "code". */
const STRING_CODE_HEADER =
	/^(?:errors?|error[ _-]?(?:name|id|type|key|string)|err[_-]?(?:name|type)|name|key|에러|오류|错误|エラー)$/i;

/** Headers of numeric columns that are not codes: `| Weight | ... |`, `| Level | ... |`. */
export const NUMERIC_HEADER =
	/weight|limit|level|tier|leverage|interval|count|number|^no\.?$|^#$|序号|index|version|value|rate|size|amount|qty|quantity|price|port|step|priority|precision|decimals|seconds|minutes|\bms\b|time|限制|限频|频率|速率|次数|数量|权重|价格|金额|时间|间隔|上限|下限|制限|回数|数量|제한|횟수|수량|가격/i;

/** The identifier a name cell starts with and what follows it (`"price_too_low <Limit>"`, `GRID_PAUSED = 20417;`). */
export function nameToken(cell: string): { name: string; junk: string } {
	const text = cell.trim().replace(/^["'“`]+/, '');
	const match =
		/^([A-Za-z][A-Za-z0-9_.]*?(?:\.\.\.|…)?)["'”`]*(?=$|\s*(?:[=:,;(<[]|\/\/))(.*)$/.exec(text);
	if (!match) return { name: cell.trim(), junk: '' };
	return { name: match[1], junk: match[2].trim() };
}

/** True when a row is a header: every cell a known column title, none a code. */
export function looksLikeHeader(cells: string[]): boolean {
	return (
		cells.length > 1 &&
		cells.every((cell) => !/^[-−]?\d/.test(cell)) &&
		cells.some((cell) => columnRole(cell) !== 'other')
	);
}

/** A table's header: GFM's first row, or a row of column titles right above a delimiter row. */
export function isHeaderRow(line: SourceLine, next: SourceLine | undefined): boolean {
	if (line.header) return true;
	return (
		looksLikeHeader(line.cells ?? []) &&
		(next?.kind === 'delimiter' || isDelimiterRow(next?.cells ?? []))
	);
}

/** True for a `|---|:---:|` row repeated inside a table body. */
export function isDelimiterRow(cells: string[]): boolean {
	return cells.length > 0 && cells.every((cell) => /^:?-+:?$/.test(cell));
}

/**
 * The cells of a raw table row as written, split at unescaped pipes outside code spans. GFM
 * drops the cells past the header's count; this recovers them so none is lost.
 */
export function rawCells(raw: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let code = false;
	const text = raw.trim();
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === '\\' && text[i + 1] === '|') {
			cell += '|';
			i++;
		} else if (char === '`') {
			code = !code;
			cell += char;
		} else if (char === '|' && !code) {
			cells.push(cell);
			cell = '';
		} else cell += char;
	}
	cells.push(cell);
	if (text.startsWith('|')) cells.shift();
	if (text.endsWith('|') && cells.length > 0) cells.pop();
	return cells.map((value) => value.trim());
}

/**
 * A row's cells by role; unknown columns are kept under their header so nothing is dropped.
 * A cell holding only a placeholder for "none" (`--`, `-`, `—`, `N/A`) is empty: `placeholders`
 * lists them so a reader can say so.
 */
export interface RowCells {
	get(role: ColumnRole): string | undefined;
	extras: Array<{ header: string; value: string }>;
	placeholders: Array<{ header: string; value: string }>;
}

/** `--`, `-`, `—`, `N/A`: what a table writes in a cell it has nothing for. */
export function isPlaceholderCell(cell: string): boolean {
	return /^(?:[-‐–—−]{1,3}|n\/a)$/i.test(cell.trim());
}

export function rowCells(
	headers: string[],
	cells: string[],
	roles: ColumnRole[] = headers.map(columnRole),
): RowCells {
	const extras: Array<{ header: string; value: string }> = [];
	const placeholders: Array<{ header: string; value: string }> = [];
	cells.forEach((value, i) => {
		const role = roles[i] ?? 'other';
		if (role === 'other' && value !== '')
			extras.push({ header: headers[i] || `column ${i + 1}`, value });
		else if (role !== 'code' && role !== 'other' && isPlaceholderCell(value))
			placeholders.push({ header: headers[i] || `column ${i + 1}`, value: value.trim() });
	});
	return {
		get: (role) => {
			const i = roles.indexOf(role);
			const value = i === -1 ? undefined : cells[i]?.trim();
			return value === '' || (role !== 'code' && value !== undefined && isPlaceholderCell(value))
				? undefined
				: value;
		},
		extras,
		placeholders,
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
		if (colon.test(cell))
			matches.push({ index: match.index, end: colon.lastIndex, spec: match[0] });
	}
	const segments: CellSegment[] = [];
	matches.forEach((match, i) => {
		const spec = parseCodeSpec(match.spec);
		const end = matches[i + 1]?.index ?? cell.length;
		const text = cell.slice(match.end, end).trim().replace(/;$/, '').trim();
		if (spec) segments.push({ spec, text });
	});
	return {
		prefix: matches.length ? cell.slice(0, matches[0].index).trim() : cell.trim(),
		segments,
	};
}
