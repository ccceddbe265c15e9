import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { codeKey, type CodeEntry, type Concept, type Dialect } from './model/model.ts';
import { AtlasError, type Problem } from './model/problems.ts';
import { splitSource } from './import/source-front-matter.ts';
import { readSource, type UnreadLine } from './import/source-reader.ts';
import { normalize, type ReadSourceFile } from './import/normalize.ts';
import { conceptsDir, readConcepts } from './concepts/concepts.ts';
import { align, type Alignment } from './concepts/align.ts';
import { noteCcxtContradictions, resolveCcxt } from './ccxt/resolve.ts';
import { readRegistry, registryPath } from './registry/file.ts';
import { publishedCodes, type PublishedCode } from './registry/registry.ts';

/** What `check` prints for one source file. */
export interface SourceReport {
	file: string;
	dialect: string | null;
	role: string | null;
	codes: number;
	sections: number;
	ranges: number;
	httpStatuses: number;
	prose: number;
	/** What normalization changed in this source, per code. */
	notes: Array<{ line: number; code: string; text: string }>;
	/** Every line that did not become data or prose. */
	unread: UnreadLine[];
}

export interface Atlas {
	dialects: Dialect[];
	codes: CodeEntry[];
	concepts: Concept[];
	/** The registry beside the sources, as the import leaves it: its documented codes and the retired ones. */
	published: PublishedCode[];
}

/** What `check` prints about concepts: where they came from and what matching left open. */
export interface ConceptReport extends Pick<Alignment, 'unassigned' | 'ambiguous' | 'groups'> {
	dir: string;
	files: number;
}

export interface AtlasRead extends Atlas {
	reports: SourceReport[];
	conceptReport: ConceptReport;
	problems: Problem[];
}

export interface AtlasOptions {
	/** The concepts directory; see {@link conceptsDir} for the default. */
	conceptsDir?: string;
}

/** The sources directory: `ATLAS_SOURCES`, else `content/sources` under the working directory. */
export function sourcesDir(dir?: string): string {
	return resolve(dir ?? process.env.ATLAS_SOURCES ?? 'content/sources');
}

/**
 * Reads every source in `dir` and reports all problems instead of stopping at the first.
 * Every `url` of the model is a route from the site root (`/binance-usdm/-1121/`); the site
 * puts its base path in front where URLs leave it (src/site/base.ts).
 */
export function readAtlas(dir: string, options: AtlasOptions = {}): AtlasRead {
	const problems: Problem[] = [];
	const reports: SourceReport[] = [];
	const files: ReadSourceFile[] = [];
	let names: string[];
	try {
		names = readdirSync(dir)
			.filter((name) => name.endsWith('.md'))
			.sort();
	} catch {
		names = [];
	}
	if (names.length === 0) {
		problems.push({
			file: dir,
			line: 0,
			message: 'no sources found (`*.md` files)',
			hint: 'point ATLAS_SOURCES at a directory of source files',
		});
	}
	for (const name of names) {
		const { report, file } = readSourceFile(dir, name, problems);
		reports.push(report);
		if (file) files.push(file);
	}
	const ccxt = resolveCcxt(files);
	problems.push(...ccxt.problems);
	const { dialects, codes: normalized, problems: mergeProblems } = normalize(files, ccxt.maps);
	problems.push(...mergeProblems);
	const { codes, concepts, conceptReport } = withConcepts(dir, options, normalized, problems);
	noteCcxtContradictions(codes, concepts, reports, files);
	// What the registry remembers: since when each code is documented, and the retired ones, whose
	// pages stay. A registry that cannot be read fails like a source.
	const registry = registryPath(dir);
	const remembered = registry ? readRegistry(registry) : { registry: null, problems: [] };
	problems.push(...remembered.problems);
	const published = remembered.registry ? publishedCodes(remembered.registry, codes) : [];
	return {
		dialects,
		codes,
		concepts,
		published,
		reports,
		conceptReport,
		problems,
	};
}

/**
 * Reads the concepts beside the sources and gives each code its concept, or none; problems go
 * to `problems`. Concepts are read here, not by the site, so the JSON, the pages and the CLI
 * agree on them.
 */
function withConcepts(
	dir: string,
	options: AtlasOptions,
	normalized: CodeEntry[],
	problems: Problem[],
): { codes: CodeEntry[]; concepts: Concept[]; conceptReport: ConceptReport } {
	const cdir = conceptsDir(dir, options.conceptsDir);
	const read = readConcepts(cdir);
	// Source problems name the file alone; concept files are named from the working directory so the two never mix.
	const inConcepts = (problem: Problem): Problem => ({
		...problem,
		file: relative(process.cwd(), join(cdir, problem.file)),
	});
	problems.push(...read.problems.map(inConcepts));
	const alignment = align(normalized, read.files);
	problems.push(...alignment.problems.map(inConcepts));
	const codes = normalized.map((entry) => ({
		...entry,
		concept: alignment.assignments.get(codeKey(entry)) ?? null,
	}));
	const { unassigned, ambiguous, groups } = alignment;
	const conceptReport = { dir: cdir, files: read.files.length, unassigned, ambiguous, groups };
	return { codes, concepts: alignment.concepts, conceptReport };
}

