import type {
	CodeEntry,
	Dialect,
	Section,
	SectionRef,
	SourceInfo,
	SourceRef,
} from '../model/model.ts';
import type { FrontMatter } from '../model/schemas.ts';
import type { Problem } from '../model/problems.ts';
import { codePath, codeSlug, dialectPath, isNumericId, route, sectionPath } from '../model/urls.ts';
import type { ReadEntry } from './entry.ts';
import type { ReadResult, ReadSection } from './reader-output.ts';
import { classify, type CcxtMaps } from '../ccxt/classify.ts';

/** A source after reading, as the normalizer needs it. */
export interface ReadSourceFile {
	file: string;
	frontMatter: FrontMatter;
	/** File line of each front-matter key, for problems that point at the header. */
	keyLines: Record<string, number>;
	read: ReadResult;
}

/**
 * Merges each dialect's sources into one dialect and its code entries. The primary source
 * decides; a secondary only adds what the primary lacks and its descriptions become
 * attributed summaries.
 */
export function normalize(
	files: ReadSourceFile[],
	/** ccxt's error maps per dialect, for the dialects whose sources name a ccxt exchange. */
	ccxt: ReadonlyMap<string, CcxtMaps> = new Map(),
): { dialects: Dialect[]; codes: CodeEntry[]; problems: Problem[] } {
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
		const primary = primaries[0];
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
		const merged = mergeDialect(id, ordered, ccxt.get(id) ?? null);
		dialects.push(merged.dialect);
		codes.push(...merged.codes);
		problems.push(...merged.problems);
	}
	return { dialects, codes, problems };
}

function primaryProblems(
	id: string,
	sources: ReadSourceFile[],
	primaries: ReadSourceFile[],
): Problem[] {
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
		message: `dialect \`${id}\` has two primary sources: ${primaries[0].file} and ${source.file}`,
		hint: 'keep one `role: primary` and mark the others `role: secondary`',
	}));
}

function mergeDialect(
	id: string,
	sources: ReadSourceFile[],
	ccxt: CcxtMaps | null,
): { dialect: Dialect; codes: CodeEntry[]; problems: Problem[] } {
	const primary = sources[0];
	const problems: Problem[] = [];
	const entries = new Map<string, CodeEntry>();
	const dialect = emptyDialect(id, sources, ccxt);
	for (const source of sources) {
		const ref: SourceRef = { file: source.file, role: source.frontMatter.role };
		const isPrimary = source === primary;
		const sectionFor = (readSection: SectionRef): Section =>
			placeSection(dialect.sections, readSection, source.read.sections, isPrimary, id);
		if (source.frontMatter.role === 'translation') {
			problems.push(
				...addTranslations(entries, source, ref, (read) => {
					const section = sectionFor(read.section);
					section.codes.push(read.id);
					// The page is the code's only source: its texts are the code's own, not a secondary's summary.
					const entry = newCode(id, read, section, ref, true);
					entry.notes.push(
						`The venue documents this code only on its ${source.frontMatter.lang} page; its texts are that page's.`,
					);
					entries.set(read.id, entry);
				}),
			);
			continue;
		}
		mergeEntries(entries, source, ref, isPrimary, sectionFor, id);
		mergeDialectData(dialect, source, ref, sectionFor);
	}
	const kept = dialect.sections.filter(
		(section) =>
			section.codes.length > 0 ||
			dialect.ranges.some((range) => range.section.id === section.id) ||
			dialect.messageTables.some((table) => table.section.id === section.id),
	);
	dialect.sections = kept;
	const seen = new Set<string>();
	const codes = kept.flatMap((section) =>
		section.codes
			.filter((code) => !seen.has(code) && seen.add(code))
			.map((code) => entries.get(code)!),
	);
	dialect.codeCount = codes.length;
	// Once its texts are merged from every source: ccxt matches messages too.
	if (ccxt) for (const entry of codes) entry.ccxt = classify(ccxt, entry);
	problems.push(...slugProblems(dialect, codes, sources));
	return { dialect, codes, problems };
}

