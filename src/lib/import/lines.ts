import type { Heading, List, Nodes, RootContent, PhrasingContent, Table } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { htmlBlockLine } from './html-block.ts';
import { htmlTableRows } from './html-table.ts';
import { rawCells } from './table-columns.ts';

/**
 * One source line as the Markdown parser saw it. Readers classify lines, not raw text:
 * the block structure (heading, list item, table row, fenced code) comes from mdast.
 */
export interface SourceLine {
	/** 1-based line in the source file (front matter included). */
	line: number;
	/** The line exactly as written. */
	raw: string;
	/** Rendered text: escapes resolved, inline markup removed. */
	text: string;
	kind:
		| 'blank'
		| 'heading'
		| 'text'
		| 'bullet'
		| 'continuation'
		| 'row'
		| 'delimiter'
		| 'code'
		| 'other';
	/** Inside a blockquote (`> ...`). */
	quoted?: boolean;
	/** Cells of a table row (`kind: 'row'`), rendered. */
	cells?: string[];
	/** Per cell: the whole cell is struck through (`~~10018~~`), the source's mark of a retired code. */
	struck?: boolean[];
	/** Per cell: the text struck through in it (`110075` in `~~110075~~ 182021`), else ''. */
	struckText?: string[];
	/** The first row of a Markdown table: its header. */
	header?: boolean;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses a Markdown body into one record per line. `firstLine` is the file line of the body's first line. */
export function readLines(body: string, firstLine = 1): SourceLine[] {
	return classify(body, firstLine, headingSplits(body));
}

/**
 * {@link readLines} with the body parsed as one document, as it was before the split at
 * headings; the tests check that both read every source alike.
 */
export function readLinesWhole(body: string, firstLine = 1): SourceLine[] {
	return classify(body, firstLine, []);
}

/** A table's delimiter row: `|---|:---:|`, with or without outer pipes. */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * The body as the parser is given it: a table header with more cells than its delimiter row,
 * the extra ones empty (`|Code |Description |  |` over `|:---|:---|`, as Bybit's page has it),
 * loses the empty cells, since GFM reads no table at all when the counts differ. Nothing of
 * the source is lost (the cells are empty), every line keeps its place, and `raw` stays as written.
 */
export function withFittedHeaders(body: string): string {
	const lines = body.split('\n');
	for (let i = 0; i + 1 < lines.length; i++) {
		const header = lines[i];
		if (!header.includes('|') || DELIMITER_ROW.test(header) || !DELIMITER_ROW.test(lines[i + 1]))
			continue;
		const cells = rawCells(header);
		const width = rawCells(lines[i + 1]).length;
		if (cells.length <= width || cells.slice(width).some((cell) => cell !== '')) continue;
		lines[i] = `| ${cells
			.slice(0, width)
			.map((cell) => cell.replace(/\|/g, '\\|'))
			.join(' | ')} |${/\r$/.test(header) ? '\r' : ''}`;
	}
	return lines.join('\n');
}

function classify(source: string, firstLine: number, splits: number[]): SourceLine[] {
	const rawLines = source.split('\n').map((raw) => raw.replace(/\r$/, ''));
	const body = withFittedHeaders(source);
	const lines: SourceLine[] = rawLines.map((raw, i) => ({
		line: i + firstLine,
		raw,
		text: raw.trim(),
		kind: raw.trim() === '' ? 'blank' : 'other',
	}));
	// Line starts (0-based lines) of the parts, each parsed on its own.
	const starts = [0, ...splits];
	const offsets = lineOffsets(body);
	starts.forEach((start, i) => {
		const end = starts[i + 1];
		const tree = parser.parse(
			body.slice(offsets[start], end === undefined ? body.length : offsets[end]),
		);
		const at = (line: number) => lines[start + line - 1];
		for (const node of tree.children) visitBlock(node, at, false);
	});
	return lines;
}

function lineOffsets(text: string): number[] {
	const offsets = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) offsets.push(i + 1);
	return offsets;
}

/** A line that opens or closes a fenced code block: up to three spaces, then three or more backticks or tildes. */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/**
 * HTML blocks that run across blank lines and headings until an end marker (`<script>`,
 * `<pre>`, `<style>`, `<textarea>`, comments, `<?`, `<!` declarations and CDATA), wherever
 * they might start.
 */
const LONG_HTML_BLOCK = /^[ \t>*+\-\d.)]*<(?:script|pre|style|textarea|!|\?)/im;

