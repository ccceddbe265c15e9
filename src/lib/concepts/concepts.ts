/**
 * Reads the curated concepts in `content/concepts/`: one Markdown file per shared meaning,
 * a validated YAML header, then our explanation. Every problem is collected with `file:line`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { isMap, isScalar, type Document } from 'yaml';
import { readFrontMatter } from '../import/yaml-front-matter.ts';
import {
	CCXT_EXCEPTIONS,
	CONCEPT_CLASSES,
	RETRY_ADVICE,
	type ConceptClass,
	type RetryAdvice,
} from '../model/model.ts';
import { conceptFrontMatterSchema, type ConceptFrontMatter } from '../model/schemas.ts';
import type { Problem } from '../model/problems.ts';

/** A concept file after validation, before any code is assigned to it. */
export interface ConceptFile {
	/** File name inside the concepts directory, e.g. `invalid-symbol.md`. */
	file: string;
	frontMatter: ConceptFrontMatter;
	/** The explanation below the header, one string per paragraph. */
	explanation: string[];
	/** File lines of the header's list items, so alignment problems can point at the override. */
	lines: { id: number; match: number[]; include: number[]; exclude: number[] };
}

/** How each retry advice reads on a page. */
export const RETRY_LABELS: Record<RetryAdvice, string> = {
	'do-not-retry': 'Do not retry',
	'fix-request-then-retry': 'Fix the request, then retry',
	'retry-with-backoff': 'Retry with backoff',
	'check-order-status-first': 'Check the order status before retrying',
};

/** How each class reads as a heading or label; the ids (`rate-limit`) stay in URLs and data. */
export const CLASS_LABELS: Record<ConceptClass, string> = {
	authentication: 'Authentication',
	permission: 'Permission',
	'rate-limit': 'Rate limit',
	'server-busy': 'Server busy or failing',
	'unknown-execution-status': 'Execution status unknown',
	'timestamp-signature': 'Timestamp and signature',
	'request-parameter': 'Request parameters',
	symbol: 'Symbol',
	'order-rejected': 'Order rejected',
	'order-not-found': 'Order not found',
	'balance-margin': 'Balance and margin',
	'position-leverage': 'Position and leverage',
	'price-quantity-filter': 'Price and quantity filters',
	'account-mode': 'Account mode',
	websocket: 'WebSocket',
	other: 'Other',
};

const HINT =
	'a concept file starts with `---`, then `id:`, `title:`, `class:`, `retry:`, `ccxt:` and optionally `match:`, `include:`, `exclude:` lists, then `---` and the explanation';

/**
 * The concepts directory: `dir` when given, else `ATLAS_CONCEPTS`, else `concepts` beside the
 * sources directory (`content/sources` -> `content/concepts`), so a fixture sources directory
 * elsewhere brings no concepts unless it has its own.
 */
export function conceptsDir(sourcesDir: string, dir?: string): string {
	return resolve(dir ?? process.env.ATLAS_CONCEPTS ?? join(sourcesDir, '..', 'concepts'));
}

/** Reads every `*.md` in `dir`; a missing directory means no concepts, not a problem. */
export function readConcepts(dir: string): { files: ConceptFile[]; problems: Problem[] } {
	let names: string[];
	try {
		names = readdirSync(dir)
			.filter((name) => name.endsWith('.md'))
			.sort();
	} catch {
		return { files: [], problems: [] };
	}
	const files: ConceptFile[] = [];
	const problems: Problem[] = [];
	for (const name of names) {
		const read = parseConceptFile(name, readFileSync(join(dir, name), 'utf8'));
		problems.push(...read.problems);
		if (read.concept) files.push(read.concept);
	}
	return { files, problems };
}

/** Validates one concept file's text; `file` is its name, used in problems and to check the id. */
export function parseConceptFile(
	file: string,
	text: string,
): { concept?: ConceptFile; problems: Problem[] } {
	const { block, problems: headerProblems } = readFrontMatter(file, text, HINT);
	if (!block) return { problems: headerProblems };
	const { doc, lines, end, lineAt } = block;
	const parsed = conceptFrontMatterSchema.safeParse(doc.toJS() ?? {});
	if (!parsed.success) {
		return {
			problems: parsed.error.issues.flatMap((issue) => issueProblems(file, doc, issue, lineAt)),
		};
	}
	const frontMatter = parsed.data;
	const idLine = nodeLine(doc, ['id'], lineAt);
	const explanation = paragraphs(lines.slice(end + 1));
	const problems = contentProblems(file, frontMatter, idLine, explanation, end);
	if (problems.length > 0) return { problems };
	const itemLines = (key: 'match' | 'include' | 'exclude') =>
		frontMatter[key].map((_, i) => nodeLine(doc, [key, i], lineAt));
	const itemsAt = {
		match: itemLines('match'),
		include: itemLines('include'),
		exclude: itemLines('exclude'),
	};
	return {
		concept: { file, frontMatter, explanation, lines: { id: idLine, ...itemsAt } },
		problems,
	};
}