/** Reads one source: its report for `check`, and what the normalizer takes unless it could not be read; problems go to `problems`. */
function readSourceFile(
	dir: string,
	name: string,
	problems: Problem[],
): { report: SourceReport; file: ReadSourceFile | null } {
	const report: SourceReport = {
		file: name,
		dialect: null,
		role: null,
		codes: 0,
		sections: 0,
		ranges: 0,
		httpStatuses: 0,
		prose: 0,
		notes: [],
		unread: [],
	};
	const text = decodeUtf8(name, readFileSync(join(dir, name)), problems);
	if (text === null || !linesFit(name, text, problems)) return { report, file: null };
	const { source, problems: headerProblems } = splitSource(name, text);
	problems.push(...headerProblems);
	if (!source) return { report, file: null };
	const read = readSource(
		name,
		source.body,
		source.bodyLine,
		source.frontMatter.lang,
		source.frontMatter.codes,
	);
	problems.push(...read.problems);
	for (const line of read.unread) if (line.codeBearing) problems.push(unreadCodeLine(name, line));
	Object.assign(report, {
		dialect: source.frontMatter.dialect,
		role: source.frontMatter.role,
		codes: read.entries.length,
		sections: read.sections.length,
		ranges: read.ranges.length,
		httpStatuses: read.httpStatuses.length,
		prose: read.prose.length,
		notes: read.entries.flatMap((entry) =>
			entry.notes.map((text) => ({ line: entry.line, code: entry.id, text })),
		),
		unread: read.unread,
	});
	return {
		report,
		file: { file: name, frontMatter: source.frontMatter, keyLines: keyLines(text), read },
	};
}

/** A line that holds a code no reader understood: with the reader's own reason where it gave one. */
function unreadCodeLine(file: string, line: UnreadLine): Problem {
	return {
		file,
		line: line.line,
		message:
			line.reason?.message ??
			`this line holds a code but no reader understood it: "${line.text.slice(0, 120)}"`,
		hint:
			line.reason?.hint ??
			(line.text.startsWith('|')
				? 'Markdown did not read this as a table row: leave a blank line before the table (right after a list, a table continues the list item)'
				: 'write it as a heading (`#### -1000 NAME`), a line (`-1000 NAME` with `- message` bullets) or a table row with a Code column'),
	};
}

/** Reads the sources and throws an {@link AtlasError} listing every problem if any. */
export function loadAtlas(dir: string, options: AtlasOptions = {}): Atlas {
	return throwOnProblems(readAtlas(dir, options));
}

function throwOnProblems({ dialects, codes, concepts, published, problems }: AtlasRead): Atlas {
	if (problems.length > 0) throw new AtlasError(problems);
	return { dialects, codes, concepts, published };
}

/**
 * What {@link readAtlas} reads from `dir`, as a string that changes when any of it changes: the
 * names, sizes and modification times of the sources, the concept files and the registry. The
 * content loaders compare it to read the sources again only after an edit.
 */
export function atlasStamp(dir: string, options: AtlasOptions = {}): string {
	const registry = registryPath(dir);
	return [
		resolve(dir),
		filesStamp(dir),
		filesStamp(conceptsDir(dir, options.conceptsDir)),
		registry ? fileStamp(registry) : '',
	].join('\0');
}

/** Names, sizes and modification times of the `*.md` files in `dir`: what readAtlas reads there. */
function filesStamp(dir: string): string {
	try {
		return readdirSync(dir)
			.filter((name) => name.endsWith('.md'))
			.sort()
			.map((name) => {
				const stat = statSync(join(dir, name));
				return `${name}:${stat.size}:${stat.mtimeMs}`;
			})
			.join('/');
	} catch {
		return '';
	}
}

function fileStamp(file: string): string {
	try {
		const stat = statSync(file);
		return `${stat.size}:${stat.mtimeMs}`;
	} catch {
		return '';
	}
}

function decodeUtf8(file: string, bytes: Uint8Array, problems: Problem[]): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// Find the first bad byte so the message can name its line.
		let line = 1;
		for (let i = 0; i < bytes.length; i++) {
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i + 1), {
					stream: true,
				});
			} catch {
				break;
			}
			if (bytes[i] === 0x0a) line++;
		}
		problems.push({
			file,
			line,
			message: 'the file is not valid UTF-8',
			hint: 'save the file as UTF-8 (iconv -f windows-1252 -t utf-8 is a common fix)',
		});
		return null;
	}
}

/**
 * The longest line a source may have. The seeds' longest is under 500 characters; a line
 * of many thousands is minified markup or a data dump, and the Markdown parser's emphasis
 * and link rules slow down quadratically on such lines, so they are refused up front.
 */
export const MAX_LINE_LENGTH = 5_000;

function linesFit(file: string, text: string, problems: Problem[]): boolean {
	let line = 1;
	for (let start = 0; start <= text.length; line++) {
		const newline = text.indexOf('\n', start);
		const end = newline === -1 ? text.length : newline;
		if (end - start > MAX_LINE_LENGTH) {
			problems.push({
				file,
				line,
				message: `the line is ${(end - start).toLocaleString('en')} characters long; the limit is ${MAX_LINE_LENGTH.toLocaleString('en')}`,
				hint: 'an error-code document has short lines: wrap the text, or check that the file is not minified HTML or a data dump',
			});
			return false;
		}
		start = end + 1;
	}
	return true;
}

function keyLines(text: string): Record<string, number> {
	const lines: Record<string, number> = {};
	const all = text.split('\n');
	for (let i = 1; i < all.length && all[i] !== '---'; i++) {
		const key = /^([A-Za-z]+):/.exec(all[i])?.[1];
		if (key) lines[key] = i + 1;
	}
	return lines;
}