/** The dialect as its front matter describes it, before any source's codes and sections are merged in. */
function emptyDialect(id: string, sources: ReadSourceFile[], ccxt: CcxtMaps | null): Dialect {
	const primary = sources[0];
	return {
		id,
		name: primary.frontMatter.dialectName,
		vendor: primary.frontMatter.vendor,
		url: route(dialectPath(id)),
		codeCount: 0,
		hints: [...new Set(sources.flatMap((source) => source.frontMatter.hints))],
		ccxt: ccxt && { exchange: ccxt.exchange, market: ccxt.market, version: ccxt.version },
		sources: sources.map((source): SourceInfo => ({
			file: source.file,
			role: source.frontMatter.role,
			lang: source.frontMatter.lang,
			title: source.frontMatter.title,
			url: source.frontMatter.url ?? null,
			repository: source.frontMatter.repository ?? null,
			path: source.frontMatter.path ?? null,
			lines: source.frontMatter.lines ?? null,
			commit: source.frontMatter.commit ?? null,
			retrieved: source.frontMatter.retrieved ?? null,
			codeCount: new Set(source.read.entries.map((entry) => entry.id)).size,
			unreadLines: source.read.unread.length,
		})),
		sections: [],
		ranges: [],
		httpStatuses: [],
		messageTables: [],
		prose: [],
	};
}

/** A primary's or secondary's codes: new ones in their sections (and those they are also listed in), known ones as secondary texts. */
function mergeEntries(
	entries: Map<string, CodeEntry>,
	source: ReadSourceFile,
	ref: SourceRef,
	isPrimary: boolean,
	sectionFor: (read: SectionRef) => Section,
	id: string,
): void {
	for (const read of source.read.entries) {
		const existing = entries.get(read.id);
		if (existing) {
			addSecondary(existing, read, ref);
			continue;
		}
		const section = sectionFor(read.section);
		section.codes.push(read.id);
		for (const other of read.alsoIn) {
			const also = sectionFor(other.section);
			if (!also.codes.includes(read.id)) also.codes.push(read.id);
		}
		entries.set(read.id, newCode(id, read, section, ref, isPrimary));
	}
}

/** A source's ranges and HTTP statuses (the first source to give one wins), message tables and prose. */
function mergeDialectData(
	dialect: Dialect,
	source: ReadSourceFile,
	ref: SourceRef,
	sectionFor: (read: SectionRef) => Section,
): void {
	for (const range of source.read.ranges) {
		if (dialect.ranges.some((known) => known.from === range.from && known.to === range.to))
			continue;
		const section = sectionFor(range.section);
		dialect.ranges.push({
			from: range.from,
			to: range.to,
			title: range.title,
			description: range.description,
			section: { id: section.id, title: section.title },
			source: ref,
		});
	}
	for (const status of source.read.httpStatuses) {
		if (dialect.httpStatuses.some((known) => known.status === status.status)) continue;
		dialect.httpStatuses.push({
			status: status.status,
			meaning: status.meaning,
			description: status.description,
			source: ref,
		});
	}
	for (const table of source.read.messageTables) {
		const section = sectionFor(table.section);
		dialect.messageTables.push({
			title: table.title,
			section: { id: section.id, title: section.title },
			rows: table.rows.map((row) => ({ message: row.message, description: row.description })),
			source: ref,
		});
	}
	for (const prose of source.read.prose) dialect.prose.push({ ...prose, source: ref });
}

/**
 * A string code's page is its slug (`EOrder:Insufficient funds` -> `eorder-insufficient-funds`):
 * two codes of a dialect with one slug, or a slug that is a section's, would share a page.
 */