type SchemaIssue = Extract<
	ReturnType<typeof conceptFrontMatterSchema.safeParse>,
	{ success: false }
>['error']['issues'][number];

/** The problems of one schema issue, at the line of the key or value it is about. */
function issueProblems(
	file: string,
	doc: Document,
	issue: SchemaIssue,
	lineAt: (offset: number) => number,
): Problem[] {
	const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
	const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
	if (keys.length > 0) {
		return keys.map((key) => ({
			file,
			line: keyLine(doc, key, lineAt),
			message: `front matter has an unknown key \`${key}\``,
			hint: HINT,
		}));
	}
	const where =
		typeof path[1] === 'number'
			? `\`${path[0]}\` item ${path[1] + 1} `
			: path.length
				? `\`${path.join('.')}\` `
				: '';
	const value = doc.getIn(path);
	// Zod lists every allowed value in its message; the hint already does, more readably.
	const message =
		issue.code === 'invalid_value'
			? `is ${JSON.stringify(value)}, which is not an allowed value`
			: issue.message;
	return [
		{
			file,
			line: nodeLine(doc, path, lineAt),
			message: `front matter ${where}${message}`,
			hint: hintFor(String(path[0] ?? '')),
		},
	];
}

/** What a valid header still gets wrong: an id that is not the file's name, no explanation below it. */
function contentProblems(
	file: string,
	frontMatter: ConceptFrontMatter,
	idLine: number,
	explanation: string[],
	end: number,
): Problem[] {
	const problems: Problem[] = [];
	const id = basename(file, '.md');
	if (frontMatter.id !== id) {
		problems.push({
			file,
			line: idLine,
			message: `\`id\` is \`${frontMatter.id}\` but the file is ${file}`,
			hint: `the id is the concept's URL, /concepts/<id>/: rename the file to ${frontMatter.id}.md or set \`id: ${id}\``,
		});
	}
	if (explanation.length === 0) {
		problems.push({
			file,
			line: end + 2,
			message: 'the concept has no explanation',
			hint: 'below the closing `---`, say in a few sentences what causes the error and what to do',
		});
	}
	return problems;
}

function hintFor(key: string): string {
	if (key === 'class') return `\`class\` is one of: ${CONCEPT_CLASSES.join(', ')}`;
	if (key === 'retry') return `\`retry\` is one of: ${RETRY_ADVICE.join(', ')}`;
	if (key === 'ccxt')
		return `\`ccxt\` names a class of ccxt's error hierarchy: ${CCXT_EXCEPTIONS.join(', ')}`;
	if (key === 'include' || key === 'exclude')
		return `\`${key}\` lists codes as \`dialect/code\`, e.g. \`- gateway/-2010\``;
	return HINT;
}

/** The file line of the value at `path`, else of its nearest parent, else the header's first line. */
function nodeLine(
	doc: Document,
	path: Array<string | number>,
	lineAt: (offset: number) => number,
): number {
	for (let depth = path.length; depth > 0; depth--) {
		const node = doc.getIn(path.slice(0, depth), true) as
			{ range?: [number, number, number] } | undefined;
		if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
		if (depth === 1 && typeof path[0] === 'string') return keyLine(doc, path[0], lineAt);
	}
	return 1;
}

/** The file line of a top-level key, even when its value is empty or invalid. */
function keyLine(doc: Document, key: string, lineAt: (offset: number) => number): number {
	if (!isMap(doc.contents)) return 1;
	for (const pair of doc.contents.items) {
		if (isScalar(pair.key) && pair.key.value === key && pair.key.range)
			return lineAt(pair.key.range[0]);
	}
	return 1;
}

/** Blank-line separated paragraphs, each joined into one line. */
function paragraphs(lines: string[]): string[] {
	const out: string[] = [];
	let current: string[] = [];
	for (const line of [...lines, '']) {
		if (line.trim() === '') {
			if (current.length) out.push(current.join(' '));
			current = [];
		} else current.push(line.trim());
	}
	return out;
}
