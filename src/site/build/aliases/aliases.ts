import { AstroError } from 'astro/errors';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
	aliasPage,
	aliasRedirects,
	type AliasPlan,
	CLOUDFLARE_STATIC_REDIRECTS,
	isRedirectAlias,
	REDIRECTS_COMMENT,
} from './alias-pages.ts';
import { redirectsFileText } from '../redirects-file.ts';
import { joinBase } from '../../base.ts';
import { inlineHashes } from '../csp/policy.ts';
import type { ModelFiles } from '../model-files/model-files.ts';
import { moveIntoPlace, stagedOutput } from '../staged-files.ts';

/**
 * Publishes the aliases that `planAliases` (alias-pages.ts) plans. The name spellings
 * (`/binance-usdm/bad_symbol/`, about two per named code) are lines of `dist/_redirects`,
 * real 301s on hosts that read it (Netlify, Cloudflare Pages); elsewhere, and under
 * `astro dev`, the 404 page resolves them in the browser as it does any other casing. The unsigned numbers and `/codes/<n>/` addresses,
 * what people type, stay plain files rather than Astro routes: as routes each would be
 * matched and rendered by Astro (and listed in the sitemap), which grows with the corpus for
 * pages that only redirect. Skipped aliases are logged so a missing one is never a mystery.
 *
 * The plan comes from the collections (model-files/model-files.ts). The files are written by
 * a worker thread into a staging folder (in Astro's cache folder) while Pagefind indexes the
 * pages, and moved into the output at the end of the build: after Pagefind
 * has indexed the pages, so it never opens them, and after the CSP scan, which need not read
 * them (an alias page has no inline code: a fixed template, every value escaped, and one that
 * had would stop the build here). Moving a folder is one rename; writing the 28,000 files of
 * a 10,000-code build after the index took two seconds.
 */
export function aliasPages(files: () => ModelFiles): AstroIntegration {
	let plan: AliasPlan = { aliases: [], skipped: [] };
	let base = '/';
	return stagedOutput({
		name: 'error-atlas-aliases',
		label: 'alias pages',
		folder: 'alias-pages',
		files(config) {
			plan = files().aliases;
			base = config.base;
			return aliasPageFiles(plan, base, config.site ?? 'http://localhost:4321');
		},
		place(staging, out, logger) {
			moveAliasPages(plan, staging, out, logger);
			writeRedirects(plan, base, out, logger);
			for (const skip of plan.skipped) logger.info(`no alias ${skip.path}: ${skip.reason}`);
		},
	});
}

/** The alias pages to write, paths from the output folder; the name aliases are `_redirects` lines instead. */
function aliasPageFiles(plan: AliasPlan, base: string, site: string): Array<[string, string]> {
	return plan.aliases
		.filter((alias) => !isRedirectAlias(alias))
		.map((alias): [string, string] => {
			const target = joinBase(base, alias.to);
			const page = aliasPage(alias, target, new URL(target, site).href);
			const inline = inlineHashes(page);
			if (inline.scripts.length + inline.styles.length > 0) {
				throw new AstroError(
					`the alias page ${alias.from} holds an inline script or style, which the Content-Security-Policy (hashed before alias pages are written) would block`,
					'alias pages must be plain HTML: see aliasPage() in src/site/build/aliases/alias-pages.ts',
				);
			}
			return [`${alias.from.slice(1)}index.html`, page];
		});
}

/** Moves the staged alias pages into the output, where no page of the build is already. */
function moveAliasPages(
	plan: AliasPlan,
	staging: string,
	out: string,
	logger: AstroIntegrationLogger,
): void {
	const started = performance.now();
	let moved = 0;
	for (const alias of plan.aliases) {
		if (isRedirectAlias(alias)) continue;
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
	logger.info(
		`${moved} alias pages moved into place in ${Math.round(performance.now() - started)}ms`,
	);
}

/** Writes the name aliases as the first lines of `_redirects`, before any the site's public/ folder gave. */
function writeRedirects(
	plan: AliasPlan,
	base: string,
	out: string,
	logger: AstroIntegrationLogger,
): void {
	// Cloudflare Pages follows a redirect even where a file exists: a line never shadows a page.
	const redirects = aliasRedirects(plan.aliases, base).filter((redirect) => {
		const built = existsSync(join(out, redirect.from, 'index.html'));
		if (built) logger.warn(`no alias ${redirect.from}: the build already has a page there`);
		return !built;
	});
	const file = join(out, '_redirects');
	// Cloudflare wants static lines before dynamic ones: a _redirects from public/ follows ours.
	const own = existsSync(file) ? readFileSync(file, 'utf8') : '';
	writeFileSync(file, redirectsFileText(REDIRECTS_COMMENT, redirects) + (own ? `\n${own}` : ''));
	const past = Math.max(0, redirects.length - CLOUDFLARE_STATIC_REDIRECTS);
	logger.info(
		`_redirects: ${redirects.length} name aliases written${past ? ` (Cloudflare Pages applies the first ${CLOUDFLARE_STATIC_REDIRECTS}; its 404 page answers the other ${past})` : ''}`,
	);
}
