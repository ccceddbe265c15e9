/**
 * A link checker over a built site: every internal link, asset, redirect target, sitemap
 * entry and API `url` must resolve to a file the static host would serve, and every
 * `#fragment` into a page must name an element of that page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
	anchors,
	cssReferences,
	htmlReferences,
	listFiles,
	read,
	scriptReferences,
	urlOf,
	type Reference,
} from './dist.ts';

export interface LinkOptions {
	/** The site's base path (`/`, `/errors/`). */
	base: string;
	/** The site's origin (`https://error-atlas.pages.dev`): absolute URLs on it are internal. */
	origin: string | null;
}

/** The origin the build wrote into its canonical links, else `null`. */
export function siteOrigin(dir: string): string | null {
	const home = existsSync(join(dir, 'index.html')) ? read(dir, 'index.html') : '';
	const canonical =
		/<link[^>]+rel="canonical"[^>]+href="([^"]+)"/.exec(home)?.[1] ??
		/<loc>([^<]+)<\/loc>/.exec(
			existsSync(join(dir, 'sitemap-0.xml')) ? read(dir, 'sitemap-0.xml') : '',
		)?.[1];
	return canonical ? new URL(canonical).origin : null;
}

/** Every broken reference of the build in `dir`, as `file:line: via url: why`. */
export function checkLinks(dir: string, options: LinkOptions): string[] {
	const files = listFiles(dir);
	const fileSet = new Set(files);
	const base = `/${options.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const anchorCache = new Map<string, Set<string>>();
	const problems: string[] = [];

	const resolveFile = (path: string): string | null => {
		const relative = path.slice(1);
		if (relative === '' || relative.endsWith('/'))
			return fileSet.has(`${relative}index.html`) ? `${relative}index.html` : null;
		if (fileSet.has(relative)) return relative;
		// A host answers `/about` with a redirect to `/about/`.
		return fileSet.has(`${relative}/index.html`) ? `${relative}/index.html` : null;
	};

	const check = (file: string, fromUrl: string, ref: Reference) => {
		const where = `${file}:${ref.line}: ${ref.via} ${JSON.stringify(ref.url)}`;
		if (ref.url === '') return problems.push(`${where}: empty URL`);
		if (/^javascript:/i.test(ref.url))
			return problems.push(`${where}: javascript: URLs are not allowed (and the CSP blocks them)`);
		if (/^(data|mailto|tel|blob):/i.test(ref.url)) return;
		if (ref.url.startsWith('#') && ref.url.length === 1) return;
		if (file === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(ref.url)) {
			return problems.push(
				`${where}: the 404 page is served at any path, so its links must not be relative`,
			);
		}
		let url: URL;
		try {
			url = new URL(ref.url, `https://site.invalid${fromUrl}`);
		} catch {
			return problems.push(`${where}: not a valid URL`);
		}
		const internal =
			url.origin === 'https://site.invalid' ||
			(options.origin !== null && url.origin === options.origin);
		if (!internal) return;
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			return problems.push(`${where}: the path is not valid percent-encoding`);
		}
		if (!path.startsWith(base)) return problems.push(`${where}: outside the base path ${base}`);
		const target = resolveFile(`/${path.slice(base.length)}`);
		if (!target) return problems.push(`${where}: no file ${path} in the build`);
		const fragment = url.hash.slice(1);
		if (fragment && target.endsWith('.html')) {
			let ids = anchorCache.get(target);
			if (!ids) anchorCache.set(target, (ids = anchors(read(dir, target))));
			if (!ids.has(decodeURIComponent(fragment)))
				problems.push(
					`${where}: ${target} has no element with id "${decodeURIComponent(fragment)}"`,
				);
		}
	};

	for (const file of files) {
		const fromUrl = `${base}${urlOf(file).slice(1)}`;
		if (file.endsWith('.html')) {
			for (const ref of htmlReferences(read(dir, file))) {
				// The 404 page answers at every missing path and has no address of its own; the
				// canonical and og:url Starlight gives it (`/404/`) only name itself.
				if (
					file === '404.html' &&
					/^(link\[href\]|meta\[og:url\])$/.test(ref.via) &&
					/\/404\/?$/.test(ref.url)
				)
					continue;
				check(file, fromUrl, ref);
			}
		} else if (file.endsWith('.css')) {
			for (const ref of cssReferences(read(dir, file))) check(file, fromUrl, ref);
		} else if (file.startsWith('_astro/') && file.endsWith('.js')) {
			for (const ref of scriptReferences(read(dir, file))) check(file, fromUrl, ref);
		} else if (/^sitemap.*\.xml$/.test(file)) {
			for (const match of read(dir, file).matchAll(/<loc>([^<]+)<\/loc>/g))
				check(file, fromUrl, { url: match[1], via: 'sitemap <loc>', line: 1 });
		} else if (file === '_redirects') {
			read(dir, file)
				.split('\n')
				.forEach((line, i) => {
					const [from, to] = line.trim().split(/\s+/);
					if (!from || from.startsWith('#') || !to) return;
					check(file, base, { url: to, via: `redirect from ${from}`, line: i + 1 });
				});
		} else if (file.endsWith('.json') && file.startsWith('api/')) {
			for (const url of jsonUrls(JSON.parse(read(dir, file))))
				check(file, fromUrl, { url, via: 'JSON "url"', line: 1 });
		}
	}
	return problems;
}

/** Every string under a `url` key that is a site path (starts with `/`). */
function jsonUrls(value: unknown, out: string[] = []): string[] {
	if (Array.isArray(value)) for (const item of value) jsonUrls(item, out);
	else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			if (key === 'url' && typeof item === 'string' && item.startsWith('/')) out.push(item);
			else jsonUrls(item, out);
		}
	}
	return out;
}
