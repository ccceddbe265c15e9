/** The shape of Starlight's `Astro.locals.t`: an i18next `t` with three helpers. */
export interface Translate {
	(key: string, options?: unknown): unknown;
	all: () => Record<string, unknown>;
	exists: (...args: never[]) => boolean;
	dir: (lang?: string) => 'ltr' | 'rtl';
}

/**
 * Starlight's `t` for one language, remembering the strings it returns. Starlight makes a
 * new i18next `t` for every page, and its components ask for the same two dozen UI strings on
 * each one: at 14,000 pages those lookups (and the copy of the whole resource bundle that the
 * search component takes with `t.all()`) cost over a second of the build. A plain key with no
 * options always gives the same string for a language, so those calls are answered from
 * `cache`, which the caller keeps per language. Calls with options (interpolation, counts)
 * and the other helpers go to i18next as before.
 */
export function memoizeTranslations<T extends Translate>(t: T, cache: Map<string, unknown>): T {
	const memo = ((key: string, options?: unknown) => {
		if (options !== undefined || typeof key !== 'string') return t(key, options);
		if (!cache.has(key)) cache.set(key, t(key));
		return cache.get(key);
	}) as T;
	memo.all = () => {
		// A copy each time: a caller may change what it is given.
		if (!cache.has(ALL)) cache.set(ALL, t.all());
		return { ...(cache.get(ALL) as Record<string, unknown>) };
	};
	// Whatever else Starlight or i18next hang on `t` (`exists`, `dir`, `lng`, `ns`) is passed on as it is.
	for (const key of Object.keys(t))
		if (key !== 'all')
			(memo as unknown as Record<string, unknown>)[key] = (t as unknown as Record<string, unknown>)[
				key
			];
	return memo;
}

/** The cache key of `t.all()`; no translation key contains a NUL. */
const ALL = '\0all';
