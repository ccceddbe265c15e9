import { describe, expect, it } from 'vitest';
import {
	memoizeTranslations,
	type Translate,
} from '../../../../src/site/starlight/memo-translations.ts';

/** A stand-in for Starlight's i18next `t` that counts its lookups. */
function counting(strings: Record<string, string>) {
	const calls: Array<[string, unknown]> = [];
	const t = ((key: string, options?: { count?: number }) => {
		calls.push([key, options]);
		return options?.count !== undefined
			? `${options.count} ${strings[key]}`
			: (strings[key] ?? key);
	}) as Translate;
	t.all = () => {
		calls.push(['all', undefined]);
		return { ...strings };
	};
	t.exists = (key: string) => key in strings;
	t.dir = () => 'ltr';
	return { t, calls };
}

describe('memoizeTranslations', () => {
	it('looks a plain key up once per cache, however many pages ask', () => {
		const { t, calls } = counting({ 'search.label': 'Search' });
		const cache = new Map<string, unknown>();
		const page1 = memoizeTranslations(t, cache);
		const page2 = memoizeTranslations(t, cache);
		expect(page1('search.label')).toBe('Search');
		expect(page2('search.label')).toBe('Search');
		expect(page2('search.label')).toBe('Search');
		expect(calls).toEqual([['search.label', undefined]]);
	});

	it('passes calls with options through every time', () => {
		const { t, calls } = counting({ items: 'items' });
		const memo = memoizeTranslations(t, new Map());
		expect(memo('items', { count: 2 })).toBe('2 items');
		expect(memo('items', { count: 3 })).toBe('3 items');
		expect(calls).toHaveLength(2);
	});

	it('keeps languages apart when each has its own cache', () => {
		const en = counting({ hello: 'Hello' }).t;
		const fr = counting({ hello: 'Bonjour' }).t;
		expect(memoizeTranslations(en, new Map())('hello')).toBe('Hello');
		expect(memoizeTranslations(fr, new Map())('hello')).toBe('Bonjour');
	});

	it('reads the whole bundle once and hands out copies a caller may change', () => {
		const { t, calls } = counting({ 'pagefind.clear_search': 'Clear' });
		const cache = new Map<string, unknown>();
		const first = memoizeTranslations(t, cache).all();
		first['pagefind.clear_search'] = 'changed';
		expect(memoizeTranslations(t, cache).all()).toEqual({ 'pagefind.clear_search': 'Clear' });
		expect(calls.filter(([key]) => key === 'all')).toHaveLength(1);
	});

	it('keeps exists and dir working', () => {
		const memo = memoizeTranslations(counting({ a: 'A' }).t, new Map());
		expect((memo.exists as unknown as (key: string) => boolean)('a')).toBe(true);
		expect(memo.dir()).toBe('ltr');
	});
});

/**
 * Against Starlight's own `t` (its createTranslationSystem, an internal module read from its
 * dist): if Starlight changes what `locals.t` is, this fails rather than the site's UI strings.
 */
describe("memoizeTranslations over Starlight's own t", async () => {
	const module = new URL(
		'../../../../node_modules/@astrojs/starlight/dist/utils/createTranslationSystem.js',
		import.meta.url,
	).href;
	const { createTranslationSystem } = (await import(module)) as {
		createTranslationSystem: (
			config: unknown,
			user: unknown,
		) => Promise<(lang?: string) => Translate>;
	};
	const useTranslations = await createTranslationSystem(
		{ defaultLocale: { lang: 'en', locale: undefined } },
		{},
	);

	it('gives every UI string, the dictionary and the helpers as Starlight does', () => {
		const t = useTranslations('en');
		const memo = memoizeTranslations(t, new Map());
		const all = t.all();
		expect(Object.keys(all).length).toBeGreaterThan(20);
		for (const key of Object.keys(all)) expect(memo(key), key).toBe(t(key));
		expect(memo.all()).toEqual(all);
		for (const key of Object.keys(t)) expect(key in memo, `locals.t.${key}`).toBe(true);
		expect(memo.exists('search.label' as never)).toBe(true);
		expect(memo.dir()).toBe('ltr');
		expect(typeof t).toBe('function');
	});
});
