import type { SectionRef } from '../model/model.ts';
import {
	isCodeBearing,
	leadingCode,
	leadingSpec,
	parseStringCodes,
	splitNames,
	type CodeSpec,
	type CodeToken,
	type StringToken,
} from './codes.ts';
import { addMessage, newEntry, repairField, setName, type ReadEntry } from './entry.ts';
import type { SourceLine } from './lines.ts';
import type { SegmentRead } from './reader-output.ts';
import {
	columnRole,
	isDelimiterRow,
	isHeaderRow,
	isPlaceholderCell,
	NUMERIC_HEADER,
	looksLikeHeader,
	nameToken,
	rawCells,
	rowCells,
	splitProseCell,
	tableRoles,
	type ColumnRole,
	type RowCells,
} from './table-columns.ts';
import { httpStatusIn, isHttpPhrase } from './http.ts';
import { languageOf, scriptLanguage } from './language.ts';

/** What a table is read against: its section, and what the section's title says. */
export interface TableContext {
	section: SectionRef;
	/** The section is about HTTP statuses: its numbers are statuses, not codes. */
	http: boolean;
	/** Codes the section title names (`Messages for -1010 MSG_RECEIVED and -2040 ...`); a message table there carries their messages. */
	headingCodes: ReadEntry[];
	/** The entry a code heading just opened, which a message table under it belongs to. */
	current: ReadEntry | null;
	/** The source declares `codes: strings`: identifiers in the code column are the codes. */
	stringCodes: boolean;
}

/**
 * Reads one GFM table (its header, delimiter and body rows) into entries, ranges, HTTP
 * statuses or message tables. Columns are recognized by header and content together, so
 * the whole table is looked at before any row is read.
 */
export function readTable(rows: SourceLine[], context: TableContext, out: SegmentRead): void {
	const { header, body } = splitHeader(rows);
	const cellsOf = new Map(body.map((row) => [row, fullCells(row)]));
	const headers = tableHeaders(header, [...cellsOf.values()], out);
	const roles = tableRoles(headers, [...cellsOf.values()], context.stringCodes);
	if (!context.stringCodes && header)
		reportIdentifierCodes(header, headers, roles, [...cellsOf.values()], out);
	// Under an HTTP heading, a table that gives each code its status (`| Http status | code | desc |`) is still a table of codes.
	const coded = roles.includes('status') && roles.includes('code');
	const layout: TableLayout = {
		headers,
		roles,
		http: (context.http && !coded) || isHttpTable(roles, [...cellsOf.values()]),
	};
	let above: RowAbove | null = null;
	for (const row of body) above = readBodyRow(row, cellsOf.get(row)!, above, layout, context, out);
}

/** How a table's body rows are read: under which headers, with which column roles, as HTTP statuses or not. */
interface TableLayout {
	headers: string[];
	roles: ColumnRole[];
	http: boolean;
}

/** The entries the last code row opened, which a continuation row adds to, and the role of its text. */
interface RowAbove {
	entries: ReadEntry[];
	role: ColumnRole;
}

/** The table's header row, if it has one, and its body rows without delimiter rows. */
function splitHeader(rows: SourceLine[]): { header: SourceLine | null; body: SourceLine[] } {
	const header = rows[0] && isHeaderRow(rows[0], rows[1]) ? rows[0] : null;
	const body = rows.filter(
		(row) => row !== header && row.kind === 'row' && !isDelimiterRow(row.cells ?? []),
	);
	// A "header" that holds a code is the first data row of a table whose header was left out.
	if (header && leadingSpec(header.cells?.[0] ?? '') && !looksLikeHeader(header.cells ?? []))
		return { header: null, body: [header, ...body] };
	return { header, body };
}

/** The table's headers: its own (kept for a table below that has none), else those of the table above when its rows fit under them. */
function tableHeaders(header: SourceLine | null, rows: string[][], out: SegmentRead): string[] {
	if (header) {
		out.headers = header.cells ?? [];
		return out.headers;
	}
	return out.headers.length > 0 &&
		out.headers.length >= Math.max(...rows.map((cells) => cells.length))
		? out.headers
		: [];
}

/** A header over a code column of identifiers in a source of numeric codes: unread, with the fix to make. */
function reportIdentifierCodes(
	header: SourceLine,
	headers: string[],
	roles: ColumnRole[],
	rows: string[][],
	out: SegmentRead,
): void {
	const example = identifierCodes(headers, roles, rows);
	if (!example) return;
	out.unread.push({
		line: header.line,
		text: header.raw.trim(),
		codeBearing: true,
		reason: {
			message: `the "${headers[roles.indexOf('code')]}" column holds identifiers, not numbers (${example}): its codes cannot be read as numbers`,
			hint: "if this venue's error codes are strings, declare `codes: strings` in the source's front matter",
		},
	});
}

