import type { ProseBlock, SectionRef } from '../model/model.ts';
import type { Problem } from '../model/problems.ts';
import { readLines, type SourceLine } from './lines.ts';
import { isCodeBearing, isTruncatedName, parseCodeLine, splitNames, startsWithCode } from './codes.ts';
import { isBlockTitle, isTitleLike, repairEncoding, slugify } from './text.ts';
import { isDelimiterRow, looksLikeHeader, rowCells, splitProseCell } from './table.ts';
import { proseBlocks } from './prose.ts';

/** A code as one source describes it, before sources are merged. */
export interface ReadEntry {
	code: number;
	name: string | null;
	nameTruncated: boolean;
	messages: string[];
	description: string | null;
	solution: string | null;
	section: SectionRef;
	line: number;
	notes: string[];
}

export interface ReadSection extends SectionRef {
	description: string | null;
	line: number;
	codes: number[];
}

export interface ReadRange {
	from: number;
	to: number;
	title: string;
	description: string;
	section: SectionRef;
	line: number;
}

export interface ReadHttpStatus {
	status: number;
	meaning: string;
	description: string | null;
	line: number;
}

export interface ReadProse {
	title: string | null;
	blocks: ProseBlock[];
	line: number;
}

/** A line that did not become data; `codeBearing` ones make `check` fail. */
export interface UnreadLine {
	line: number;
	text: string;
	codeBearing: boolean;
}

export interface ReadResult {
	sections: ReadSection[];
	entries: ReadEntry[];
	ranges: ReadRange[];
	httpStatuses: ReadHttpStatus[];
	prose: ReadProse[];
	unread: UnreadLine[];
	problems: Problem[];
}

interface Segment {
	title: SourceLine | null;
	lines: SourceLine[];
}

/**
 * Reads one source body by the shape of its Markdown: codes per heading, per plain line
 * with bullets, or per table row (several codes per cell, ranges and prose cells included).
 * Every line ends up as data, as prose, or in `unread`.
 */
export function readSource(file: string, body: string, firstLine = 1): ReadResult {
	const result: ReadResult = { sections: [], entries: [], ranges: [], httpStatuses: [], prose: [], unread: [], problems: [] };
	const lines = readLines(body, firstLine);
	const usedIds = new Set<string>();
	let headers: string[] = [];
	for (const segment of splitSegments(lines)) {
		const title = segment.title?.text ?? null;
		let id = title ? slugify(title) : 'codes';
		for (let n = 2; usedIds.has(id); n++) id = `${title ? slugify(title) : 'codes'}-${n}`;
		const section: ReadSection = { id, title: title ?? 'Codes', description: null, line: segment.title?.line ?? firstLine, codes: [] };
		const read = readSegment(segment, section, headers, lines);
		headers = read.headers;
		result.httpStatuses.push(...read.httpStatuses);
		if (read.entries.length > 0 || read.ranges.length > 0) {
			usedIds.add(id);
			const descriptionLines = read.texts.filter((t) => !t.afterEntry && t.line.kind !== 'quote' && t.line.kind !== 'code');
			section.description = descriptionLines.map((t) => t.line.text).join('\n') || null;
			section.codes = read.entries.map((entry) => entry.code);
			result.sections.push(section);
			result.entries.push(...read.entries);
			result.ranges.push(...read.ranges);
			const quoted = read.texts.filter((t) => t.line.kind === 'quote' || t.line.kind === 'code').map((t) => t.line);
			if (quoted.length) result.prose.push({ title: null, blocks: proseBlocks(quoted), line: quoted[0]!.line });
			for (const t of read.texts) {
				if (t.afterEntry && t.line.kind !== 'quote' && t.line.kind !== 'code') result.unread.push(unread(t.line));
			}
		} else {
			const proseLines: SourceLine[] = [];
			for (const t of read.texts) {
				// A line that opens with a code but was not read as one must not hide in prose, nor
				// a table row Markdown did not parse as one (e.g. lazily continuing a list item).
				if (startsWithCode(t.line.cells?.[0] ?? t.line.text.replace(/^\|\s*/, ''))) result.unread.push(unread(t.line));
				else proseLines.push(t.line);
			}
			const blocks = proseBlocks(proseLines);
			if (title !== null || blocks.length > 0) {
				result.prose.push({ title, blocks, line: segment.title?.line ?? proseLines[0]?.line ?? firstLine });
			}
		}
		result.unread.push(...read.unread);
	}
	checkNames(file, result);
	result.unread.sort((a, b) => a.line - b.line);
	return result;
}

function unread(line: SourceLine): UnreadLine {
	return { line: line.line, text: line.raw.trim(), codeBearing: isCodeBearing(line.raw) };
}

