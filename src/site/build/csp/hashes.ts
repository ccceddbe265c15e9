import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addHashesToHeaders, inlineHashes, type InlineHashes } from './policy.ts';
import { openScan, type ScanResult } from './scan.ts';
import { joinBase } from '../../base.ts';

/**
 * After the build, adds the hash of every inline script and style the pages contain to the
 * Content-Security-Policy of `dist/_headers` (copied from `public/_headers`), so the policy
 * allows exactly the inline code the site ships and nothing else. Integrations that write
 * pages after it must write none with inline code (the alias pages check theirs).
 *
 * The pages are hashed as they render: build middleware (src/site/build/csp/collect.ts) hands
 * each one to a worker thread, so no page is read back from disk and nothing is left to do
 * beside Pagefind after generation. Once the pages exist, every HTML file of the output that
 * the worker did not see is read from disk and hashed too, so a page rendered some other way
 * is never left out, only slower (the determinism gate requires none).
 */
export function cspHashes(): AstroIntegration {
	let base = '/';
	let scan: ReturnType<typeof openScan> | null = null;
	let hashed: Promise<PageHashes> | null = null;
	return {
		name: 'error-atlas:csp-hashes',
		hooks: {
			'astro:config:setup': ({ command, addMiddleware }) => {
				if (command === 'build')
					addMiddleware({ entrypoint: new URL('./collect.ts', import.meta.url), order: 'pre' });
			},
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:start': () => {
				scan = openScan();
			},
			'astro:build:generated': ({ dir }) => {
				hashed = hashPages(scan, fileURLToPath(dir), base);
				// Awaited in build:done; until then a failure must not count as unhandled.
				hashed.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { hashes, rendered, read } = await (hashed ??
					hashPages(scan, fileURLToPath(dir), base));
				const headersFile = join(fileURLToPath(dir), '_headers');
				if (!existsSync(headersFile)) {
					logger.warn(
						'no _headers in the build output; the site ships without a Content-Security-Policy',
					);
					return;
				}
				writeFileSync(headersFile, addHashesToHeaders(readFileSync(headersFile, 'utf8'), hashes));
				logger.info(
					`_headers: Content-Security-Policy allows ${hashes.scripts.length} inline scripts and ${hashes.styles.length} inline styles by hash (${rendered} pages hashed as they rendered, ${read.length} read from disk${read.length ? `: ${read.slice(0, 3).join(', ')}${read.length > 3 ? ', ...' : ''}` : ''})`,
				);
			},
		},
	};
}

interface PageHashes {
	hashes: InlineHashes;
	/** Pages the worker hashed as they rendered. */
	rendered: number;
	/** HTML files it had not seen, read from disk. */
	read: string[];
}

async function hashPages(
	scan: ReturnType<typeof openScan> | null,
	root: string,
	base: string,
): Promise<PageHashes> {
	const found: ScanResult = scan ? await scan.finish() : { scripts: [], styles: [], paths: [] };
	const seen = new Set(found.paths);
	const scripts = new Set(found.scripts);
	const styles = new Set(found.styles);
	const cache = new Map<string, string>();
	const unseen = htmlFiles(root).filter(
		(file) =>
			!urlPaths(relative(root, file).split(sep).join('/'), base).some((path) => seen.has(path)),
	);
	for (const file of unseen) {
		const page = inlineHashes(readFileSync(file, 'utf8'), cache);
		for (const hash of page.scripts) scripts.add(hash);
		for (const hash of page.styles) styles.add(hash);
	}
	return {
		hashes: { scripts: [...scripts], styles: [...styles] },
		rendered: found.paths.length,
		read: unseen.map((file) => relative(root, file)),
	};
}

/** The URL paths Astro may have rendered a built file for: `/a/` for `a/index.html`; `/404/`, `/404` or `/404.html` for `404.html`. */
function urlPaths(file: string, base: string): string[] {
	if (file === 'index.html' || file.endsWith('/index.html'))
		return [joinBase(base, file.slice(0, -'index.html'.length))];
	const route = joinBase(base, file.slice(0, -'.html'.length));
	return [`${route}/`, route, joinBase(base, file)];
}

/** Every `.html` file under `dir`. A walk with file types: no stat per entry. */
function htmlFiles(dir: string): string[] {
	const found: string[] = [];
	const walk = (at: string) => {
		for (const entry of readdirSync(at, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(at, entry.name));
			else if (entry.name.endsWith('.html')) found.push(join(at, entry.name));
		}
	};
	walk(dir);
	return found;
}
