import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addHashesToHeaders, inlineHashes } from '../lib/csp.ts';

/**
 * After the build, adds the hash of every inline script and style the pages contain to the
 * Content-Security-Policy of `dist/_headers` (copied from `public/_headers`), so the policy
 * allows exactly the inline code the site ships and nothing else. It reads every HTML file in
 * the output when it runs; integrations that write pages after it must write none with inline
 * code (the alias pages check theirs).
 */
export function cspHashes(): AstroIntegration {
	return {
		name: 'error-atlas:csp-hashes',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const headersFile = join(root, '_headers');
				if (!existsSync(headersFile)) {
					logger.warn('no _headers in the build output; the site ships without a Content-Security-Policy');
					return;
				}
				const scripts = new Set<string>();
				const styles = new Set<string>();
				// Starlight's inline scripts are the same on every page: hash each distinct text once.
				const cache = new Map<string, string>();
				const files = htmlFiles(root);
				for (const file of files) {
					const hashes = inlineHashes(readFileSync(file, 'utf8'), cache);
					for (const hash of hashes.scripts) scripts.add(hash);
					for (const hash of hashes.styles) styles.add(hash);
				}
				writeFileSync(headersFile, addHashesToHeaders(readFileSync(headersFile, 'utf8'), { scripts: [...scripts], styles: [...styles] }));
				logger.info(
					`_headers: Content-Security-Policy allows ${scripts.size} inline scripts and ${styles.size} inline styles by hash (${files.length} HTML files read in ${Math.round(performance.now() - started)}ms)`,
				);
			},
		},
	};
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