/** Reads one body row by the first reader that takes it; the row a continuation below would add to. */
function readBodyRow(
	row: SourceLine,
	allCells: string[],
	above: RowAbove | null,
	layout: TableLayout,
	context: TableContext,
	out: SegmentRead,
): RowAbove | null {
	const { headers, roles } = layout;
	const { cells, struckNotes } = withoutStruckText(row, allCells, headers, roles);
	const get = rowCells(headers, cells, roles);
	if (layout.http) {
		if (!readHttpRow(row, get, out)) out.texts.push({ line: row, afterEntry: true });
		return null;
	}
	const codeIndex = roles.indexOf('code');
	if (codeIndex !== -1) {
		const read = readCodeRow(
			row,
			headers,
			cells,
			get,
			roles,
			context.section,
			out,
			context.stringCodes,
		);
		if (read) {
			for (const entry of read.entries) entry.notes.push(...struckNotes);
			return read.entries.length ? { entries: read.entries, role: read.textRole } : null;
		}
		if (above && continuesRow(row, cells, codeIndex, above)) {
			continueRow(row, get, above);
			return above;
		}
		if (unreadStringCode(row, cells[codeIndex]?.trim() ?? '', context, out)) return null;
	}
	if (readSummaryRow(row, get, context.section, out)) return above;
	if (codeIndex === -1 && readMessageRow(row, get, context, out)) return above;
	out.texts.push({ line: row, afterEntry: out.entries.length > 0 });
	return null;
}

/**
 * A source of string codes has no number to tell a code row by: any cell there that is not a
 * code is a code the reader could not take, never a line of text to pass over.
 */
function unreadStringCode(
	row: SourceLine,
	codeCell: string,
	context: TableContext,
	out: SegmentRead,
): boolean {
	if (!context.stringCodes || codeCell === '' || isPlaceholderCell(codeCell)) return false;
	out.unread.push({
		line: row.line,
		text: row.raw.trim(),
		codeBearing: true,
		reason: {
			message: `the code cell "${codeCell.slice(0, 80)}" is not a string code the reader can take (an identifier of letters, digits and \`_ . : / -\`, at most five words)`,
			hint: 'check the row against the page: a code written with something around it needs the reader taught that shape',
		},
	});
	return true;
}

/** The row's cells, with any that GFM dropped past the header's count recovered from the raw line. */
function fullCells(row: SourceLine): string[] {
	const cells = row.cells ?? [];
	const raw = rawCells(row.raw);
	if (raw.length <= cells.length) return cells;
	return [
		...cells,
		...raw
			.slice(cells.length)
			.map((cell) => cell.replace(/^~~(.*)~~$/, '$1').replace(/\\(.)/g, '$1')),
	];
}

/** A table whose codes are all HTTP statuses described by their reason phrases (`400 | Bad Request`). */
function isHttpTable(roles: ColumnRole[], rows: string[][]): boolean {
	const codeIndex = roles.indexOf('code');
	if (codeIndex === -1) return roles.includes('status') && !roles.includes('name');
	const data = rows.filter((cells) => (cells[codeIndex] ?? '') !== '');
	if (data.length === 0) return false;
	const statuses = data.filter((cells) => /^[1-5]\d\d$/.test(cells[codeIndex].trim()));
	if (statuses.length !== data.length) return false;
	const phrased = data.filter((cells) =>
		cells.some((cell, i) => i !== codeIndex && isHttpPhrase(cell)),
	);
	return phrased.length * 2 >= data.length;
}

function readHttpRow(row: SourceLine, get: RowCells, out: SegmentRead): boolean {
	const status = httpStatusIn(get.get('status') ?? get.get('code'));
	if (status === null) return false;
	const texts = [
		get.get('meaning'),
		get.get('name'),
		get.get('message'),
		get.get('description'),
		...get.extras.map((extra) => extra.value),
	].filter(Boolean) as string[];
	const meaning = texts[0] ?? '';
	const description = texts.slice(1).join('\n') || null;
	out.httpStatuses.push({ status, meaning, description, line: row.line });
	return true;
}

