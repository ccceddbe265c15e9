/**
 * The site's base path (`/`, `/errors/`), put on where URLs leave for the browser. src/lib
 * writes routes from the site root (`/binance-usdm/-1121/`) and never sees it. Pages,
 * components, endpoints and browser scripts use {@link pathWithBase}; the plugin and the build
 * steps (src/site/build/*), which run in Node where `import.meta.env` may not be set, pass the
 * base from the Astro config to {@link joinBase}. Modelled on Starlight's `utils/base.ts`.
 */

/** Joins a base path (`/`, `/errors`, `/errors/`) and a route: the one place the site does. */
export function joinBase(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** A route with the configured base path in front. Reads `BASE_URL` on each call, so a test can stub it. */
export function pathWithBase(path: string): string {
	return joinBase(import.meta.env.BASE_URL, path);
}

/**
 * The route from the site root of an address under the base path (`/errors/a/` -> `/a/`),
 * as the browser has it (possibly percent-encoded); null when the address is outside the site.
 */
export function pathWithoutBase(pathname: string): string | null {
	const prefix = pathWithBase('/');
	if (`${pathname}/` === prefix) return '/';
	return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : null;
}
