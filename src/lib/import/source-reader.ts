import { readLines, type SourceLine } from './lines.ts';
import { isCodeBearing, leadingCode } from './codes.ts';
import { mergeListings } from './merge-listings.ts';
import { proseBlocks } from './prose.ts';
import type { ReadResult, ReadSection, UnreadLine } from './reader-output.ts';
import { readSegment } from './segment-reader.ts';
import { slugify } from './text.ts';
import { splitSegments, withoutUpstreamFrontMatter, type Segment } from './segments.ts';

export type { ReadEntry } from './entry.ts';
export type { ReadResult, ReadSection, UnreadLine } from './reader-output.ts';

/**
 * Reads one source body by the shape of its Markdown: codes per heading, per plain or quoted
 * line with bullets, per bullet, or per table row (columns recognized by header and content;
 * several codes per cell, ranges, prose cells, message tables and HTTP tables included).
 * Every line ends up as data, as prose, or in `unread`.
 */
export function readSource(
	file: string,
	body: string,
	firstLine = 1,
	lang = 'en',
	codes: 'numbers' | 'strings' = 'numbers',
): ReadResult {
	const result: ReadResult = {
		sections: [],
		entries: [],
		ranges: [],
		httpStatuses: [],
		messageTables: [],
		prose: [],
		unread: [],
		problems: [],
	};
	const lines = readLines(withoutUpstreamFrontMatter(body), firstLine);
	const usedIds = new Set<string>();
	let headers: string[] = [];
	const segments = splitSegments(lines);
	const titled = qualifiedTitles(segments);
	for (const segment of segments) {
		const section = newSection(segment, usedIds, titled.get(segment), firstLine);
		const read = readSegment(segment, section, headers, codes === 'strings');
		headers = read.headers;
		result.httpStatuses.push(...read.httpStatuses);
		result.messageTables.push(...read.messageTables);
		if (read.entries.length > 0 || read.ranges.length > 0 || read.messageTables.length > 0) {
			usedIds.add(section.id);
			addCodeSection(result, section, read);
		} else {
			addProseSegment(result, read, segment, firstLine);
		}
		result.unread.push(...read.unread);
	}
	mergeListings(file, result, lang);
	result.unread.sort((a, b) => a.line - b.line);
	return result;
}

type SegmentResult = ReturnType<typeof readSegment>;

/** A segment's section: its id a slug of its title not used by an earlier section with codes. */
function newSection(
	segment: Segment,
	usedIds: Set<string>,
	qualifiedTitle: string | undefined,
	firstLine: number,
): ReadSection {
	const title = segment.title?.text ?? null;
	const base = title ? slugify(title) : 'codes';
	let id = base;
	for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
	return {
		id,
		title: qualifiedTitle ?? title ?? 'Codes',
		description: null,
		line: segment.title?.line ?? firstLine,
		codes: [],
	};
}

/** A segment that holds codes: its section, entries and ranges; its quoted text as prose; text after an entry as unread. */
function addCodeSection(result: ReadResult, section: ReadSection, read: SegmentResult): void {
	const descriptionLines = read.texts.filter(
		(t) => !t.afterEntry && !t.line.quoted && t.line.kind !== 'code',
	);
	section.description = descriptionLines.map((t) => t.line.text).join('\n') || null;
	section.codes = [...new Set(read.entries.map((entry) => entry.id))];
	result.sections.push(section);
	result.entries.push(...read.entries);
	result.ranges.push(...read.ranges);
	const quoted = read.texts
		.filter((t) => t.line.quoted || t.line.kind === 'code')
		.map((t) => t.line);
	if (quoted.length)
		result.prose.push({ title: null, blocks: proseBlocks(quoted), line: quoted[0].line });
	for (const t of read.texts) {
		if (t.afterEntry && !t.line.quoted && t.line.kind !== 'code')
			result.unread.push(unread(t.line));
	}
}

/** A segment without codes: prose under its title, but a line that looks like a code is unread. */
function addProseSegment(
	result: ReadResult,
	read: SegmentResult,
	segment: Segment,
	firstLine: number,
): void {
	const title = segment.title?.text ?? null;
	const proseLines: SourceLine[] = [];
	for (const t of read.texts) {
		// A line that opens with a code but was not read as one must not hide in prose, nor
		// a table row Markdown did not parse as one (e.g. lazily continuing a list item).
		if (startsLikeCode(t.line)) result.unread.push(unread(t.line));
		else proseLines.push(t.line);
	}
	const blocks = proseBlocks(proseLines);
	if (title !== null || blocks.length > 0) {
		result.prose.push({
			title,
			blocks,
			line: segment.title?.line ?? proseLines[0]?.line ?? firstLine,
		});
	}
}

function startsLikeCode(line: SourceLine): boolean {
	if (line.kind === 'code') return false;
	const first = line.cells?.[0] ?? line.text.replace(/^\|\s*/, '');
	return leadingCode(first) !== null;
}

function unread(line: SourceLine): UnreadLine {
	return {
		line: line.line,
		text: line.raw.trim(),
		codeBearing: line.kind !== 'code' && isCodeBearing(line.raw),
	};
}

/**
 * Titles for sections whose heading repeats under different parents (HTX's six `### Error Code`,
 * one under each of `## Trading`, `## Account`, ...): `Trading · Error Code`. The id stays the
 * heading's own, so URLs do not change.
 */
function qualifiedTitles(segments: Segment[]): Map<Segment, string> {
	const outline: Array<{ level: number; text: string }> = [];
	const paths = new Map<Segment, string[]>();
	for (const segment of segments) {
		const title = segment.title?.text;
		const level = /^\s{0,3}(#{1,6})\s/.exec(segment.title?.raw ?? '')?.[1]?.length;
		if (title === undefined || level === undefined) continue;
		while (outline.length > 0 && outline.at(-1)!.level >= level) outline.pop();
		outline.push({ level, text: title });
		paths.set(
			segment,
			outline.map((heading) => heading.text),
		);
	}
	// The heading alone where it is unique, else with its parent, else with every heading above it.
	const titles = new Map<Segment, string>();
	const counted = (title: (path: string[]) => string) => {
		const count = new Map<string, number>();
		for (const path of paths.values()) count.set(title(path), (count.get(title(path)) ?? 0) + 1);
		return (path: string[]) => count.get(title(path))! > 1;
	};
	const own = (path: string[]) => path.at(-1)!;
	const withParent = (path: string[]) => path.slice(-2).join(' · ');
	const ownRepeats = counted(own);
	const parentRepeats = counted(withParent);
	for (const [segment, path] of paths) {
		if (path.length < 2 || !ownRepeats(path)) continue;
		titles.set(segment, parentRepeats(path) ? path.join(' · ') : withParent(path));
	}
	return titles;
}