function isTitleLine(line: SourceLine): boolean {
	const single = line.kind === 'row' && (line.cells?.length ?? 0) === 1 && !line.raw.includes('|');
	if (line.kind !== 'heading' && line.kind !== 'text' && line.kind !== 'continuation' && !single) return false;
	if (parseCodeLine(line.text)) return false;
	return isBlockTitle(line.text) || isTitleLike(line.text);
}

function splitSegments(lines: SourceLine[]): Segment[] {
	const segments: Segment[] = [{ title: null, lines: [] }];
	for (const line of lines) {
		if (isTitleLine(line)) segments.push({ title: line, lines: [] });
		else segments.at(-1)!.lines.push(line);
	}
	return segments.filter((segment, i) => i > 0 || segment.lines.some((line) => line.kind !== 'blank'));
}

interface SegmentRead {
	entries: ReadEntry[];
	ranges: ReadRange[];
	httpStatuses: ReadHttpStatus[];
	texts: Array<{ line: SourceLine; afterEntry: boolean }>;
	unread: UnreadLine[];
	headers: string[];
}

function readSegment(segment: Segment, section: ReadSection, inheritedHeaders: string[], all: SourceLine[]): SegmentRead {
	const out: SegmentRead = { entries: [], ranges: [], httpStatuses: [], texts: [], unread: [], headers: inheritedHeaders };
	const ref: SectionRef = { id: section.id, title: section.title };
	let current: ReadEntry | null = null;
	let lastMessageLine = 0;
	const text = (line: SourceLine) => out.texts.push({ line, afterEntry: out.entries.length > 0 || out.ranges.length > 0 });

	for (const line of segment.lines) {
		if (line.kind === 'blank' || line.kind === 'delimiter') continue;
		if (line.kind === 'other' && /^[-=*_]+$/.test(line.text)) continue;
		if (line.kind === 'row' && line.cells && (line.cells.length > 1 || line.raw.includes('|'))) {
			const cells = line.cells;
			if (isDelimiterRow(cells)) continue;
			const next = all[line.line - all[0]!.line + 1];
			if (line.header || (looksLikeHeader(cells) && (next?.kind === 'delimiter' || isDelimiterRow(next?.cells ?? [])))) {
				out.headers = cells;
				continue;
			}
			current = null;
			if (!readRow(line, out, ref)) text(line);
			continue;
		}
		const codeLine = line.kind === 'heading' || line.kind === 'text' || line.kind === 'continuation' ? parseCodeLine(line.text) : null;
		if (codeLine) {
			current = newEntry(codeLine.code, codeLine.name, ref, line.line);
			out.entries.push(current);
			continue;
		}
		const bullet = line.kind === 'bullet' || (line.kind === 'text' && /^[•·]\s*/.test(line.text));
		if (bullet && current) {
			addMessage(current, line.text.replace(/^[•·]\s*/, ''), line.raw);
			lastMessageLine = line.line;
			continue;
		}
		if (line.kind === 'continuation' && current && current.messages.length > 0 && lastMessageLine > 0) {
			const last = current.messages.length - 1;
			current.messages[last] = `${current.messages[last]} ${repairField(current, line.text)}`;
			current.notes.push(
				`The message wraps onto source line ${line.line}; the lines are joined into one message.`,
			);
			lastMessageLine = line.line;
			continue;
		}
		text(line);
	}
	return out;
}

function newEntry(code: number, name: string | null, section: SectionRef, line: number): ReadEntry {
	const entry: ReadEntry = {
		code,
		name: null,
		nameTruncated: false,
		messages: [],
		description: null,
		solution: null,
		section,
		line,
		notes: [],
	};
	if (name) {
		entry.name = repairField(entry, name);
		if (isTruncatedName(entry.name)) {
			entry.nameTruncated = true;
			entry.notes.push(`The source cuts the name short (\`${entry.name}\`); it is shown as written, not completed.`);
		}
	}
	return entry;
}

function addMessage(entry: ReadEntry, message: string, raw: string): void {
	entry.messages.push(repairField(entry, message));
	// Docs mark values as inline code; the API itself returns the bare text.
	if (raw.includes('`') && !message.includes('`')) {
		entry.notes.push(`Message ${entry.messages.length}: the source's Markdown code marks (\`) are dropped; the API returns the text without them.`);
	}
}

/** Repairs encoding damage in one field and records what changed on the entry. */
function repairField(entry: ReadEntry, value: string): string {
	const { text, repairs } = repairEncoding(value);
	for (const repair of repairs) {
		entry.notes.push(
			`Encoding damage \`${repair.from}\` repaired to \`${repair.to}\` (UTF-8 text that was read as Windows-1252 upstream).`,
		);
	}
	return text;
}

