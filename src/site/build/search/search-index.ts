import { appendFileSync, closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { isGzip, searchBundleRules, type BundleFile } from './search-headers.ts';

/**
 * Serves Starlight's search bundle well. Starlight indexes the built pages with Pagefind in
 * its own `astro:build:done` (its documented `pagefind` option sets the ranking); this
 * integration comes after it in astro.config.mjs, so its `astro:build:done` runs once the
 * bundle exists, and adds the bundle's rules to `_headers`
 * (src/site/build/search/search-headers.ts): Pagefind's gzip files are served gzip-encoded and its
 * content-hashed files are cached for a year.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'error-atlas:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const bundle = join(out, 'pagefind');
				if (!existsSync(join(bundle, 'pagefind.js'))) {
					throw new AstroError(
						`no Pagefind bundle in ${bundle} when the search step ran`,
						"Starlight writes it in its astro:build:done: keep Starlight's `pagefind` option on and list searchIndex() after starlight() in astro.config.mjs",
					);
				}
				const headersFile = join(out, '_headers');
				if (!existsSync(headersFile)) {
					logger.warn(
						'no _headers in the build output; the search bundle is served without Content-Encoding and cache rules',
					);
					return;
				}
				const files = bundleFiles(bundle);
				appendFileSync(
					headersFile,
					`\n# Pagefind's bundle (src/site/build/search/search-headers.ts)\n${searchBundleRules(files)}\n`,
				);
				logger.info(
					`_headers: ${files.filter((file) => file.gzip).length} gzip files of the search bundle served with Content-Encoding: gzip`,
				);
			},
		},
	};
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
				return {
					path: posix.join(...file.slice(bundle.length + 1).split(/[\\/]/)),
					gzip: isGzip(head.subarray(0, read)),
				};
			} finally {
				closeSync(fd);
			}
		});
}
