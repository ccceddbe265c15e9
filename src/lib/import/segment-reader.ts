import type { SectionRef } from '../model/model.ts';
import type { SourceLine } from './lines.ts';
import { isIdentifier, leadingCode, parseCodeLine, type CodeLabel } from './codes.ts';
import {
	addDescription,
	addMessage,
	markAttached,
	newEntry,
	repairField,
	type ReadEntry,
} from './entry.ts';
import { isHttpPhrase, isHttpTitle } from './http.ts';
import type { ReadSection, SegmentRead } from './reader-output.ts';
import { isHeaderRow } from './table-columns.ts';
import { readTable, type TableContext } from './table-reader.ts';
import { headingCode, proseRange, titleCodes, type Segment } from './segments.ts';

/** Reads one segment of a source: its title, then each line by the first handler that takes it. */
export function readSegment(
	segment: Segment,
	section: ReadSection,
	inheritedHeaders: string[],
	stringCodes: boolean,
): SegmentRead {
	return new SegmentReader(segment, section, inheritedHeaders, stringCodes).read();
}

/** One segment's lines in order, each taken by the first handler that reads it; what none takes is text. */
class SegmentReader {
	readonly out: SegmentRead;
	readonly ref: SectionRef;
	readonly http: boolean;
	/** The codes the segment's title names (`## -1000 and -1001`). */
	readonly named: ReadEntry[];
	/** The code the lines below belong to, and what opened it. */
	current: ReadEntry | null = null;
	from: 'heading' | 'line' | 'bullet' | null = null;
	lastMessageLine = 0;
	readonly segment: Segment;
	readonly section: ReadSection;
	readonly stringCodes: boolean;

	constructor(
		segment: Segment,
		section: ReadSection,
		inheritedHeaders: string[],
		stringCodes: boolean,
	) {
		this.segment = segment;
		this.section = section;
		this.stringCodes = stringCodes;
		this.out = {
			entries: [],
			ranges: [],
			httpStatuses: [],
			messageTables: [],
			texts: [],
			unread: [],
			headers: inheritedHeaders,
		};
		this.ref = { id: section.id, title: section.title };
		const title = segment.title?.text ?? '';
		this.http = isHttpTitle(title);
		this.named = segment.title ? titleCodes(title, this.ref, segment.title.line) : [];
		for (const entry of this.named) markAttached(entry);
		this.out.entries.push(...this.named);
		const titleRange = segment.title && !this.named.length ? proseRange(title) : null;
		if (titleRange)
			this.out.ranges.push({
				...titleRange,
				title,
				description: '',
				section: this.ref,
				line: segment.title!.line,
			});
	}

	read(): SegmentRead {
		const { lines } = this.segment;
		for (let i = 0; i < lines.length; i++) {
			const line = lines[i];
			if (
				line.kind === 'blank' ||
				line.kind === 'delimiter' ||
				(line.kind === 'other' && /^[-=*_]+$/.test(line.text))
			)
				continue;
			const end = this.table(i) ?? this.codeBlock(i);
			if (end !== null) {
				i = end;
				continue;
			}
			if (
				this.httpStatus(line) ||
				this.codeHeading(line) ||
				this.codeLine(line, i) ||
				this.bullet(line) ||
				this.wrappedMessage(line) ||
				this.headingText(line) ||
				this.rangeLine(line)
			)
				continue;
			this.text(line);
		}
		return this.out;
	}

	/** A table from line `i`, read whole; the index of its last line, or null when `i` opens none. */
	table(i: number): number | null {
		const { lines } = this.segment;
		const line = lines[i];
		if (line.kind !== 'row' || !line.cells || (line.cells.length <= 1 && !line.raw.includes('|')))
			return null;
		const rows: SourceLine[] = [line];
		while (i + 1 < lines.length && isTableLine(lines[i + 1], lines[i + 2])) rows.push(lines[++i]);
		const context: TableContext = {
			section: this.ref,
			http: this.http,
			headingCodes: this.named,
			current: this.from === 'heading' ? this.current : null,
			stringCodes: this.stringCodes,
		};
		readTable(rows, context, this.out);
		this.close();
		return i;
	}

	/** A fenced or indented code block from line `i`: a listing of codes, else text; the index of its last line, or null. */
	codeBlock(i: number): number | null {
		const { lines } = this.segment;
		if (lines[i].kind !== 'code') return null;
		const block: SourceLine[] = [lines[i]];
		while (i + 1 < lines.length && lines[i + 1].kind === 'code') block.push(lines[++i]);
		const listed = codeListing(block);
		for (const code of block) {
			const label = listed.get(code);
			if (label) this.out.entries.push(entryFrom(label, this.ref, code));
			else this.text(code);
		}
		this.close();
		return i;
	}