/** Reads a table data row into entries, ranges or HTTP statuses; false when it holds none. */
function readRow(line: SourceLine, out: SegmentRead, section: SectionRef): boolean {
	const cells = rowCells(out.headers, line.cells ?? []);
	const codeCell = cells.get('code');
	if (codeCell !== undefined) {
		const spec = parseCodeSpecSafe(codeCell);
		if (!spec) return false;
		const description = joinExtras(cells.get('description') ?? cells.get('meaning'), cells.extras);
		if (spec.kind === 'range') {
			out.ranges.push({
				from: spec.from,
				to: spec.to,
				title: cells.get('name') ?? cells.get('message') ?? section.title,
				description: description ?? '',
				section,
				line: line.line,
			});
			return true;
		}
		const nameCell = cells.get('name');
		const names = nameCell ? splitNames(nameCell) : [];
		const split = names.length === spec.codes.length;
		spec.codes.forEach((code, i) => {
			const entry = newEntry(code, split ? names[i]! : (nameCell ?? null), section, line.line);
			if (nameCell && !split && !entry.nameTruncated) {
				entry.nameTruncated = true;
				entry.notes.push(
					`The source gives one name, \`${nameCell}\`, to ${spec.codes.join(', ')}; it is shown as written, not split by guess.`,
				);
			}
			const message = cells.get('message');
			if (message) addMessage(entry, message, line.raw);
			entry.description = description ? repairField(entry, description) : null;
			const solution = cells.get('solution');
			entry.solution = solution ? repairField(entry, solution) : null;
			if (spec.codes.length > 1) {
				const others = spec.codes.filter((other) => other !== code).join(', ');
				entry.notes.push(`Listed with ${others} in one table row (line ${line.line}); the row's text describes them together.`);
			}
			out.entries.push(entry);
		});
		return true;
	}
	const statusCell = cells.get('status');
	if (statusCell !== undefined) {
		if (!/^\d{3}$/.test(statusCell)) return false;
		out.httpStatuses.push({
			status: Number(statusCell),
			meaning: cells.get('meaning') ?? cells.get('name') ?? cells.get('message') ?? '',
			description: joinExtras(cells.get('description'), cells.extras),
			line: line.line,
		});
		return true;
	}
	const summary = cells.get('summary');
	if (summary !== undefined) {
		const { prefix, segments } = splitProseCell(summary);
		if (segments.length === 0) return false;
		const category = cells.get('category') ?? section.title;
		for (const segment of segments) {
			if (segment.spec.kind === 'range') {
				out.ranges.push({ from: segment.spec.from, to: segment.spec.to, title: category, description: segment.text, section, line: line.line });
				continue;
			}
			for (const code of segment.spec.codes) {
				const entry = newEntry(code, null, section, line.line);
				entry.description = repairField(entry, segment.text);
				entry.notes.push(`Named in the prose of the "${category}" row (line ${line.line}); the source gives it no name.`);
				out.entries.push(entry);
			}
		}
		if (prefix) out.unread.push({ line: line.line, text: prefix, codeBearing: isCodeBearing(prefix) });
		return true;
	}
	return false;
}

function parseCodeSpecSafe(cell: string) {
	const { segments } = splitProseCell(`${cell}:`);
	return segments.length === 1 && segments[0]!.text === '' ? segments[0]!.spec : null;
}

function joinExtras(base: string | undefined, extras: Array<{ header: string; value: string }>): string | null {
	const parts = [base, ...extras.map((extra) => `${extra.header}: ${extra.value}`)].filter(Boolean);
	return parts.length ? parts.join('\n') : null;
}

/** One source may list a code twice, but never under two different names. */
function checkNames(file: string, result: ReadResult): void {
	const seen = new Map<number, ReadEntry>();
	const kept: ReadEntry[] = [];
	for (const entry of result.entries) {
		const first = seen.get(entry.code);
		if (!first) {
			seen.set(entry.code, entry);
			kept.push(entry);
			continue;
		}
		if (first.name && entry.name && first.name !== entry.name) {
			result.problems.push({
				file,
				line: entry.line,
				message: `code ${entry.code} is named \`${entry.name}\` here but \`${first.name}\` on line ${first.line}`,
				hint: 'one source gives a code one name; fix the typo, or move the other meaning to its own source file',
			});
			continue;
		}
		first.name ??= entry.name;
		for (const message of entry.messages) if (!first.messages.includes(message)) first.messages.push(message);
		first.notes.push(`Also listed on line ${entry.line}; the two listings are merged.`);
		for (const section of result.sections) {
			if (section.id === entry.section.id) section.codes = section.codes.filter((code, i, all) => all.indexOf(code) === i);
		}
	}
	result.entries = kept;
}
