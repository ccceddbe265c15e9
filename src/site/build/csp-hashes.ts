import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterGeneration } from './after-generation.ts';
import { addHashesToHeaders, inlineHashes, type InlineHashes } from './csp.ts';

/**
 * After the build, adds the hash of every inline script and style the pages contain to the
 * Content-Security-Policy of `dist/_headers` (copied from `public/_headers`), so the policy
 * allows exactly the inline code the site ships and nothing else. Integrations that write
 * pages after it must write none with inline code (the alias pages check theirs).
 *
 * The pages are read while Pagefind indexes them ({@link afterGeneration}); the policy is
 * written in `astro:build:done`.
 */
export function cspHashes(): AstroIntegration {
	const scan = afterGeneration(scanPages);
	return {
		name: 'error-atlas:csp-hashes',
		hooks: {
			'astro:build:generated': (options) => scan.start(options),
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const { hashes, files, ms } = await scan.result(dir);
				const headersFile = join(root, '_headers');
				if (!existsSync(headersFile)) {
					logger.warn('no _headers in the build output; the site ships without a Content-Security-Policy');
					return;
				}
				writeFileSync(headersFile, addHashesToHeaders(readFileSync(headersFile, 'utf8'), hashes));
				logger.info(
					`_headers: Content-Security-Policy allows ${hashes.scripts.length} inline scripts and ${hashes.styles.length} inline styles by hash (${files} HTML files read in ${ms}ms)`,
				);
			},
		},
	};
}

/** Pages read at once: enough to keep the file system busy, few enough to bound memory. */
const BATCH = 32;

/** The inline hashes of every HTML file under `root`, read asynchronously so other work (Pagefind) proceeds. */
async function scanPages(root: string): Promise<{ hashes: InlineHashes; files: number; ms: number }> {
	const started = performance.now();
	const scripts = new Set<string>();
	const styles = new Set<string>();
	// Starlight's inline scripts are the same on every page: hash each distinct text once.
	const cache = new Map<string, string>();
	const files = htmlFiles(root);
	for (let i = 0; i < files.length; i += BATCH) {
		const pages = await Promise.all(files.slice(i, i + BATCH).map((file) => readFile(file, 'utf8')));
		for (const page of pages) {
			const found = inlineHashes(page, cache);
			for (const hash of found.scripts) scripts.add(hash);
			for (const hash of found.styles) styles.add(hash);
		}
	}
	return { hashes: { scripts: [...scripts], styles: [...styles] }, files: files.length, ms: Math.round(performance.now() - started) };
}

/** Every `.html` file under `dir`, sorted. A walk with file types: no stat per entry. */
function htmlFiles(dir: string): string[] {
	const found: string[] = [];
	const walk = (at: string) => {
		for (const entry of readdirSync(at, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(at, entry.name));
			else if (entry.name.endsWith('.html')) found.push(join(at, entry.name));
		}
	};
	walk(dir);
	return found.sort();
}