function slugProblems(dialect: Dialect, codes: CodeEntry[], sources: ReadSourceFile[]): Problem[] {
	const problems: Problem[] = [];
	const lineOf = (entry: CodeEntry) => {
		const source = sources.find((candidate) => candidate.file === entry.sources[0].file);
		return {
			file: entry.sources[0].file,
			line: source?.read.entries.find((read) => read.id === entry.id)?.line ?? 1,
		};
	};
	const taken = new Map<string, string>([
		['ccxt', "the dialect's ccxt coverage page (and /api/v1/<dialect>/ccxt.json)"],
		...dialect.sections.map((section): [string, string] => [
			section.id,
			`the section "${section.title}"`,
		]),
	]);
	for (const entry of codes) {
		if (isNumericId(entry.id)) continue;
		const slug = codeSlug(entry.id);
		const earlier =
			slug === '' ? 'nothing: it has no letter or digit of a-z, 0-9' : taken.get(slug);
		if (earlier === undefined) {
			taken.set(slug, `the code ${entry.id}`);
			continue;
		}
		problems.push({
			...lineOf(entry),
			message:
				slug === ''
					? `the string code "${entry.id}" has no URL: its slug is ${earlier}`
					: `the string code "${entry.id}" has the URL /${dialect.id}/${slug}/, which is already ${earlier}`,
			hint: 'a code page is the code lower-cased with other characters as `-`; two codes (or a code and a section title) that differ only in case or punctuation need another source spelling or section title',
		});
	}
	return problems;
}

/** A letter of a script other than Latin: a message in the page's own language, not English. */
const NON_LATIN =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Thai}]/u;

/**
 * A translated source adds its texts to the primary's codes under its language, never codes
 * of its own: a code only the translation lists is reported, unless its front matter names it
 * in `adds` (a code the venue documents in that language only), which `addOwn` then adds.
 */
function addTranslations(
	entries: Map<string, CodeEntry>,
	source: ReadSourceFile,
	ref: SourceRef,
	addOwn: (read: ReadEntry) => void,
): Problem[] {
	const adds = new Set(source.frontMatter.adds.map(String));
	const problems = addsProblems(entries, source, adds);
	for (const read of source.read.entries) {
		const entry = entries.get(read.id);
		if (!entry && adds.has(read.id)) {
			addOwn(read);
			continue;
		}
		if (!entry) {
			problems.push({
				file: source.file,
				line: read.line,
				message: `code ${read.id} is only in this translation; the dialect's other sources do not list it`,
				hint: "a translation adds texts to codes the primary (or a secondary) source lists: add the code there, check the number, or, when the venue documents it in this language only, name it in the front matter's `adds: [...]`",
			});
			continue;
		}
		if (!entry.sources.some((known) => known.file === ref.file)) entry.sources.push(ref);
		setTranslatedTexts(entry, read, source);
	}
	return problems;
}

/** The codes `adds` names that the dialect's other sources list already, or this translation does not list. */
function addsProblems(
	entries: Map<string, CodeEntry>,
	source: ReadSourceFile,
	adds: Set<string>,
): Problem[] {
	const listed = new Set(source.read.entries.map((read) => read.id));
	const problems: Problem[] = [];
	for (const id of adds) {
		const message = entries.has(id)
			? `\`adds\` names ${id}, which the dialect's other sources list already`
			: !listed.has(id)
				? `\`adds\` names ${id}, which this translation does not list`
				: null;
		if (message)
			problems.push({
				file: source.file,
				line: source.keyLines.adds ?? 1,
				message,
				hint: '`adds` lists only the codes this page documents and the other sources do not',
			});
	}
	return problems;
}

/** Puts a translation's texts for one code on the code, in the translation's language. */
function setTranslatedTexts(entry: CodeEntry, read: ReadEntry, source: ReadSourceFile): void {
	const lang = source.frontMatter.lang;
	// A page that gives each message in English and then in its language (Aster's and Binance
	// derivatives' Chinese pages) repeats the primary's messages, in its own copy of them: its
	// messages in its language come first, then any English one the primary does not have.
	// A code whose messages the page leaves all in English keeps them as the page gives them.
	const native = read.messages.filter((message) => NON_LATIN.test(message));
	const others = read.messages.filter((message) => !NON_LATIN.test(message));
	const messages =
		native.length > 0
			? [...native, ...others.filter((message) => !entry.messages.includes(message))]
			: read.messages;
	if (messages.length < read.messages.length)
		entry.notes.push(
			`${source.file} gives ${read.messages.length - messages.length === 1 ? 'a message' : 'messages'} in English beside its ${lang} text, as the primary source has ${read.messages.length - messages.length === 1 ? 'it' : 'them'}: kept once, as the code's own.`,
		);
	entry.translations[lang] = {
		title: read.title ?? (read.name !== entry.name ? read.name : null),
		messages,
		description: read.description,
	};
}

