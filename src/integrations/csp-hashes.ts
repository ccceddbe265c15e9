import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addHashesToHeaders, inlineHashes } from '../lib/csp.ts';

/**
 * After the build, adds the hash of every inline script and style the pages contain to the
 * Content-Security-Policy of `dist/_headers` (copied from `public/_headers`), so the policy
 * allows exactly the inline code the site ships and nothing else.
 */
export function cspHashes(): AstroIntegration {
	return {
		name: 'error-atlas:csp-hashes',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const headersFile = join(root, '_headers');
				if (!existsSync(headersFile)) {
					logger.warn('no _headers in the build output; the site ships without a Content-Security-Policy');
					return;
				}
				const scripts = new Set<string>();
				const styles = new Set<string>();
				for (const file of htmlFiles(root)) {
					const hashes = inlineHashes(readFileSync(file, 'utf8'));
					for (const hash of hashes.scripts) scripts.add(hash);
					for (const hash of hashes.styles) styles.add(hash);
				}
				writeFileSync(headersFile, addHashesToHeaders(readFileSync(headersFile, 'utf8'), { scripts: [...scripts], styles: [...styles] }));
				logger.info(`_headers: Content-Security-Policy allows ${scripts.size} inline scripts and ${styles.size} inline styles by hash`);
			},
		},
	};
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.sort()
		.map((name) => join(dir, name));
}