/**
 * A text cell with a struck-through part beside live text (`~~Old text~~ <br> New text`): the
 * struck part is what the source no longer says, so it leaves the cell and is kept as a note.
 * A wholly struck cell is left alone (a retired row, read as deprecated); so is the code cell.
 */
function withoutStruckText(
	row: SourceLine,
	cells: string[],
	headers: string[],
	roles: ColumnRole[],
): { cells: string[]; struckNotes: string[] } {
	const struckNotes: string[] = [];
	const live = cells.map((cell, i) => {
		const struck = row.struckText?.[i];
		if (!struck || row.struck?.[i] || roles[i] === 'code' || !cell.includes(struck)) return cell;
		const rest = cell
			.replace(struck, ' ')
			.replace(/\s{2,}/g, ' ')
			.trim();
		if (rest === '') return cell;
		struckNotes.push(
			`The source strikes through \`${struck}\` in the "${headers[i] || `column ${i + 1}`}" cell, beside "${rest}": text it no longer gives, left out of the entry and kept here.`,
		);
		return rest;
	});
	return { cells: live, struckNotes };
}

/** Reads a row with a code column; null when its code cell holds no code. */
function readCodeRow(
	row: SourceLine,
	headers: string[],
	cells: string[],
	get: RowCells,
	roles: ColumnRole[],
	section: SectionRef,
	out: SegmentRead,
	stringCodes: boolean,
): { entries: ReadEntry[]; textRole: ColumnRole } | null {
	const codeCell = readCodeCell(row, cells, roles.indexOf('code'), stringCodes);
	if (!codeCell) return null;
	const { translated, extras } = splitTranslations(get);
	const description = rowDescription(headers, roles, get, extras);
	const { spec } = codeCell.read;
	if (spec.kind === 'range') {
		out.ranges.push({
			from: spec.from.code,
			to: spec.to.code,
			title: get.get('name') ?? get.get('message') ?? section.title,
			description: description ?? '',
			section,
			line: row.line,
		});
		return { entries: [], textRole: 'other' };
	}
	const codeRow: CodeRow = {
		row,
		cells,
		get,
		section,
		codes: spec.codes,
		codeCell,
		description,
		translated,
		name: rowName(headers, roles, get, spec.codes.length),
	};
	const entries = spec.codes.map((token, i) => {
		const entry = codeRowEntry(codeRow, token, i);
		out.entries.push(entry);
		return entry;
	});
	const textRole =
		(['message', 'description', 'meaning'] as const).find((role) => get.get(role) !== undefined) ??
		'description';
	const note =
		'note' in codeCell.read && typeof codeCell.read.note === 'string'
			? codeCell.read.note
			: undefined;
	if (note) for (const entry of entries) entry.notes.push(note);
	return { entries, textRole };
}

/** A row's name cell: one name per code when it lists as many as the row has codes. */
function rowName(
	headers: string[],
	roles: ColumnRole[],
	get: RowCells,
	codes: number,
): CodeRow['name'] {
	const cell = get.get('name');
	if (!cell) return null;
	const names = splitNames(cell);
	const headerRole = columnRole(headers[roles.indexOf('name')] ?? '');
	return { cell, names, split: names.length === codes && codes > 1, headerRole };
}

/** What a row's code cell holds: the codes read from its live text, and what was struck through or written after them. */
interface CodeCell {
	read: { spec: CodeSpec; rest: string; note?: string };
	/** The whole row is struck through: the code is retired. */
	deprecated: boolean;
	/** A struck number beside the live one (`~~110075~~ 182021`), the number it replaces. */
	replaced: string | null;
}

/** One code row, with what every code it lists takes from it. */
interface CodeRow {
	row: SourceLine;
	cells: string[];
	get: RowCells;
	section: SectionRef;
	codes: Array<CodeToken | StringToken>;
	codeCell: CodeCell;
	description: string | null;
	/** Cells in another script than the row's text. */
	translated: Array<{ header: string; value: string }>;
	/** The name cell, and its names when it gives one to each code. */
	name: { cell: string; names: string[]; split: boolean; headerRole: ColumnRole } | null;
}

/** The code cell of a row, read; null when it holds no code. */
function readCodeCell(
	row: SourceLine,
	cells: string[],
	codeIndex: number,
	stringCodes: boolean,
): CodeCell | null {
	const cell = cells[codeIndex] ?? '';
	const struckText = row.struckText?.[codeIndex] || null;
	// `~~110075~~ 182021`: the struck number is the retired one, the other replaces it.
	const liveCell =
		struckText && cell.replace(struckText, '').trim() !== ''
			? cell.replace(struckText, '').trim()
			: cell;
	const read = leadingSpec(liveCell) ?? (stringCodes ? stringSpec(liveCell) : null);
	if (!read) return null;
	return {
		read,
		deprecated: row.struck?.[codeIndex] === true,
		replaced: struckText && liveCell !== cell ? struckText : null,
	};
}

