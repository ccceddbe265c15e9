import type { CodeEntry, Dialect, Section, SectionRef, SourceInfo, SourceRef } from '../model/model.ts';
import type { FrontMatter } from '../model/schemas.ts';
import type { Problem } from '../model/problems.ts';
import type { ReadEntry, ReadResult, ReadSection } from './reader.ts';

/** A source after reading, as the normalizer needs it. */
export interface ReadSourceFile {
	file: string;
	frontMatter: FrontMatter;
	/** File line of each front-matter key, for problems that point at the header. */
	keyLines: Record<string, number>;
	read: ReadResult;
}

/** Joins a base path (`/`, `/errors/`) and a route. */
export function withBase(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * Merges each dialect's sources into one dialect and its code entries. The primary source
 * decides; a secondary only adds what the primary lacks and its descriptions become
 * attributed summaries.
 */
export function normalize(files: ReadSourceFile[], base = '/'): { dialects: Dialect[]; codes: CodeEntry[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const byDialect = new Map<string, ReadSourceFile[]>();
	for (const file of files) {
		const list = byDialect.get(file.frontMatter.dialect) ?? [];
		list.push(file);
		byDialect.set(file.frontMatter.dialect, list);
	}
	const dialects: Dialect[] = [];
	const codes: CodeEntry[] = [];
	for (const [id, sources] of [...byDialect].sort(([a], [b]) => a.localeCompare(b))) {
		const primaries = sources.filter((source) => source.frontMatter.role === 'primary');
		if (primaries.length !== 1) {
			problems.push(...primaryProblems(id, sources, primaries));
			continue;
		}
		const primary = primaries[0]!;
		for (const source of sources) {
			for (const key of ['dialectName', 'vendor'] as const) {
				if (source.frontMatter[key] !== primary.frontMatter[key]) {
					problems.push({
						file: source.file,
						line: source.keyLines[key] ?? 1,
						message: `\`${key}\` is "${source.frontMatter[key]}" but the primary source ${primary.file} says "${primary.frontMatter[key]}"`,
						hint: `every source of dialect \`${id}\` must name it the same way`,
					});
				}
			}
		}
		const ordered = [primary, ...sources.filter((source) => source !== primary)];
		const merged = mergeDialect(id, ordered, base);
		dialects.push(merged.dialect);
		codes.push(...merged.codes);
	}
	return { dialects, codes, problems };
}

function primaryProblems(id: string, sources: ReadSourceFile[], primaries: ReadSourceFile[]): Problem[] {
	if (primaries.length === 0) {
		return sources.map((source) => ({
			file: source.file,
			line: source.keyLines.role ?? 1,
			message: `dialect \`${id}\` has no primary source`,
			hint: 'mark exactly one of its sources `role: primary`',
		}));
	}
	return primaries.slice(1).map((source) => ({
		file: source.file,
		line: source.keyLines.role ?? 1,
		message: `dialect \`${id}\` has two primary sources: ${primaries[0]!.file} and ${source.file}`,
		hint: 'keep one `role: primary` and mark the others `role: secondary`',
	}));
}

function mergeDialect(id: string, sources: ReadSourceFile[], base: string): { dialect: Dialect; codes: CodeEntry[] } {
	const primary = sources[0]!;
	const sections: Section[] = [];
	const entries = new Map<number, CodeEntry>();
	const dialect: Dialect = {
		id,
		name: primary.frontMatter.dialectName,
		vendor: primary.frontMatter.vendor,
		url: withBase(base, `${id}/`),
		codeCount: 0,
		sources: sources.map(
			(source): SourceInfo => ({
				file: source.file,
				role: source.frontMatter.role,
				title: source.frontMatter.title,
				url: source.frontMatter.url ?? null,
			}),
		),
		sections,
		ranges: [],
		httpStatuses: [],
		prose: [],
	};

	for (const source of sources) {
		const ref: SourceRef = { file: source.file, role: source.frontMatter.role };
		const isPrimary = source === primary;
		const sectionFor = (readSection: SectionRef): Section => placeSection(sections, readSection, source.read.sections, isPrimary, id, base);
		for (const read of source.read.entries) {
			const existing = entries.get(read.code);
			if (existing) {
				addSecondary(existing, read, ref);
				continue;
			}
			const section = sectionFor(read.section);
			section.codes.push(read.code);
			entries.set(read.code, newCode(id, read, section, ref, isPrimary, base));
		}
		for (const range of source.read.ranges) {
			if (dialect.ranges.some((known) => known.from === range.from && known.to === range.to)) continue;
			const section = sectionFor(range.section);
			dialect.ranges.push({ from: range.from, to: range.to, title: range.title, description: range.description, section: { id: section.id, title: section.title }, source: ref });
		}
		for (const status of source.read.httpStatuses) {
			if (dialect.httpStatuses.some((known) => known.status === status.status)) continue;
			dialect.httpStatuses.push({ status: status.status, meaning: status.meaning, description: status.description, source: ref });
		}
		for (const prose of source.read.prose) dialect.prose.push({ ...prose, source: ref });
	}

	const nonEmpty = sections.filter((section) => section.codes.length > 0 || dialect.ranges.some((range) => range.section.id === section.id));
	dialect.sections = nonEmpty;
	const codes = nonEmpty.flatMap((section) => section.codes.map((code) => entries.get(code)!));
	dialect.codeCount = codes.length;
	return { dialect, codes };
}

/**
 * Finds the dialect section a source section belongs to: the same id, else (for a
 * secondary) the primary section of the same code block (`11xx`), else a new section.
 */
function placeSection(sections: Section[], ref: SectionRef, readSections: ReadSection[], isPrimary: boolean, dialect: string, base: string): Section {
	const same = sections.find((section) => section.id === ref.id);
	if (same) return same;
	if (!isPrimary) {
		const block = blockOf(ref.title);
		const matches = block ? sections.filter((section) => blockOf(section.title) === block) : [];
		if (matches.length === 1) return matches[0]!;
	}
	const read = readSections.find((section) => section.id === ref.id);
	const section: Section = {
		id: ref.id,
		title: ref.title,
		url: withBase(base, `${dialect}/${ref.id}/`),
		description: read?.description ?? null,
		codes: [],
	};
	sections.push(section);
	return section;
}

function blockOf(title: string): string | null {
	return /^(\d+x+)\b/i.exec(title)?.[1]?.toLowerCase() ?? null;
}

function newCode(dialect: string, read: ReadEntry, section: Section, ref: SourceRef, isPrimary: boolean, base: string): CodeEntry {
	const summary = isPrimary || !read.description ? null : { text: read.description, source: ref };
	const entry: CodeEntry = {
		dialect,
		code: read.code,
		name: read.name,
		nameTruncated: read.nameTruncated,
		title: '',
		messages: [...read.messages],
		description: isPrimary ? read.description : null,
		solution: read.solution,
		summary,
		section: { id: section.id, title: section.title },
		concept: null,
		url: withBase(base, `${dialect}/${read.code}/`),
		sources: [ref],
		notes: [...read.notes],
	};
	if (!isPrimary) entry.notes.push(`Only ${ref.file} lists this code; the primary source does not.`);
	entry.title = titleOf(entry);
	return entry;
}

/** Adds what a secondary source knows to a code the primary already defined, never overriding it. */
function addSecondary(entry: CodeEntry, read: ReadEntry, ref: SourceRef): void {
	if (!entry.sources.some((source) => source.file === ref.file)) entry.sources.push(ref);
	if (read.description && !entry.summary) entry.summary = { text: read.description, source: ref };
	if (read.name && read.name !== entry.name) {
		if (entry.name === null) {
			entry.name = read.name;
			entry.nameTruncated = read.nameTruncated;
			entry.notes.push(`The name comes from ${ref.file}; the primary source gives none.`);
		} else {
			entry.notes.push(`${ref.file} calls it \`${read.name}\`; the primary source's name \`${entry.name}\` is kept.`);
		}
	}
	if (entry.messages.length === 0 && read.messages.length > 0) {
		entry.messages.push(...read.messages);
		entry.notes.push(`The messages come from ${ref.file}; the primary source gives none.`);
	}
	if (!entry.solution && read.solution) entry.solution = read.solution;
	entry.title = titleOf(entry);
}

function titleOf(entry: CodeEntry): string {
	return entry.name ?? entry.messages[0] ?? entry.description ?? entry.summary?.text ?? String(entry.code);
}
