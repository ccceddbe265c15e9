import { AstroError } from 'astro/errors';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { aliasPage, planAliases } from './alias-pages.ts';
import type { Atlas } from '../../lib/atlas.ts';
import { withBase } from '../../lib/model/urls.ts';
import { inlineHashes } from './csp.ts';
import { moveIntoPlace, stageFiles } from './staged-files.ts';

/**
 * Writes the alias pages of {@link planAliases}: plain files rather than Astro routes. There
 * are about three per code, and as routes each would be matched and rendered by Astro (and
 * listed in the sitemap), which grows with the corpus for pages that only redirect. Under
 * `astro dev` there are no alias files; the 404 page resolves the same addresses in the
 * browser. Skipped aliases are logged so a missing one is never a mystery.
 *
 * The files are written by a worker thread into a staging folder (in Astro's cache folder)
 * while the pages render, and moved into the output at the end of the build: after Pagefind
 * has indexed the pages, so it never opens them, and after the CSP scan, which need not read
 * them (an alias page has no inline code: a fixed template, every value escaped, and one that
 * had would stop the build here). Moving a folder is one rename; writing the 28,000 files of
 * a 10,000-code build after the index took two seconds.
 */
export function aliasPages(atlas: Atlas): AstroIntegration {
	const plan = planAliases(atlas.dialects, atlas.codes);
	let base = '/';
	let site = 'http://localhost:4321';
	let staging = '';
	let staged: Promise<number> | null = null;
	return {
		name: 'error-atlas-aliases',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				site = config.site ?? site;
				staging = join(fileURLToPath(config.cacheDir), 'alias-pages');
			},
			// After Astro has emptied the output folder, before the pages render.
			'astro:build:setup': () => {
				if (staged) return;
				const files = plan.aliases.map((alias): [string, string] => {
					const target = withBase(base, alias.to);
					const page = aliasPage(alias, target, new URL(target, site).href);
					const inline = inlineHashes(page);
					if (inline.scripts.length + inline.styles.length > 0) {
						throw new AstroError(`the alias page ${alias.from} holds an inline script or style, which the Content-Security-Policy (hashed before alias pages are written) would block`, 'alias pages must be plain HTML: see aliasPage() in src/site/build/alias-pages.ts');
					}
					return [`${alias.from.slice(1)}index.html`, page];
				});
				rmSync(staging, { recursive: true, force: true });
				staged = stageFiles(staging, files);
				staged.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const out = fileURLToPath(dir);
				if (!staged) throw new AstroError('the alias pages were never staged: astro:build:setup did not run', 'check that the aliasPages() integration is in astro.config.mjs and that the installed Astro still calls astro:build:setup');
				await staged;
				let moved = 0;
				for (const alias of plan.aliases) {
					const from = join(staging, alias.from);
					const to = join(out, alias.from);
					try {
						moveIntoPlace(from, to);
						moved++;
					} catch (error) {
						const code = (error as NodeJS.ErrnoException).code;
						if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
						// A page the build made wins: an alias never replaces content.
						logger.warn(`no alias ${alias.from}: the build already has a page there`);
					}
				}
				rmSync(staging, { recursive: true, force: true });
				logger.info(`${moved} alias pages moved into place in ${Math.round(performance.now() - started)}ms`);
				for (const skip of plan.skipped) logger.info(`no alias ${skip.path}: ${skip.reason}`);
			},
		},
	};
}