/**
 * Finds the dialect section a source section belongs to: the same id, else (for a
 * secondary) the primary section of the same code block (`11xx`), else a new section.
 */
function placeSection(
	sections: Section[],
	ref: SectionRef,
	readSections: ReadSection[],
	isPrimary: boolean,
	dialect: string,
): Section {
	const same = sections.find((section) => section.id === ref.id);
	if (same) return same;
	if (!isPrimary) {
		const block = titleBlock(ref.title);
		const matches = block ? sections.filter((section) => titleBlock(section.title) === block) : [];
		if (matches.length === 1) return matches[0];
	}
	const read = readSections.find((section) => section.id === ref.id);
	const section: Section = {
		id: ref.id,
		title: ref.title,
		url: route(sectionPath(dialect, ref.id)),
		description: read?.description ?? null,
		codes: [],
	};
	sections.push(section);
	return section;
}

/** The code block a section title opens with: `11xx Order errors` -> `11xx`; null when it names none. */
function titleBlock(title: string): string | null {
	return /^(\d+x+)\b/i.exec(title)?.[1]?.toLowerCase() ?? null;
}

function newCode(
	dialect: string,
	read: ReadEntry,
	section: Section,
	ref: SourceRef,
	isPrimary: boolean,
): CodeEntry {
	const summary =
		isPrimary || !read.description
			? null
			: { text: read.description, source: ref, sharedWith: read.sharedWith };
	const entry: CodeEntry = {
		dialect,
		id: read.id,
		code: read.code,
		name: read.name,
		nameTruncated: read.nameTruncated,
		title: '',
		messages: [...read.messages],
		description: isPrimary ? read.description : null,
		solution: read.solution,
		summary,
		sharedWith: isPrimary ? read.sharedWith : [],
		httpStatus: read.httpStatus,
		deprecated: read.deprecated,
		section: { id: section.id, title: section.title },
		alsoIn: read.alsoIn.map(({ line: _line, ...occurrence }) => occurrence),
		concept: null,
		ccxt: null,
		url: route(codePath(dialect, read.id)),
		sources: [ref],
		translations: { ...read.translations },
		notes: [...read.notes],
	};
	if (!isPrimary)
		entry.notes.push(`Only ${ref.file} lists this code; the primary source does not.`);
	entry.title = titleOf(entry, read.title);
	return entry;
}

/** Adds what a secondary source knows to a code the primary already defined, never overriding it. */
function addSecondary(entry: CodeEntry, read: ReadEntry, ref: SourceRef): void {
	if (!entry.sources.some((source) => source.file === ref.file)) entry.sources.push(ref);
	if (read.description && !entry.summary)
		entry.summary = { text: read.description, source: ref, sharedWith: read.sharedWith };
	if (read.name && read.name !== entry.name) {
		if (entry.name === null) {
			entry.name = read.name;
			entry.nameTruncated = read.nameTruncated;
			entry.notes.push(`The name comes from ${ref.file}; the primary source gives none.`);
		} else {
			entry.notes.push(
				`${ref.file} calls it \`${read.name}\`; the primary source's name \`${entry.name}\` is kept.`,
			);
		}
	}
	if (entry.messages.length === 0 && read.messages.length > 0) {
		entry.messages.push(...read.messages);
		entry.notes.push(`The messages come from ${ref.file}; the primary source gives none.`);
	}
	if (!entry.solution && read.solution) entry.solution = read.solution;
	entry.httpStatus ??= read.httpStatus;
	for (const [lang, translation] of Object.entries(read.translations))
		entry.translations[lang] ??= translation;
	entry.title = titleOf(
		entry,
		entry.name ? null : (read.title ?? (entry.title !== entry.id ? entry.title : null)),
	);
}

function titleOf(entry: CodeEntry, label: string | null): string {
	return (
		entry.name ?? label ?? entry.messages[0] ?? entry.description ?? entry.summary?.text ?? entry.id
	);
}