	/** Under an HTTP heading, a status line (`400 Bad Request`). */
	httpStatus(line: SourceLine): boolean {
		const status = this.http ? httpLine(line) : null;
		if (status) this.out.httpStatuses.push(status);
		return status !== null;
	}

	/** A heading that is a code (`#### -1000 UNKNOWN`) opens it. */
	codeHeading(line: SourceLine): boolean {
		const label = line.kind === 'heading' ? headingCode(line) : null;
		if (label) this.open(entryFrom(label, this.ref, line), 'heading');
		return label !== null;
	}

	/** A plain or quoted line that opensCode accepts opens its code. */
	codeLine(line: SourceLine, i: number): boolean {
		if (line.kind !== 'text' && line.kind !== 'continuation') return false;
		const { lines } = this.segment;
		const label = parseCodeLine(line.text);
		if (
			!label ||
			!opensCode(
				label,
				line,
				nextContent(lines, i),
				previousContent(lines, i) ?? this.segment.title ?? undefined,
			)
		)
			return false;
		this.open(entryFrom(label, this.ref, line), 'line');
		return true;
	}

	/** A bullet that leads with a code opens it (unless a heading or line opened the one above); any other is a message of the open code. */
	bullet(line: SourceLine): boolean {
		const bulletText =
			line.kind === 'bullet'
				? line.text
				: line.kind === 'text' && /^[•·]\s*/.test(line.text)
					? line.text.replace(/^[•·]\s*/, '')
					: null;
		if (bulletText === null) return false;
		const label =
			this.from === 'heading' || this.from === 'line' ? null : parseCodeLine(bulletText);
		if (label && leadingCode(bulletText)) {
			const entry = newEntry(label.token, label.name, this.ref, line.line);
			// The raw line holds the code too; marks around it (`10000`) say nothing about the message.
			for (const text of [label.title, label.text]) if (text) addMessage(entry, text, text);
			this.open(entry, 'bullet');
			return true;
		}
		if (!this.current) return false;
		addMessage(this.current, bulletText, line.raw);
		this.lastMessageLine = line.line;
		return true;
	}

	/** A continuation right after a message bullet is the rest of that message. */
	wrappedMessage(line: SourceLine): boolean {
		const entry = this.current;
		if (
			line.kind !== 'continuation' ||
			!entry ||
			entry.messages.length === 0 ||
			this.lastMessageLine === 0
		)
			return false;
		const last = entry.messages.length - 1;
		entry.messages[last] = `${entry.messages[last]} ${repairField(entry, line.text)}`;
		entry.notes.push(
			`The message wraps onto source line ${line.line}; the lines are joined into one message.`,
		);
		this.lastMessageLine = line.line;
		return true;
	}

	/** A paragraph under a code heading: the message under a bare heading (`### 10001`), else the code's description. */
	headingText(line: SourceLine): boolean {
		const entry = this.current;
		if (
			this.from !== 'heading' ||
			!entry ||
			(line.kind !== 'text' && line.kind !== 'continuation') ||
			line.quoted ||
			leadingCode(line.text)
		)
			return false;
		if (entry.messages.length === 0 && entry.title === null && entry.name === null)
			addMessage(entry, line.text, line.raw);
		else addDescription(entry, line.text);
		return true;
	}

	/** Under a title that names no code, a sentence giving a range of codes (`Errors 5000 to 5999 ...`), once per range. */
	rangeLine(line: SourceLine): boolean {
		if ((line.kind !== 'text' && line.kind !== 'continuation') || this.named.length) return false;
		const range = proseRange(line.text);
		if (
			!range ||
			this.out.ranges.some((known) => known.from === range.from && known.to === range.to)
		)
			return false;
		this.out.ranges.push({
			...range,
			title: this.section.title,
			description: line.text,
			section: this.ref,
			line: line.line,
		});
		return true;
	}

	/** A line that is none of the above: prose, or unread if it holds a code. */
	text(line: SourceLine): void {
		this.out.texts.push({
			line,
			afterEntry: this.out.entries.length > this.named.length || this.out.ranges.length > 0,
		});
	}

	open(entry: ReadEntry, kind: SegmentReader['from']): void {
		this.out.entries.push(entry);
		this.current = entry;
		this.from = kind;
		this.lastMessageLine = 0;
	}

	close(): void {
		this.current = null;
		this.from = null;
	}
}

/**
 * A plain or quoted line that opens a code: `-1000 UNKNOWN`, `-2031 Order replace partly
 * failed`; an unsigned `10001 Params error` only with an identifier, message bullets below, a
 * quote, lines of the same shape around it, or a caption right above that names codes
 * (`Error Codes`, the section's title when the line opens it), so a sentence such as
 * `200 orders at most` is not read as a code (and, opening with a number, fails `check` instead).
 */