/**
 * Where the body may be cut into parts that parse alone exactly as they parse inside the
 * whole: before each ATX heading written at column 0 outside a fenced code block. Such a
 * line always ends whatever block came before it (a paragraph, a list, a quote, a table,
 * indented code) and starts a top-level heading. The Markdown parser is quadratic in the
 * number of lists in one document (micromark's event splicing): a source with a heading and
 * a bullet list per code took 6 s for 4,000 codes in one piece, 0.5 s in parts. No cut at
 * all when the body holds what reaches across blocks: link or footnote definitions (`]:`
 * anywhere) and the HTML blocks that end only at a marker. Returns 0-based line numbers.
 */
export function headingSplits(body: string): number[] {
	if (body.includes(']:') || LONG_HTML_BLOCK.test(body)) return [];
	const splits: number[] = [];
	let fence: { char: string; length: number } | null = null;
	body.split('\n').forEach((raw, i) => {
		const line = raw.replace(/\r$/, '');
		const match = FENCE.exec(line);
		if (fence) {
			// A closing fence: the same character, at least as long, nothing after it but spaces.
			if (
				match &&
				match[1][0] === fence.char &&
				match[1].length >= fence.length &&
				match[2].trim() === ''
			)
				fence = null;
			return;
		}
		// A backtick fence's info string holds no backtick; otherwise the line is not a fence.
		if (match && !(match[1][0] === '`' && match[2].includes('`'))) {
			fence = { char: match[1][0], length: match[1].length };
			return;
		}
		// Parts of a few hundred lines: small enough to stay linear, few enough that the parser's setup per call does not add up.
		if (i - (splits.at(-1) ?? 0) >= PART_LINES && /^#{1,6}(?:[ \t]|$)/.test(line)) splits.push(i);
	});
	return splits;
}

const PART_LINES = 200;

type Lookup = (line: number) => SourceLine | undefined;

/** Gives the source lines of one block their kind and text, by the block's type. */
function visitBlock(node: RootContent | Nodes, at: Lookup, inQuote: boolean): void {
	const start = node.position?.start.line;
	const end = node.position?.end.line;
	if (start === undefined || end === undefined) return;
	switch (node.type) {
		case 'heading':
			return visitHeading(node, start, end, at, inQuote);
		case 'paragraph':
			return inlineLines(node.children).forEach((text, i) =>
				assign(at(start + i), 'text', text, inQuote),
			);
		case 'list':
			return visitList(node, at, inQuote);
		case 'table':
			return visitTable(node, at);
		case 'code':
			for (let line = start; line <= end; line++)
				assign(at(line), 'code', at(line)?.raw ?? '', inQuote);
			return;
		case 'blockquote':
			for (const child of node.children) visitBlock(child, at, true);
			return;
		case 'html':
			return visitHtml(node.value, start, end, at, inQuote);
		default:
			return;
	}
}

/** An ATX heading is one line that says so; a setext heading spans its text lines and the underline. */
function visitHeading(
	node: Heading,
	start: number,
	end: number,
	at: Lookup,
	inQuote: boolean,
): void {
	const texts = inlineLines(node.children);
	const atx = /^\s{0,3}#/.test(at(start)?.raw ?? '');
	texts.forEach((text, i) => assign(at(start + i), atx ? 'heading' : 'text', text, inQuote));
	if (!atx) assign(at(end), 'other', at(end)?.raw.trim() ?? '', inQuote);
}

/** A list item's first line is a bullet, its other paragraph lines continuations; other blocks in it are read as blocks. */
function visitList(node: List, at: Lookup, inQuote: boolean): void {
	for (const item of node.children) {
		const itemStart = item.position?.start.line;
		if (itemStart === undefined) continue;
		if (item.children.length === 0) {
			assign(at(itemStart), 'other', at(itemStart)?.raw.trim() ?? '', inQuote);
			continue;
		}
		item.children.forEach((child, childIndex) => {
			if (child.type !== 'paragraph') return visitBlock(child, at, inQuote);
			inlineLines(child.children).forEach((text, i) => {
				const kind = childIndex === 0 && i === 0 ? 'bullet' : 'continuation';
				assign(at((child.position?.start.line ?? itemStart) + i), kind, text, inQuote);
			});
		});
	}
}

/** Each row of a GFM table is a row line with its cells (and which are struck through); the line under the header is its delimiter. */
function visitTable(node: Table, at: Lookup): void {
	node.children.forEach((row, rowIndex) => {
		const line = row.position?.start.line;
		if (line === undefined) return;
		const target = at(line);
		if (!target) return;
		target.kind = 'row';
		target.cells = row.children.map((cell) => inlineLines(cell.children).join(' ').trim());
		target.struck = row.children.map((cell) => isStruck(cell.children));
		target.struckText = row.children.map((cell) =>
			cell.children
				.filter((node) => node.type === 'delete')
				.map((node) => plainText(node.children))
				.join(' ')
				.trim(),
		);
		target.text = target.cells.join(' | ');
		target.header = rowIndex === 0;
		if (rowIndex === 0) assign(at(line + 1), 'delimiter', at(line + 1)?.raw.trim() ?? '');
	});
}

/**
 * An exporter's HTML table: each `<tr>` becomes a row on its line, and the lines between rows
 * belong to the table as a delimiter row does. Any other HTML block (`<aside>`, `<div>`): its
 * lines of plain text are text.
 */
function visitHtml(html: string, start: number, end: number, at: Lookup, inQuote: boolean): void {
	const rows = htmlTableRows(html);
	if (rows.length === 0) {
		for (let line = start; line <= end; line++) {
			const target = at(line);
			const read =
				target && htmlBlockLine(inQuote ? target.raw.replace(/^\s*(?:>\s?)+/, '') : target.raw);
			if (read) assign(target, read.kind, read.text, inQuote);
		}
		return;
	}
	for (let line = start; line <= end; line++)
		assign(at(line), 'delimiter', at(line)?.raw.trim() ?? '', inQuote);
	let first = true;
	for (const row of rows) {
		const target = at(start + (html.slice(0, row.offset).match(/\n/g)?.length ?? 0));
		if (!target || target.kind === 'row') continue;
		target.kind = 'row';
		target.cells = row.cells;
		target.struck = row.cells.map(() => false);
		target.text = row.cells.join(' | ');
		target.header = first && row.header;
		first = false;
	}
}

function assign(
	line: SourceLine | undefined,
	kind: SourceLine['kind'],
	text: string,
	quoted = false,
): void {
	if (!line) return;
	line.kind = kind;
	line.text = text.trim();
	if (quoted) line.quoted = true;
}

/** True when a cell's content is one struck-through span (`~~10018~~`). */
function isStruck(nodes: PhrasingContent[]): boolean {
	const content = nodes.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
	return content.length > 0 && content.every((node) => node.type === 'delete');
}

/** Zero-width characters exporters leave in headings and messages; never part of the text. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * HTML that page exporters leave around text: anchors (`<a id="..."></a>`, `<a href>`),
 * `<span>` wrappers and `<br>` line breaks. Any other tag (`<b>`, a message's `<symbol>`)
 * is the source's text and stays.
 */
const DECORATION_TAG = /^<\/?(?:a|span|br)\b[^>]*>$/i;

/** A heading's explicit anchor (`### -1000 UNKNOWN {#unknown}`), Docusaurus and kramdown style. */
const HEADING_ID = /\s*\{#[^}]*\}\s*$/;

/** Renders inline content to plain text, one string per source line; exporters' decorations are left out. */
function inlineLines(nodes: PhrasingContent[]): string[] {
	let out = '';
	// A `<br>` is one space, with the spaces written around it (`a <br> b` is `a b`).
	let afterBreak = false;
	const walk = (list: PhrasingContent[]) => {
		for (const node of list) {
			const lineBreak = node.type === 'html' && /^<br\b[^>]*>$/i.test(node.value.trim());
			if (lineBreak) {
				out = `${out.replace(/[ \t]+$/, '')} `;
				afterBreak = true;
				continue;
			}
			if (afterBreak && node.type === 'text') out += node.value.replace(/^[ \t]+/, '');
			else if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
			else if (node.type === 'html')
				out += DECORATION_TAG.test(node.value.trim()) ? '' : node.value;
			else if (node.type === 'break') out += '\n';
			else if (node.type === 'image') out += node.alt ?? '';
			// An anchor link whose text is only a zero-width space (`[U+200B](#-1000 "Direct link to ...")`) is decoration.
			else if (
				node.type === 'link' &&
				plainText(node.children).replace(ZERO_WIDTH, '').trim() === ''
			)
				continue;
			else if ('children' in node) walk(node.children);
			afterBreak = false;
		}
	};
	walk(nodes);
	return out.split('\n').map((line) => line.replace(ZERO_WIDTH, '').replace(HEADING_ID, ''));
}

/** The text of inline nodes, markup left out. */
function plainText(nodes: PhrasingContent[]): string {
	return nodes
		.map((node) =>
			'value' in node ? node.value : 'children' in node ? plainText(node.children) : '',
		)
		.join('');
}
