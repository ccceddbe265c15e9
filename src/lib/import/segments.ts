import type { SectionRef } from '../model/model.ts';
import { isCodeBearing, parseCode, parseCodeLine, parseCodeSpec, type CodeLabel } from './codes.ts';
import { newEntry, type ReadEntry } from './entry.ts';
import type { SourceLine } from './lines.ts';
import { isBlockTitle, isTitleLike } from './text.ts';

/** How a source divides into sections: titles, codes named in them, ranges stated in them. */

/** A section of a source: its title line (null before the first) and the lines under it. */
export interface Segment {
	title: SourceLine | null;
	lines: SourceLine[];
}

/**
 * The upstream page's own front matter (`title:`, `sidebar_label:` between `---` lines right
 * after ours) is its metadata, not text: it is blanked so line numbers stay. Two kinds of
 * line in it are kept: the text of a block scalar (`content_markdown: |-` followed by the
 * page's table, indented), which is the page itself and is read in place without the YAML
 * indentation; and a metadata line holding a signed code, which stays the page's text (prose,
 * or unread when code-bearing among codes) rather than vanishing.
 */
export function withoutUpstreamFrontMatter(body: string): string {
	const lines = body.split('\n');
	let start = 0;
	while (start < lines.length && lines[start].trim() === '') start++;
	if (lines[start]?.trim() !== '---') return body;
	let end = start + 1;
	// A block scalar's text may run long; the header's own keys may not.
	let keys = 0;
	while (end < lines.length && keys < 60 && lines[end].trim() !== '---') {
		if (!/^(?:[\w-]+\s*:|\s+\S|\s*-\s|\s*$)/.test(lines[end])) return body;
		if (!/^\s/.test(lines[end])) keys++;
		end++;
	}
	if (end >= lines.length || lines[end].trim() !== '---' || end === start + 1) return body;
	const kept = blockScalarText(lines, start + 1, end);
	return lines
		.map((line, i) => {
			if (i < start || i > end) return line;
			const text = kept.get(i);
			if (text !== undefined) return text;
			return i > start && i < end && isCodeBearing(line) ? line : '';
		})
		.join('\n');
}

/** The lines of every block scalar (`key: |`, `key: >-`) between `from` and `to`, without their indentation, by line index. */
function blockScalarText(lines: string[], from: number, to: number): Map<number, string> {
	const text = new Map<number, string>();
	for (let i = from; i < to; i++) {
		const open = /^(\s*(?:-\s+)?)[\w-]+\s*:\s*[|>][-+]?\d*\s*(?:#.*)?$/.exec(lines[i]);
		if (!open) continue;
		const keyIndent = open[1].length;
		let indent = -1;
		let j = i + 1;
		for (; j < to; j++) {
			const line = lines[j];
			if (line.trim() === '') continue;
			const own = /^\s*/.exec(line)![0].length;
			if (own <= keyIndent || (indent !== -1 && own < indent)) break;
			if (indent === -1) indent = own;
		}
		if (indent === -1) continue;
		for (let k = i + 1; k < j; k++)
			text.set(k, lines[k].trim() === '' ? '' : lines[k].slice(indent));
		i = j - 1;
	}
	return text;
}

/** A heading that opens a code (`### -1000 UNKNOWN`, `### 10001`), not a section. */
export function headingCode(line: SourceLine): CodeLabel | null {
	if (line.kind !== 'heading') return null;
	// `### Error 10004`, `#### Error code: -1000`: the word before the code is not a title.
	const label = parseCodeLine(
		line.text.replace(
			/^(?:error\s*code|err(?:or)?|code|错误码|错误代码)\s*[:：#]?\s*(?=\\?[-−]?\d)/i,
			'',
		),
		{ bare: true },
	);
	// `## 2 Authentication` numbers a section; a one- or two-digit code heading carries a name.
	if (label && /^\d{1,2}$/.test(label.token.id) && label.name === null && label.title !== null)
		return null;
	return label;
}

/**
 * A section title: a heading that does not open a code, or on a page pasted without Markdown
 * a short title-like line (`10xx - General issues`, `Best Practices`). A level-1 heading that
 * reads like a sentence is kept as text: pasted code comments (`# Rate limited - retry`) are
 * parsed as headings. A line right under a code heading is that code's text, never a title.
 */
function isTitleLine(line: SourceLine, previous: SourceLine | undefined): boolean {
	if (line.kind === 'heading') {
		if (headingCode(line) !== null) return false;
		const level = /^\s*(#+)/.exec(line.raw)?.[1]?.length ?? 1;
		return (
			level >= 2 ||
			isBlockTitle(line.text) ||
			isTitleLike(line.text) ||
			/[^\p{Script=Latin}\P{L}]/u.test(line.text)
		);
	}
	if (previous && headingCode(previous) !== null) return false;
	const single = line.kind === 'row' && (line.cells?.length ?? 0) === 1 && !line.raw.includes('|');
	if (line.kind !== 'text' && line.kind !== 'continuation' && !single) return false;
	if (line.quoted || parseCodeLine(line.text)) return false;
	return isBlockTitle(line.text) || isTitleLike(line.text);
}

export function splitSegments(lines: SourceLine[]): Segment[] {
	const segments: Segment[] = [{ title: null, lines: [] }];
	let previous: SourceLine | undefined;
	for (const line of lines) {
		if (isTitleLine(line, previous)) segments.push({ title: line, lines: [] });
		else segments.at(-1)!.lines.push(line);
		if (line.kind !== 'blank') previous = line;
	}
	return segments.filter(
		(segment, i) => i > 0 || segment.lines.some((line) => line.kind !== 'blank'),
	);
}

/**
 * Codes a section title names: `Messages for -1010 ERROR_MSG_RECEIVED, -2010 NEW_ORDER_REJECTED`,
 * or with a Chinese label each: `消息 -1010 收到了错误消息， -2010 新订单被拒绝` (the label is the code's title).
 */
export function titleCodes(title: string, section: SectionRef, line: number): ReadEntry[] {
	const entries: ReadEntry[] = [];
	const codes =
		/(?:^|[\s(,，])(\\?[-−]\d{3,6}(?:_\d{1,4})?)(?:\s*(\p{Script=Han}[^，,、。；;\s]*)|(?:\s+([A-Z][A-Z0-9_]*[A-Z0-9]))?(?=$|[\s),:，]))/gu;
	for (const match of title.matchAll(codes)) {
		const token = parseCode(match[1]);
		if (!token || entries.some((entry) => entry.id === token.id)) continue;
		const entry = newEntry(token, match[3] ?? null, section, line);
		if (match[2]) entry.title = match[2];
		entry.notes.push(`Named in the section title "${title}" (line ${line}).`);
		entries.push(entry);
	}
	return entries;
}

/**
 * `Error Code from 50000 to 53999`, `Codes -3290 to -3299 are reserved ...`, `错误码从 58000 到 58999`.
 * Not a chain of three or more hyphenated numbers: `"trace": "12323-3243242-34334534-4353"` is an id.
 */
const PROSE_RANGE =
	/(?:^|[^\w-])(?:from\s+|从\s*)?(\\?[-−]?\d{3,9})\s*(?:to|through|~|–|—|-|到|至)\s*(\\?[-−]?\d{3,9})(?![\d.]|[-–]\d)/i;

export function proseRange(text: string): { from: number; to: number } | null {
	const match = PROSE_RANGE.exec(text);
	if (!match) return null;
	const spec = parseCodeSpec(`${match[1]} to ${match[2]}`);
	return spec?.kind === 'range' ? { from: spec.from.code, to: spec.to.code } : null;
}
