import { appendFileSync, closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { afterGeneration } from './after-generation.ts';
import { isGzip, searchBundleRules, type BundleFile } from './search-headers.ts';

/**
 * Top-level folders of the output whose pages are all left out of search (`pagefind: false`:
 * the comparison matrix repeats what the code pages say). Pagefind would still open and parse
 * each of their files to find that out. The number pages (`codes/`) were here too, which saved
 * about a fifth of Pagefind's run at 10,000 codes (3,700 pages); they are indexed now, at a
 * low weight, because a bare number must also find its page across dialects.
 * tests/gates/search-index.test.ts checks that no page under these asks to be indexed.
 */
export const UNINDEXED_FOLDERS = ['compare'];

/** Output folders that hold no pages at all. */
const NOT_PAGES = new Set(['_astro', 'api', 'pagefind']);

/**
 * The Pagefind glob for an output directory: its top-level pages and every folder except
 * the ones above. Pagefind globs have no exclusion, so the folders are listed.
 */
export function searchGlob(folders: string[]): string {
	const included = folders.filter((folder) => !UNINDEXED_FOLDERS.includes(folder) && !NOT_PAGES.has(folder)).sort();
	return `{${['*.html', ...included.map((folder) => `${folder}/**/*.html`)].join(',')}}`;
}

/**
 * Runs Starlight's Pagefind indexing in place of Starlight, over the pages that can be in the
 * index. Starlight (0.42) indexes every HTML file of the build in its `astro:build:done`; this
 * integration switches that hook off and indexes the same way (same Pagefind, no options)
 * with {@link searchGlob}, which gives a byte-identical index. It starts as soon as the pages
 * are generated and is awaited in `astro:build:done`, so the CSP scan and the per-code JSON
 * run alongside it; the alias pages come after it, so Pagefind never opens them either.
 * Then it adds the bundle's rules to `_headers` (src/site/build/search-headers.ts).
 */
export function searchIndex(): AstroIntegration {
	const run = afterGeneration(indexPages);
	return {
		name: 'error-atlas:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				const starlight = config.integrations.find((integration) => integration.name === '@astrojs/starlight');
				if (!starlight?.hooks['astro:build:done']) {
					throw new Error('src/site/build/search-index.ts replaces the Pagefind run in the astro:build:done hook of @astrojs/starlight, and found no such hook: check it against the installed Starlight');
				}
				starlight.hooks['astro:build:done'] = () => {};
			},
			'astro:build:generated': (options) => run.start(options),
			'astro:build:done': async ({ dir, logger }) => {
				logger.info(await run.result(dir));
				const out = fileURLToPath(dir);
				const headersFile = join(out, '_headers');
				if (!existsSync(headersFile)) {
					logger.warn('no _headers in the build output; the search bundle is served without Content-Encoding and cache rules');
					return;
				}
				const files = bundleFiles(join(out, 'pagefind'));
				appendFileSync(headersFile, `\n# Pagefind's bundle (src/site/build/search-headers.ts)\n${searchBundleRules(files)}\n`);
				logger.info(`_headers: ${files.filter((file) => file.gzip).length} gzip files of the search bundle served with Content-Encoding: gzip`);
			},
		},
	};
}

async function indexPages(out: string): Promise<string> {
	const started = performance.now();
	const glob = searchGlob(readdirSync(out, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name));
	try {
		const { index, errors } = await pagefind.createIndex();
		if (!index) throw new Error(errors.join('; '));
		const added = await index.addDirectory({ path: out, glob });
		if (added.errors.length > 0) throw new Error(added.errors.join('; '));
		const written = await index.writeFiles({ outputPath: `${out}pagefind/` });
		if (written.errors.length > 0) throw new Error(written.errors.join('; '));
		return `Pagefind indexed ${added.page_count} HTML files (not ${UNINDEXED_FOLDERS.map((folder) => `${folder}/`).join(' or ')}) in ${Math.round(performance.now() - started)}ms`;
	} catch (cause) {
		throw new Error(`Pagefind could not index ${out}`, { cause });
	} finally {
		await pagefind.close();
	}
}

/** Every file of the search bundle, and whether Pagefind wrote it gzip-compressed (its first two bytes tell). */
function bundleFiles(bundle: string): BundleFile[] {
	const head = new Uint8Array(2);
	return readdirSync(bundle, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			const fd = openSync(file, 'r');
			try {
				const read = readSync(fd, head, 0, 2, 0);
				return { path: posix.join(...file.slice(bundle.length + 1).split(/[\\/]/)), gzip: isGzip(head.subarray(0, read)) };
			} finally {
				closeSync(fd);
			}
		});
}
