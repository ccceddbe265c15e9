import { z } from 'zod';
import { codesByNumber, hasNumberPage } from '../../../lib/compare/compare.ts';
import type { CodeEntry, Dialect } from '../../../lib/model/model.ts';
import { codeLabel } from '../../../lib/share/share.ts';
import { codePath, dialectPath, numberPath, sectionPath } from '../../../lib/model/urls.ts';
import { joinBase } from '../../base.ts';
import type { Redirect } from '../redirects-file.ts';

/** Why an alias exists; the browser tests follow one of each kind. */
export const aliasKindSchema = z.enum(['unsigned', 'name', 'number']);
export type AliasKind = z.infer<typeof aliasKindSchema>;

/** A path that answers with a redirect to a canonical page. Both paths are routes without the base path. */
export const aliasSchema = z.strictObject({
	from: z.string(),
	to: z.string(),
	kind: aliasKindSchema,
	/** What the target is called, so a pasted alias unfurls like the page it leads to. */
	title: z.string(),
	description: z.string(),
});
export type Alias = z.infer<typeof aliasSchema>;

/** An alias that was not published, and why; the build lists these so nobody wonders where a link went. */
export const skippedAliasSchema = z.strictObject({
	path: z.string(),
	/** The canonical pages the alias could have meant. */
	candidates: z.array(z.string()),
	reason: z.string(),
});
export type SkippedAlias = z.infer<typeof skippedAliasSchema>;

export const aliasPlanSchema = z.strictObject({
	aliases: z.array(aliasSchema),
	skipped: z.array(skippedAliasSchema),
});
export type AliasPlan = z.infer<typeof aliasPlanSchema>;

// A name becomes a path only when it is an identifier (`BAD_SYMBOL`): names with spaces or
// a cut-short `...` would need a guessed spelling, and the 404 page resolves those instead.
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The route of a code page, without the base path: `/binance-usdm/-1121/`. */
export function codeRoute(dialect: string, id: string): string {
	return `/${codePath(dialect, id)}`;
}

/** The route of a cross-dialect number page, without the base path: `/codes/-1121/`. */
export function numberRoute(code: number): string {
	return `/${numberPath(code)}`;
}

/**
 * Every alias route of the atlas: the unsigned number (`/binance-usdm/1121/`), the name in
 * lower, upper and written case (`/binance-usdm/bad_symbol/`), the unsigned cross-dialect
 * number (`/codes/1121/`), and the number address of a number only one code has
 * (`/codes/-4003/`, which has no page of its own: see hasNumberPage). An alias never shadows
 * a canonical page and never picks one of two codes that share a name: those are skipped and
 * listed, because a deep link that silently lands on the wrong code is worse than a 404 page
 * that offers both.
 */
export function planAliases(dialects: Dialect[], codes: CodeEntry[]): AliasPlan {
	const byNumber = codesByNumber(codes);
	const plan = aliasPlanner(canonicalRoutes(dialects, codes, byNumber));
	const toCode = codeAlias(dialects);
	for (const entry of codes) {
		if (entry.code !== null && entry.id.startsWith('-'))
			plan.add(toCode(codeRoute(entry.dialect, entry.id.slice(1)), entry, 'unsigned'));
	}
	addNameAliases(plan, codes, toCode);
	addNumberAliases(plan, byNumber, toCode);
	return { aliases: plan.aliases, skipped: plan.skipped };
}

type Planner = AliasPlan & { add(alias: Alias): void };
type CodeAlias = (from: string, entry: CodeEntry, kind: AliasKind) => Alias;

/** The routes of the atlas's own pages, which no alias may take. */
function canonicalRoutes(
	dialects: Dialect[],
	codes: CodeEntry[],
	byNumber: Map<number, CodeEntry[]>,
): Set<string> {
	const canonical = new Set<string>();
	for (const dialect of dialects) {
		canonical.add(`/${dialectPath(dialect.id)}`);
		for (const section of dialect.sections)
			canonical.add(`/${sectionPath(dialect.id, section.id)}`);
	}
	for (const entry of codes) canonical.add(codeRoute(entry.dialect, entry.id));
	for (const [code, entries] of byNumber)
		if (hasNumberPage({ entries })) canonical.add(numberRoute(code));
	return canonical;
}

/** Collects aliases: the first alias of a route wins, and one that would shadow a page or lead elsewhere is skipped, with why. */
function aliasPlanner(canonical: Set<string>): Planner {
	const taken = new Map<string, string>();
	const plan: Planner = {
		aliases: [],
		skipped: [],
		add(alias) {
			const earlier = taken.get(alias.from);
			if (earlier !== undefined) {
				if (earlier !== alias.to)
					plan.skipped.push({
						path: alias.from,
						candidates: [alias.to],
						reason: `${alias.from} already leads to ${earlier}`,
					});
				return;
			}
			if (canonical.has(alias.from)) {
				plan.skipped.push({
					path: alias.from,
					candidates: [alias.to],
					reason: `${alias.from} is itself a canonical page`,
				});
				return;
			}
			taken.set(alias.from, alias.to);
			plan.aliases.push(alias);
		},
	};
	return plan;
}

/** An alias to a code's page, titled and described as the page is. */
function codeAlias(dialects: Dialect[]): CodeAlias {
	const names = new Map(dialects.map((dialect) => [dialect.id, dialect.name]));
	return (from, entry, kind) => ({
		from,
		to: codeRoute(entry.dialect, entry.id),
		kind,
		title: `${codeLabel(entry)} · ${names.get(entry.dialect) ?? entry.dialect}`,
		description: entry.messages[0] ?? entry.summary?.text ?? entry.description ?? entry.title,
	});
}

