import type { Nodes, Root, RootContent, PhrasingContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

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
	kind: 'blank' | 'heading' | 'text' | 'bullet' | 'continuation' | 'row' | 'delimiter' | 'code' | 'quote' | 'other';
	/** Cells of a table row (`kind: 'row'`), rendered. */
	cells?: string[];
	/** The first row of a Markdown table: its header. */
	header?: boolean;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses a Markdown body into one record per line. `firstLine` is the file line of the body's first line. */
export function readLines(body: string, firstLine = 1): SourceLine[] {
	const rawLines = body.split('\n').map((raw) => raw.replace(/\r$/, ''));
	const lines: SourceLine[] = rawLines.map((raw, i) => ({
		line: i + firstLine,
		raw,
		text: raw.trim(),
		kind: raw.trim() === '' ? 'blank' : 'other',
	}));
	const tree = parser.parse(body) as Root;
	const at = (line: number) => lines[line - 1];
	for (const node of tree.children) visitBlock(node, at, false);
	return lines;
}

type Lookup = (line: number) => SourceLine | undefined;

function visitBlock(node: RootContent | Nodes, at: Lookup, inQuote: boolean): void {
	const start = node.position?.start.line;
	const end = node.position?.end.line;
	if (start === undefined || end === undefined) return;
	switch (node.type) {
		case 'heading': {
			const texts = inlineLines(node.children);
			// A setext heading spans several lines; only an ATX heading is one line that says so.
			const atx = /^\s{0,3}#/.test(at(start)?.raw ?? '');
			texts.forEach((text, i) => assign(at(start + i), atx ? 'heading' : inQuote ? 'quote' : 'text', text));
			if (!atx) assign(at(end), 'other', at(end)?.raw.trim() ?? '');
			return;
		}
		case 'paragraph':
			inlineLines(node.children).forEach((text, i) => assign(at(start + i), inQuote ? 'quote' : 'text', text));
			return;
		case 'list':
			for (const item of node.children) {
				const itemStart = item.position?.start.line;
				if (itemStart === undefined) continue;
				if (item.children.length === 0) {
					assign(at(itemStart), 'other', at(itemStart)?.raw.trim() ?? '');
					continue;
				}
				item.children.forEach((child, childIndex) => {
					if (child.type === 'paragraph') {
						inlineLines(child.children).forEach((text, i) => {
							const kind = inQuote ? 'quote' : childIndex === 0 && i === 0 ? 'bullet' : 'continuation';
							assign(at((child.position?.start.line ?? itemStart) + i), kind, text);
						});
					} else {
						visitBlock(child, at, inQuote);
					}
				});
			}
			return;
		case 'table':
			node.children.forEach((row, rowIndex) => {
				const line = row.position?.start.line;
				if (line === undefined) return;
				const target = at(line);
				if (!target) return;
				target.kind = 'row';
				target.cells = row.children.map((cell) => inlineLines(cell.children).join(' ').trim());
				target.text = target.cells.join(' | ');
				target.header = rowIndex === 0;
				if (rowIndex === 0) assign(at(line + 1), 'delimiter', at(line + 1)?.raw.trim() ?? '');
			});
			return;
		case 'code':
			for (let line = start; line <= end; line++) assign(at(line), 'code', at(line)?.raw ?? '');
			return;
		case 'blockquote':
			for (const child of node.children) visitBlock(child, at, true);
			return;
		default:
			return;
	}
}

function assign(line: SourceLine | undefined, kind: SourceLine['kind'], text: string): void {
	if (!line) return;
	line.kind = kind;
	line.text = text.trim();
}

/** Renders inline content to plain text, one string per source line. */
function inlineLines(nodes: PhrasingContent[]): string[] {
	let out = '';
	const walk = (list: PhrasingContent[]) => {
		for (const node of list) {
			if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') out += node.value;
			else if (node.type === 'break') out += '\n';
			else if (node.type === 'image') out += node.alt ?? '';
			else if ('children' in node) walk(node.children as PhrasingContent[]);
		}
	};
	walk(nodes);
	return out.split('\n');
}