/** A row's extra cells: those in another script than the row's text (`| 0 | success | 成功 |`) are its translations. */
function splitTranslations(get: RowCells): {
	translated: RowCells['extras'];
	extras: RowCells['extras'];
} {
	const mainText = [get.get('message'), get.get('description'), get.get('meaning')]
		.filter(Boolean)
		.join(' ');
	const mainLang = languageOf(mainText, 'en');
	const translated = get.extras.filter(
		(extra) =>
			mainText !== '' &&
			scriptLanguage(extra.value) !== null &&
			scriptLanguage(extra.value) !== mainLang,
	);
	return { translated, extras: get.extras.filter((extra) => !translated.includes(extra)) };
}

/** A row's description: its description or meaning cell, the extra cells, and its category. */
function rowDescription(
	headers: string[],
	roles: ColumnRole[],
	get: RowCells,
	extras: RowCells['extras'],
): string | null {
	// A category cell keeps its header (`Error source: Order`): the word alone says nothing.
	const category = get.get('category');
	const categoryLine =
		category === undefined ? [] : [`${headers[roles.indexOf('category')]}: ${category}`];
	return (
		[joinExtras(get.get('description') ?? get.get('meaning'), extras), ...categoryLine]
			.filter(Boolean)
			.join('\n') || null
	);
}

/** The entry of the `i`th code a row lists, with the row's texts and notes on how they were read. */
function codeRowEntry(codeRow: CodeRow, token: CodeToken | StringToken, i: number): ReadEntry {
	const { row, get, name } = codeRow;
	const entry = newEntry(token, null, codeRow.section, row.line);
	if (name)
		readName(
			entry,
			name.split ? name.names[i] : name.cell,
			codeRow.codes,
			name.cell,
			name.split,
			name.headerRole,
		);
	const message = get.get('message');
	if (message) addMessage(entry, message, row.raw);
	entry.description = codeRow.description ? repairField(entry, codeRow.description) : null;
	const solution = get.get('solution');
	entry.solution = solution ? repairField(entry, solution) : null;
	entry.httpStatus = httpStatusIn(get.get('status'));
	entry.deprecated = codeRow.codeCell.deprecated;
	addCodeRowNotes(entry, codeRow, token);
	return entry;
}

/** Notes on what the row says beside the code's texts: struck parts, shared rows, translations, placeholders, extra cells. */
function addCodeRowNotes(entry: ReadEntry, codeRow: CodeRow, token: CodeToken | StringToken): void {
	const { row, cells, codeCell, codes } = codeRow;
	if (codeCell.deprecated)
		entry.notes.push(
			'The source strikes this row through: the code is retired, kept here as deprecated.',
		);
	if (codeCell.replaced)
		entry.notes.push(
			`The source strikes through \`${codeCell.replaced}\` beside this code: the number it replaces.`,
		);
	if (codeCell.read.rest)
		entry.notes.push(`The code cell adds "${codeCell.read.rest}" after the code.`);
	if (codes.length > 1) {
		entry.sharedWith = codes.filter((other) => other.id !== token.id).map((other) => other.id);
		entry.notes.push(
			`Listed with ${entry.sharedWith.join(', ')} in one table row (line ${row.line}); the row's text describes them together.`,
		);
	}
	for (const extra of codeRow.translated) {
		const lang = scriptLanguage(extra.value)!;
		entry.translations[lang] = {
			title: null,
			messages: [],
			description: repairField(entry, extra.value),
		};
		entry.notes.push(`The "${extra.header}" cell is in ${lang}: kept as the translation.`);
	}
	for (const placeholder of codeRow.get.placeholders) {
		entry.notes.push(
			`The "${placeholder.header}" cell holds \`${placeholder.value}\`, a placeholder for none: read as empty.`,
		);
	}
	if (cells.length > (row.cells?.length ?? 0)) {
		entry.notes.push(
			`The row has ${cells.length} cells but the table's header ${row.cells?.length ?? 0}; the extra cells are kept.`,
		);
	}
}