/** A code's name in lower, upper and written case, unless two codes of the dialect share it or it is no identifier. */
function addNameAliases(plan: Planner, codes: CodeEntry[], toCode: CodeAlias): void {
	const byName = new Map<string, CodeEntry[]>();
	for (const entry of codes) {
		if (entry.name === null) continue;
		const key = `${entry.dialect}/${entry.name.toLowerCase()}`;
		byName.set(key, [...(byName.get(key) ?? []), entry]);
	}
	for (const [key, entries] of byName) {
		const first = entries[0];
		const name = first.name!;
		const targets = entries.map((entry) => codeRoute(entry.dialect, entry.id));
		const skip = (reason: string) =>
			void plan.skipped.push({ path: `/${key}/`, candidates: targets, reason });
		if (entries.length > 1)
			skip(
				`${entries.length} codes of ${first.dialect} are named ${name}: ${entries.map((entry) => entry.id).join(', ')}`,
			);
		else if (!IDENTIFIER.test(name))
			skip(`the name "${name}" is not an identifier (letters, digits, _)`);
		else if (first.nameTruncated) skip(`the source shows the name ${name} cut short`);
		// A name is a path segment as spelled, not a code's slug (which would fold its case).
		else
			for (const spelling of new Set([name.toLowerCase(), name.toUpperCase(), name]))
				plan.add(toCode(`/${first.dialect}/${spelling}/`, first, 'name'));
	}
}

/**
 * A number only one code has: its address leads to that code's page; the unsigned address of a
 * negative number leads where the number does. The own addresses first, so a number's own
 * address is never taken by another number's.
 */
function addNumberAliases(
	plan: Planner,
	byNumber: Map<number, CodeEntry[]>,
	toCode: CodeAlias,
): void {
	const numbers = [...byNumber].sort((a, b) => b[0] - a[0]);
	for (const [code, entries] of numbers)
		if (!hasNumberPage({ entries })) plan.add(toCode(numberRoute(code), entries[0], 'number'));
	for (const [code, entries] of numbers) {
		if (code >= 0) continue;
		if (!hasNumberPage({ entries })) {
			plan.add(toCode(numberRoute(-code), entries[0], 'number'));
			continue;
		}
		const dialectCount = new Set(entries.map((entry) => entry.dialect)).size;
		plan.add({
			from: numberRoute(-code),
			to: numberRoute(code),
			kind: 'number',
			title: `${code} across dialects`,
			description: `What ${code} means in the ${dialectCount} dialect${dialectCount === 1 ? '' : 's'} that document it.`,
		});
	}
}

/**
 * Which aliases are files (a page of their own: the unsigned number and the `/codes/<n>/`
 * addresses, what people type) and which are lines of `_redirects` (the name spellings,
 * which the 404 page also resolves in the browser where a host ignores that file).
 */
export function isRedirectAlias(alias: Pick<Alias, 'kind'>): boolean {
	return alias.kind === 'name';
}

/**
 * The `_redirects` lines of the name aliases. The path on the left is the route below the base
 * path, like the patterns of `_headers`: the host (or a proxy that strips the prefix) serves
 * `dist/` at its root. The target carries the base path, because the browser follows it.
 */
export function aliasRedirects(aliases: Alias[], base: string): Redirect[] {
	return aliases
		.filter(isRedirectAlias)
		.map((alias) => ({ from: alias.from, to: joinBase(base, alias.to), status: 301 }));
}

/** How many static redirects Cloudflare Pages applies (developers.cloudflare.com/pages/configuration/redirects/, checked 2026). */
export const CLOUDFLARE_STATIC_REDIRECTS = 2_000;

/** The comment at the top of `dist/_redirects`. */
export const REDIRECTS_COMMENT = [
	"Name aliases of Error Atlas: a code's name in lower, upper and written case leads to its page",
	'(/binance-usdm/bad_symbol/ -> /binance-usdm/-1121/). Written by the build: src/site/build/aliases/aliases.ts.',
	'Hosts that read this file (Netlify, Cloudflare Pages) answer them with a 301. Where a host ignores',
	'it, the 404 page resolves the same addresses in the browser (src/lib/lookup/missing.ts).',
	`Cloudflare Pages applies only the first ${CLOUDFLARE_STATIC_REDIRECTS.toLocaleString('en-US')} static redirects (and 100 dynamic ones): the addresses of later`,
	'lines are then answered by the 404 page, as on a host without _redirects.',
	'Paths on the left are below the base path, like the patterns of _headers; targets carry it.',
	'The unsigned numbers (/binance-usdm/1121/) and /codes/<n>/ are alias pages, not lines here.',
].join('\n');

/**
 * The static page an alias is served as: a meta refresh (works without JavaScript and under
 * a CSP without inline scripts), a canonical link so search engines credit the target, and
 * the target's Open Graph tags, because chat apps unfurl the pasted address without
 * following the refresh. `target` carries the base path; `canonical` is absolute.
 */
export function aliasPage(
	alias: Pick<Alias, 'title' | 'description'>,
	target: string,
	canonical: string,
): string {
	const title = escapeHtml(alias.title);
	const description = escapeHtml(alias.description);
	const url = escapeHtml(target);
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<meta http-equiv="refresh" content="0;url=${url}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${escapeHtml(canonical)}">
<meta property="og:site_name" content="Error Atlas">
<meta name="twitter:card" content="summary">
</head>
<body>
<p>This address leads to <a href="${url}">${title}</a>.</p>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
