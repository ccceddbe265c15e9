import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readAtlas } from '../lib/atlas.ts';
import { splitSource } from '../lib/import/source-front-matter.ts';
import { formatProblem } from '../lib/model/problems.ts';
import { diffCodes } from '../lib/registry/diff.ts';
import { FetchError, fetchSource, refreshedFile } from '../lib/refresh/fetch.ts';
import { describe, importWith } from './diff.ts';
import type { CliIo } from './io.ts';

const USAGE = `usage: error-atlas fetch <dialect> [dir]
  Downloads each of the dialect's sources from where its front matter says the text came from:
  the file at the newest commit of its repository (repository, path), else its url (an HTML
  page is turned into Markdown). Keeps the front matter, sets retrieved (and commit), writes
  the file and prints what changed, code by code. A failed download, an HTTP error, or a new
  text the readers cannot read or that holds no code leaves the file as it was. Then run
  npx error-atlas check and npx error-atlas registry update.`;

/** `error-atlas fetch <dialect>`: refresh a dialect's sources from upstream. */
export async function run(args: string[], io: CliIo): Promise<number> {
	if (args.includes('--help') || args.includes('-h') || args.length === 0) {
		(args.length === 0 ? io.err : io.out)(USAGE);
		return args.length === 0 ? 2 : 0;
	}
	const [dialect, dirArg] = args;
	const dir = dirArg ?? io.sourcesDir;
	const atlas = readAtlas(dir);
	if (atlas.problems.length > 0) {
		for (const problem of atlas.problems) io.err(formatProblem(problem));
		io.err('fetch starts from a clean import: fix these first');
		return 1;
	}
	const files = atlas.reports
		.filter((report) => report.dialect === dialect)
		.map((report) => report.file);
	if (files.length === 0) {
		io.err(
			`no source of the dialect "${dialect}" in ${dir} (dialects: ${atlas.dialects.map((entry) => entry.id).join(', ')})`,
		);
		return 2;
	}
	const today = process.env.ERROR_ATLAS_TODAY ?? new Date().toISOString().slice(0, 10);
	let failed = 0;
	for (const name of files) {
		const path = join(dir, name);
		const text = readFileSync(path, 'utf8');
		const { source } = splitSource(name, text);
		try {
			const fetched = await fetchSource(source!.frontMatter);
			const next = refreshedFile(text, fetched, today);
			const after = importWith(path, next);
			if (after.problems.length > 0)
				throw new FetchError(
					`the new text of ${name} from ${fetched.from} does not read:\n${after.problems.map(formatProblem).join('\n')}`,
				);
			const own = after.codes.filter((entry) => entry.sources.some((ref) => ref.file === name));
			if (own.length === 0 && source!.frontMatter.role !== 'translation')
				throw new FetchError(
					`the new text of ${name} from ${fetched.from} holds no code: the page moved or changed shape`,
				);
			writeFileSync(path, next);
			io.out(
				`${relative(process.cwd(), path) || path}: fetched ${fetched.from}${fetched.commit ? ` (commit ${fetched.commit.slice(0, 12)})` : ''}`,
			);
			for (const line of describe(diffCodes(importWith(path, text).codes, after.codes)))
				io.out(line);
		} catch (error) {
			if (!(error instanceof FetchError)) throw error;
			failed++;
			io.err(`${name}: ${error.message}; the file is unchanged`);
		}
	}
	return failed > 0 ? 1 : 0;
}