/**
 * A code cell of string codes (`order-accountbalance-error`), as a code spec; null when it holds
 * none. An optional part written after the code (Kraken's `EGeneral:Internal error[:<code>]`)
 * is what the API may append: the code is what comes before it, and a note says so.
 */
function stringSpec(cell: string): { spec: CodeSpec; rest: string; note?: string } | null {
	const optional = /^(.+?)\s*(\[[^\]]*<[^>]+>[^\]]*\])$/.exec(cell.trim());
	const codes = parseStringCodes(optional ? optional[1] : cell);
	if (!codes) return null;
	const note = optional
		? `The source writes \`${optional[2]}\` after the code: a part the API may append, not part of the code.`
		: undefined;
	return { spec: { kind: 'codes', codes }, rest: '', note };
}

/**
 * The first identifier of a code column that holds identifiers and no number at all
 * (`| INSUFFICIENT_FUND | ... |`), which a source without `codes: strings` cannot hold; else null.
 */
function identifierCodes(headers: string[], roles: ColumnRole[], rows: string[][]): string | null {
	const index = roles.indexOf('code');
	if (index === -1 || columnRole(headers[index] ?? '') !== 'code') return null;
	const cells = rows
		.map((cells) => cells[index]?.trim() ?? '')
		.filter((cell) => cell !== '' && !isPlaceholderCell(cell));
	if (cells.length === 0 || cells.some((cell) => leadingSpec(cell) !== null)) return null;
	const ids = cells.filter(
		(cell) => parseStringCodes(cell) !== null && /[_:-]|[a-z][A-Z]|^[A-Z]{3,}$/.test(cell),
	);
	return ids.length * 10 >= cells.length * 6 ? ids[0] : null;
}

/** A name cell: the identifier it holds; what follows it (`= 20417;`, `<Limit>`) is cut off with a note. */
function readName(
	entry: ReadEntry,
	cell: string,
	codes: Array<CodeToken | StringToken>,
	whole: string,
	split: boolean,
	headerRole: ColumnRole,
): void {
	const { name, junk } = nameToken(cell);
	if (!/^[A-Za-z][A-Za-z0-9_.]*(\.\.\.|…)?$/.test(name)) {
		// Not an identifier: under a "Message" header it is what the API says, under a "Name" header a title.
		if (headerRole === 'name') entry.title = repairField(entry, cell);
		else addMessage(entry, withoutQuoteMarks(cell), cell);
		return;
	}
	setName(entry, name);
	if (junk)
		entry.notes.push(
			`The name cell reads \`${cell.trim()}\`; the text after the name, \`${junk}\`, is not part of it and is cut off.`,
		);
	if (codes.length > 1 && !split && !entry.nameTruncated) {
		entry.nameTruncated = true;
		entry.notes.push(
			`The source gives one name, \`${whole}\`, to ${codes.map((code) => code.id).join(', ')}; it is shown as written, not split by guess.`,
		);
	}
}

/**
 * A row that adds to the row above: a line without pipes (a message wrapped onto the next
 * line, which GFM reads as a one-cell row), or a row whose code cell is empty.
 */
function continuesRow(
	row: SourceLine,
	cells: string[],
	codeIndex: number,
	last: RowAbove,
): boolean {
	const filled = cells.filter((cell) => cell !== '');
	if (filled.length === 0) return false;
	if (row.raw.includes('|')) return (cells[codeIndex] ?? '') === '';
	const text = filled[0];
	if (filled.length !== 1 || leadingCode(text)) return false;
	// A wrapped line goes on mid-sentence; a line of its own after the table (`Disclaimer: ...`)
	// starts a sentence after one that ended, or opens with a label.
	const entry = last.entries[0];
	const before = (last.role === 'message' ? entry?.messages.at(-1) : entry?.description) ?? '';
	// `请注意：...` after a table is a note of its own, like `Disclaimer: ...`.
	if (/^\p{Script=Han}{1,6}[:：]/u.test(text)) return false;
	if (/^[\p{Ll}\p{Script=Han}]/u.test(text)) return true;
	return !/[.。!?！？]$/.test(before.trim()) && !/^[\p{Lu}][\p{L}\d ]{0,30}[:：]/u.test(text);
}

