import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { aliasPage, planAliases } from '../lib/aliases.ts';
import type { Atlas } from '../lib/atlas.ts';
import { withBase } from '../lib/normalize.ts';
import { inlineHashes } from '../lib/csp.ts';

/**
 * Writes the alias pages of {@link planAliases} after the build, as plain files rather than
 * Astro routes: there are about three per code, and as routes each would be matched and
 * rendered by Astro (and listed in the sitemap), which grows with the corpus for pages that
 * only redirect. Under `astro dev` there are no alias files; the 404 page resolves the same
 * addresses in the browser. Skipped aliases are logged so a missing one is never a mystery.
 *
 * It runs after the CSP integration, which need not read some 28,000 redirect files for
 * inline code: an alias page has none (a fixed template, every value escaped), and one that
 * had would be blocked by the policy, so such a page stops the build instead of shipping.
 */
export function aliasPages(atlas: Atlas): AstroIntegration {
	const plan = planAliases(atlas.dialects, atlas.codes);
	let base = '/';
	let site = 'http://localhost:4321';
	return {
		name: 'error-atlas-aliases',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				site = config.site ?? site;
			},
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const out = fileURLToPath(dir);
				let written = 0;
				for (const alias of plan.aliases) {
					const file = `${out}${alias.from.slice(1)}index.html`;
					const target = withBase(base, alias.to);
					mkdirSync(dirname(file), { recursive: true });
					const page = aliasPage(alias, target, new URL(target, site).href);
					const inline = inlineHashes(page);
					if (inline.scripts.length + inline.styles.length > 0) {
						throw new Error(`the alias page ${alias.from} holds an inline script or style, which the Content-Security-Policy (hashed before alias pages are written) would block`);
					}
					try {
						// `wx`: a page the build made wins, an alias never replaces content.
						writeFileSync(file, page, { flag: 'wx' });
						written++;
					} catch (error) {
						if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
						logger.warn(`no alias ${alias.from}: the build already has a page there`);
					}
				}
				logger.info(`${written} alias pages in ${Math.round(performance.now() - started)}ms`);
				for (const skip of plan.skipped) logger.info(`no alias ${skip.path}: ${skip.reason}`);
			},
		},
	};
}
