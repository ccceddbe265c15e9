/**
 * Every page path of the site, in one place. The model's URLs are routes from the site root
 * ({@link route}); the site puts its base path in front where a URL leaves for the browser
 * (src/site/base.ts). These are the links people paste into tickets: change none without an
 * alias for the old one.
 */

/** Where the site is published: `SITE_URL`, else the project's own host. Canonical links and the CLI's URLs use it. */
export function siteUrl(): string {
	return process.env.SITE_URL ?? 'https://error-atlas.pages.dev';
}

/** `/binance-usdm/-1121/`: a page path as a route from the site root, what the model's `url` fields hold. */
export function route(path: string): string {
	return `/${path.replace(/^\/+/, '')}`;
}

/** `binance-usdm/`: a dialect's overview. */
export function dialectPath(dialect: string): string {
	return `${dialect}/`;
}

/** `binance-usdm/10xx-general-issues/`: one section's index. */
export function sectionPath(dialect: string, section: string): string {
	return `${dialect}/${section}/`;
}

/** A numeric id as sources write it: `-1121`, `50013`, `30012_4`. */
const NUMERIC_ID = /^-?\d{1,9}(_\d{1,4})?$/;

/** True for ids that are numbers (`-1121`, `30012_4`); false for string codes (`EOrder:Insufficient funds`). */
export function isNumericId(id: string): boolean {
	return NUMERIC_ID.test(id);
}

/**
 * A code's URL segment. A numeric id is its own segment (`-1121`), so no numeric URL ever
 * moves; a string id is lower-cased with every run of characters outside `[a-z0-9_-]` as one
 * `-` (`EOrder:Insufficient funds` -> `eorder-insufficient-funds`). Empty when the id has no
 * such character at all (`check` reports it).
 */
export function codeSlug(id: string): string {
	if (isNumericId(id)) return id;
	return id
		.toLowerCase()
		.replace(/[^a-z0-9_-]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** `binance-usdm/-1121/`, `okx/30012_4/`, `kraken/eorder-insufficient-funds/`: one code, by its id's {@link codeSlug}. */
export function codePath(dialect: string, id: string): string {
	return `${dialect}/${codeSlug(id)}/`;
}

/** `binance-usdm/ccxt/`: how a dialect's codes and ccxt's maps for its exchange cover each other. */
export function ccxtCoveragePath(dialect: string): string {
	return `${dialect}/ccxt/`;
}

/** `codes/-1121/`: every dialect's meaning of one signed number. */
export function numberPath(code: number): string {
	return `codes/${code}/`;
}

/** `concepts/invalid-symbol/`, or `concepts/` for the list. */
export function conceptPath(id?: string): string {
	return id ? `concepts/${id}/` : 'concepts/';
}

/** `changes/`, what the registry recorded day by day, or `changes/<dialect>/` for one dialect. */
export function changesPath(dialect?: string): string {
	return dialect ? `changes/${dialect}/` : 'changes/';
}

/** The Atom feed of {@link changesPath}: `changes.xml`, `changes/<dialect>.xml`. */
export function changesFeedPath(dialect?: string): string {
	return dialect ? `changes/${dialect}.xml` : 'changes.xml';
}

/** `compare/ccxt/`, every venue's codes by the exception ccxt raises; `#class-<name>` for one class. */
export function compareCcxtPath(name?: string): string {
	return name ? `compare/ccxt/#${ccxtClassSlug(name)}` : 'compare/ccxt/';
}

/** The anchor of a ccxt class on the pages that list codes by class: `class-insufficientfunds`. */
export function ccxtClassSlug(name: string): string {
	return `class-${name.toLowerCase()}`;
}

/** `compare/`, or `compare/<block>/` for one block of a large matrix. */
export function comparePath(block?: string): string {
	return block ? `compare/${block}/` : 'compare/';
}

/** Long enough for any real error; a longer paste still decodes but is not put in a link. */
export const LINKABLE_PASTE = 2000;

/** `decode/`, or `decode/?q=<paste>`: the decoder, prefilled with a paste when one is given. */
export function decodePath(paste?: string): string {
	return paste ? `decode/?q=${encodeURIComponent(paste)}` : 'decode/';
}

/** `api/v1/<file>`: the JSON API. */
export function apiPath(file: string): string {
	return `api/v1/${file}`;
}

/** `api/v1/binance-usdm/-1121.json`: one code entry's JSON. */
export function codeJsonPath(dialect: string, id: string): string {
	return apiPath(`${dialect}/${codeSlug(id)}.json`);
}

/** `api/v1/binance-usdm/ccxt.json`: a dialect's codes as a map in ccxt's own shape. */
export function ccxtJsonPath(dialect: string): string {
	return apiPath(`${dialect}/ccxt.json`);
}

/** `sources/`: every source with where and when its text was copied. */
export function sourcesPath(): string {
	return 'sources/';
}

/** The upstream file a source was copied from, at the commit it was copied at: `https://github.com/<repo>/blob/<commit>/<path>`. */
export function repositoryFileUrl(
	repository: string,
	path: string,
	commit: string | null,
	lines: string | null = null,
): string {
	const file = path.split('/').map(encodeURIComponent).join('/');
	const range = lines ? `#L${lines.replace('-', '-L')}` : '';
	return `https://github.com/${repository}/blob/${commit ?? 'HEAD'}/${file}${range}`;
}