/** Adds a continuation row to the entries of the row above: a wrapped line is joined, a row of its own adds its cells. */
function continueRow(row: SourceLine, get: RowCells, last: RowAbove): void {
	for (const entry of last.entries) {
		if (!row.raw.includes('|')) {
			const text = row.cells!.join(' ').trim();
			// Chinese text runs on without a space; a Latin word after it (`已存在 e.g.`) keeps one.
			const joined = (before: string) =>
				/\p{Script=Han}$/u.test(before) && /^\p{Script=Han}/u.test(text)
					? `${before}${text}`
					: `${before} ${text}`;
			if (last.role === 'message' && entry.messages.length > 0)
				entry.messages[entry.messages.length - 1] = joined(entry.messages.at(-1)!);
			else entry.description = entry.description ? joined(entry.description) : text;
			entry.notes.push(`The text wraps onto source line ${row.line}; the lines are joined.`);
			continue;
		}
		const message = get.get('message');
		if (message) addMessage(entry, message, row.raw);
		for (const role of ['description', 'meaning', 'solution'] as const) {
			const text = get.get(role);
			if (!text) continue;
			const key = role === 'solution' ? 'solution' : 'description';
			entry[key] = entry[key] ? `${entry[key]}\n${text}` : text;
		}
		entry.notes.push(
			`Source line ${row.line} leaves the code cell empty: its text belongs to the row above.`,
		);
	}
}

/** A summary table row whose cell names codes in prose (`-4164: ...; -4001 to -4014: ...`). */
function readSummaryRow(
	row: SourceLine,
	get: RowCells,
	section: SectionRef,
	out: SegmentRead,
): boolean {
	const summary = get.get('summary');
	if (summary === undefined) return false;
	const { prefix, segments } = splitProseCell(summary);
	if (segments.length === 0) return false;
	const category = get.get('category') ?? section.title;
	for (const segment of segments) {
		if (segment.spec.kind === 'range') {
			out.ranges.push({
				from: segment.spec.from.code,
				to: segment.spec.to.code,
				title: category,
				description: segment.text,
				section,
				line: row.line,
			});
			continue;
		}
		for (const token of segment.spec.codes) {
			const entry = newEntry(token, null, section, row.line);
			entry.description = repairField(entry, segment.text);
			entry.notes.push(
				`Named in the prose of the "${category}" row (line ${row.line}); the source gives it no name.`,
			);
			out.entries.push(entry);
		}
	}
	if (prefix) out.unread.push({ line: row.line, text: prefix, codeBearing: isCodeBearing(prefix) });
	return true;
}

/** A row of a table of messages without codes: to the codes its section names, else the dialect's message tables. */
function readMessageRow(
	row: SourceLine,
	get: RowCells,
	context: TableContext,
	out: SegmentRead,
): boolean {
	const messageCell = get.get('message');
	if (messageCell === undefined || leadingCode(messageCell)) return false;
	const message = withoutQuoteMarks(messageCell);
	const description =
		get.get('description') ??
		get.get('meaning') ??
		(get.extras.map((extra) => extra.value).join('\n') || null);
	const owners =
		context.headingCodes.length > 0
			? context.headingCodes
			: context.current
				? [context.current]
				: [];
	if (owners.length > 0) {
		for (const entry of owners) {
			addMessage(entry, message, row.raw);
			if (message !== messageCell)
				noteOnce(
					entry,
					'The source quotes its messages (`"..."`); the quotes are not part of what the API returns.',
				);
		}
		return true;
	}
	let table = out.messageTables.at(-1);
	if (!table || table.section.id !== context.section.id || table.rows.at(-1)!.line < row.line - 1) {
		table = { title: context.section.title, section: context.section, rows: [], line: row.line };
		out.messageTables.push(table);
	}
	table.rows.push({ message, description, line: row.line });
	return true;
}

function noteOnce(entry: ReadEntry, note: string): void {
	if (!entry.notes.includes(note)) entry.notes.push(note);
}

/** `"Unknown order sent."` -> `Unknown order sent.` */
function withoutQuoteMarks(text: string): string {
	const match = /^["“](.*)["”]$/.exec(text.trim());
	return match ? match[1] : text.trim();
}

function joinExtras(
	base: string | undefined,
	extras: Array<{ header: string; value: string }>,
): string | null {
	// A lone extra column of text is the row's description; otherwise each keeps its header (`#: 1`, `Weight: 5`).
	const bare =
		base === undefined &&
		extras.length === 1 &&
		/\p{L}/u.test(extras[0].value) &&
		!NUMERIC_HEADER.test(extras[0].header);
	const parts = [
		base,
		...extras.map((extra) => (bare ? extra.value : `${extra.header}: ${extra.value}`)),
	].filter(Boolean);
	return parts.length ? parts.join('\n') : null;
}
