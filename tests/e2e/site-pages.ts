/**
 * The page types of a built site, found by crawling `dist/` rather than listed by hand, so
 * the browser gates cover pages other issues add (`/codes/<n>/`, `/concepts/<id>/`,
 * `/compare/`, `/decode/`, ...) as soon as they exist.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SitePage {
	/** What kind of page: `home`, `dialect`, `section`, `code`, `404`, `/compare/`, `/codes/*`... */
	type: string;
	/** Path relative to the base URL, as `page.goto` takes it: `binance-usdm/-1121/`. */
	path: string;
}

/** `BASE_PATH`-free routes of every page in `dist`, redirect pages left out (they only forward). */
export function builtRoutes(dist = 'dist'): Array<{ route: string; size: number }> {
	const routes: Array<{ route: string; size: number }> = [];
	for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort()) {
		if (!name.endsWith('index.html')) continue;
		const file = join(dist, name);
		const html = readFileSync(file, 'utf8');
		if (/<meta\s+http-equiv=["']?refresh/i.test(html)) continue;
		routes.push({
			route:
				name
					.replace(/index\.html$/, '')
					.split('\\')
					.join('/') || './',
			size: statSync(file).size,
		});
	}
	return routes;
}

/**
 * The type of a route (`binance-usdm/-1121/` is a `code`, so is a string code's
 * `htx-spot/order-accountbalance-error/`), given the dialect ids and the code routes.
 */
export function pageType(
	route: string,
	dialects: Set<string>,
	codeRoutes: Set<string> = new Set(),
): string {
	const parts = route.split('/').filter((part) => part && part !== '.');
	if (parts.length === 0) return 'home';
	if (dialects.has(parts[0])) {
		if (parts.length === 1) return 'dialect';
		if (parts.length === 2 && parts[1] === 'ccxt') return 'ccxt coverage';
		if (parts.length === 2)
			return /^-?\d+(_\d+)?$/.test(parts[1])
				? 'code'
				: codeRoutes.has(route)
					? 'string code'
					: 'section';
		return `/${parts[0]}/*/*`;
	}
	if (parts.length === 1) return `/${parts[0]}/`;
	return `/${parts[0]}/${'*/'.repeat(parts.length - 1)}`;
}

/**
 * One page of every type: the largest (the most content to check), and for types with many
 * pages the smallest too (empty lists and missing fields). The 404 page is reached through a
 * path that does not exist, the way people meet it.
 */
export function samplePages(dist = 'dist'): SitePage[] {
	if (!existsSync(join(dist, 'index.html')))
		throw new Error(`${dist}/ holds no built site: run \`npm run build\` before the browser tests`);
	const dialectsFile = join(dist, 'api/v1/dialects.json');
	const dialects = new Set<string>(
		existsSync(dialectsFile)
			? (JSON.parse(readFileSync(dialectsFile, 'utf8')) as Array<{ id: string }>).map(
					(dialect) => dialect.id,
				)
			: [],
	);
	const codesFile = join(dist, 'api/v1/codes.json');
	const codes = existsSync(codesFile)
		? (JSON.parse(readFileSync(codesFile, 'utf8')) as Array<{ url: string }>)
		: [];
	const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
	const codeRoutes = new Set(codes.map((entry) => entry.url.slice(base.length)));
	const byType = new Map<string, Array<{ route: string; size: number }>>();
	for (const route of builtRoutes(dist)) {
		const type = pageType(route.route, dialects, codeRoutes);
		byType.set(type, [...(byType.get(type) ?? []), route]);
	}
	const pages: SitePage[] = [];
	for (const [type, routes] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
		const bySize = [...routes].sort((a, b) => b.size - a.size || a.route.localeCompare(b.route));
		pages.push({ type, path: bySize[0].route });
		if (routes.length > 10) pages.push({ type: `${type} (smallest)`, path: bySize.at(-1)!.route });
	}
	if (existsSync(join(dist, '404.html')))
		pages.push({ type: '404', path: 'this-page-does-not-exist/' });
	return pages;
}
