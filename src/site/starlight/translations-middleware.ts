import { defineMiddleware } from 'astro:middleware';
import { memoizeTranslations } from './memo-translations.ts';

/** One cache per language for the whole build (or dev server). */
const caches = new Map<string, Map<string, unknown>>();

/**
 * Runs after Starlight's own middleware has set `locals.t` for the page, and answers its
 * repeated UI-string lookups from a cache (see memo-translations.ts); added by the plugin (src/site/plugin.ts).
 */
export const onRequest = defineMiddleware((context, next) => {
	const locals = context.locals as { t?: Parameters<typeof memoizeTranslations>[0] };
	if (locals.t) {
		const lang = context.currentLocale ?? '';
		let cache = caches.get(lang);
		if (!cache) caches.set(lang, (cache = new Map<string, unknown>()));
		locals.t = memoizeTranslations(locals.t, cache);
	}
	return next();
});
