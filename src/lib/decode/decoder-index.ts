/**
 * The decoder index: the least the browser needs to decode a paste with the same functions
 * as the CLI, published as `/api/v1/decoder.json`. Rows are arrays rather than objects and
 * a title equal to the name or first message is left out, which keeps the file small.
 */
import type { DecodeDialect, DecodeTarget } from './decode.ts';

/**
 * `[dialect index, code, id or null when it is the code's digits, name, title or null when
 * derivable, url, messages, and the index in `ccxtClasses` of the class ccxt raises for it, where
 * the dialect names a ccxt exchange]`; a message-table row has code null and id null.
 */
export type DecoderIndexRow =
	| [number, number | null, string | null, string | null, string | null, string, string[]]
	| [number, number | null, string | null, string | null, string | null, string, string[], number];

/** `[name, hints, ranges as [from, to, title, url]]`, one per entry of `dialects`. */
export type DecoderIndexDialect = [string, string[], Array<[number, number, string, string]>];

export interface DecoderIndex {
	version: 1;
	dialects: string[];
	rows: DecoderIndexRow[];
	/** Names, venue hints and ranges of the dialects, in the order of `dialects`. */
	dialectInfo?: DecoderIndexDialect[];
	/** The ccxt exception classes the rows name, each once. */
	ccxtClasses?: string[];
}

/** Packs codes into the decoder index, in the order given (the order ties are shown in). */
export function buildDecoderIndex(
	codes: readonly DecodeTarget[],
	info: readonly DecodeDialect[] = [],
): DecoderIndex {
	const table = rowTable(info);
	const rows = codes.map((entry) => packRow(entry, table));
	const dialectInfo = packDialects(table.dialects, info);
	return {
		version: 1,
		dialects: table.dialects,
		rows,
		...(info.length > 0 ? { dialectInfo } : {}),
		...(table.classes.length > 0 ? { ccxtClasses: table.classes } : {}),
	};
}

/** The dialect ids and ccxt classes rows point into by index; packing a row adds what it names. */
export interface RowTable {
	dialects: string[];
	classes: string[];
}

/** A table that starts with the dialects in their given order. */
export function rowTable(info: readonly DecodeDialect[]): RowTable {
	return { dialects: info.map((dialect) => dialect.id), classes: [] };
}

/** One code as a row; a title equal to the name or first message, and an id equal to the code's digits, are left out. */
export function packRow(entry: DecodeTarget, table: RowTable): DecoderIndexRow {
	let dialect = table.dialects.indexOf(entry.dialect);
	if (dialect === -1) dialect = table.dialects.push(entry.dialect) - 1;
	const title = entry.title === defaultTitle(entry.name, entry.messages) ? null : entry.title;
	const id = entry.id === (entry.code === null ? null : String(entry.code)) ? null : entry.id;
	const row: DecoderIndexRow = [
		dialect,
		entry.code,
		id,
		entry.name,
		title,
		entry.url,
		[...entry.messages],
	];
	if (entry.ccxt === undefined) return row;
	let klass = table.classes.indexOf(entry.ccxt);
	if (klass === -1) klass = table.classes.push(entry.ccxt) - 1;
	return [...row, klass];
}

/** Names, hints and ranges in the order of `dialects`. */
export function packDialects(
	dialects: readonly string[],
	info: readonly DecodeDialect[],
): DecoderIndexDialect[] {
	const byId = new Map(info.map((dialect) => [dialect.id, dialect]));
	return dialects.map((id): DecoderIndexDialect => {
		const dialect = byId.get(id);
		return [
			dialect?.name ?? id,
			dialect?.hints ?? [],
			(dialect?.ranges ?? []).map((range) => [range.from, range.to, range.title, range.url]),
		];
	});
}

/** The dialects' names, hints and ranges from a fetched index; malformed entries are skipped. */
export function dialectsFromIndex(index: unknown): DecodeDialect[] {
	if (!isIndex(index) || !Array.isArray(index.dialectInfo)) return [];
	const dialects: DecodeDialect[] = [];
	index.dialectInfo.forEach((info, i) => {
		const id = index.dialects[i];
		if (
			id === undefined ||
			!Array.isArray(info) ||
			typeof info[0] !== 'string' ||
			!Array.isArray(info[1]) ||
			!Array.isArray(info[2])
		)
			return;
		const hints = info[1].filter((hint): hint is string => typeof hint === 'string');
		const ranges = info[2]
			.filter(
				(range) =>
					Array.isArray(range) &&
					Number.isInteger(range[0]) &&
					Number.isInteger(range[1]) &&
					typeof range[2] === 'string' &&
					typeof range[3] === 'string',
			)
			.map(([from, to, title, url]) => ({ from, to, title, url }));
		dialects.push({ id, name: info[0], hints, ranges });
	});
	return dialects;
}

/** Unpacks a fetched decoder index; rows that do not have the expected shape are skipped. */
export function targetsFromIndex(index: unknown): DecodeTarget[] {
	if (!isIndex(index)) return [];
	const table = {
		dialects: index.dialects,
		classes: Array.isArray(index.ccxtClasses) ? index.ccxtClasses : [],
	};
	return index.rows.flatMap((row) => unpackRow(row, table) ?? []);
}

/** A row back as a target, or null when it does not have the expected shape or names no known dialect. */
export function unpackRow(row: unknown, table: RowTable): DecodeTarget | null {
	if (!isRow(row) || table.dialects[row[0]] === undefined) return null;
	const [dialect, code, id, name, title, url, messages, klass] = row;
	const ccxt = klass === undefined ? undefined : table.classes[klass];
	return {
		dialect: table.dialects[dialect],
		id: id ?? (code === null ? null : String(code)),
		code,
		name,
		title: title ?? defaultTitle(name, messages),
		url,
		messages,
		...(typeof ccxt === 'string' ? { ccxt } : {}),
	};
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
		(row.length === 7 || (row.length === 8 && Number.isInteger(row[7]))) &&
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