function opensCode(
	label: CodeLabel,
	line: SourceLine,
	next: SourceLine | undefined,
	previous: SourceLine | undefined,
): boolean {
	if (line.quoted || label.token.id.startsWith('-')) return true;
	if (label.name !== null && isIdentifier(label.name)) return true;
	// A wrapped sentence that goes on at a number (`...has at least` / `10 BTC, you can send`) is prose.
	if (
		previous !== undefined &&
		previous.line === line.line - 1 &&
		(previous.kind === 'text' || previous.kind === 'continuation') &&
		midSentence(previous.text)
	)
		return false;
	if (next?.kind === 'bullet') return true;
	// `**Error Codes**` or an `<aside>`'s `<strong>error codes</strong>` right above: the caption says what follows.
	if (
		previous !== undefined &&
		(previous.kind === 'text' || previous.kind === 'heading') &&
		isCodesCaption(previous.text)
	)
		return true;
	// `10001 Params error` among lines of the same shape is a list of codes, not a sentence.
	const sibling = (other: SourceLine | undefined) =>
		other !== undefined &&
		(other.kind === 'text' || other.kind === 'continuation') &&
		parseCodeLine(other.text) !== null;
	return sibling(next) || sibling(previous);
}

/** A line that stops inside a sentence: it ends with a letter, a digit or a comma, and opens no code itself. */
function midSentence(text: string): boolean {
	return /[\p{L}\p{N},]$/u.test(text.trim()) && parseCodeLine(text) === null;
}

/** A short caption that names a list of codes: `Generic Error Codes`, `error codes:`, `错误码`. */
function isCodesCaption(text: string): boolean {
	return (
		text.length <= 60 &&
		!/\d/.test(text) &&
		/(?:\bcodes?|错误码|错误代码|返回码|エラーコード|오류 ?코드)\s*[:：]?$/i.test(text)
	);
}

function isTableLine(line: SourceLine, next: SourceLine | undefined): boolean {
	if (line.kind === 'delimiter') return true;
	if (line.kind !== 'row') return false;
	// A new header row starts another table, also one GFM reads as rows of the table above.
	return !isHeaderRow(line, next);
}

/**
 * Codes listed in a fenced block, one per line (`40001  Order not found`): read when at least
 * two lines and half the block's lines have that shape, so a JSON example is never read.
 */
function codeListing(block: SourceLine[]): Map<SourceLine, CodeLabel> {
	const content = block.filter(
		(line) => line.raw.trim() !== '' && !/^\s*(`{3,}|~{3,})/.test(line.raw),
	);
	const labels = new Map<SourceLine, CodeLabel>();
	for (const line of content) {
		const label = parseCodeLine(line.raw.trim());
		if (label && (label.name !== null || label.title !== null)) labels.set(line, label);
	}
	return labels.size >= 2 && labels.size * 2 >= content.length
		? labels
		: new Map<SourceLine, CodeLabel>();
}

function previousContent(lines: SourceLine[], i: number): SourceLine | undefined {
	for (let j = i - 1; j >= 0; j--) if (lines[j].kind !== 'blank') return lines[j];
	return undefined;
}

function nextContent(lines: SourceLine[], i: number): SourceLine | undefined {
	for (let j = i + 1; j < lines.length; j++) if (lines[j].kind !== 'blank') return lines[j];
	return undefined;
}

function entryFrom(label: CodeLabel, section: SectionRef, line: SourceLine): ReadEntry {
	const entry = newEntry(label.token, label.name, section, line.line);
	if (label.title) entry.title = repairField(entry, label.title);
	if (label.text) addMessage(entry, label.text, label.text);
	return entry;
}

/** `400 Bad Request`, `- 429 Too Many Requests: ...` in a section about HTTP statuses. */
function httpLine(line: SourceLine) {
	if (line.kind !== 'heading' && line.kind !== 'text' && line.kind !== 'bullet') return null;
	const match = /^(?:HTTP\s+)?([1-5]\d\d)\b\s*[-–—:]?\s*(.*)$/i.exec(line.text);
	if (!match) return null;
	const rest = match[2].trim();
	const phrase = isHttpPhrase(rest) ? rest.split(/\s*(?:[-–—:]|\s--\s)\s*/)[0] : '';
	return {
		status: Number(match[1]),
		meaning: phrase || rest,
		description:
			phrase && rest !== phrase
				? rest.slice(phrase.length).replace(/^\s*(?:[-–—:]+|--)\s*/, '') || null
				: null,
		line: line.line,
	};
}
