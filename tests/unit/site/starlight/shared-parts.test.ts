import { describe, expect, it } from 'vitest';
import { partKeys, SharedParts } from '../../../../src/site/starlight/shared-parts-cache.ts';

const route = {
	lang: 'en',
	dir: 'ltr',
	siteTitle: 'Error Atlas',
	siteTitleHref: '/',
	sidebar: [{ type: 'link', label: 'A', href: '/a/', isCurrent: false }],
	toc: {
		minHeadingLevel: 2,
		maxHeadingLevel: 3,
		items: [{ depth: 2, slug: 'messages', text: 'Messages', children: [] }],
	},
};

describe('SharedParts', () => {
	it('lets a page reuse parts only when every part it shows is stored', () => {
		const parts = new SharedParts();
		const keys = partKeys(route);
		const first = {};
		expect(parts.reuses(first, [keys.header, keys.sidebar])).toBe(false);
		parts.keep(keys.header, '<header>');
		// The header alone is not enough: the sidebar would be rendered next to a stored header.
		expect(parts.reuses({}, [keys.header, keys.sidebar])).toBe(false);
		parts.keep(keys.sidebar, '<nav>');
		expect(parts.reuses({}, [keys.header, keys.sidebar])).toBe(true);
	});

	it('decides once per page, at its first part, whatever is stored meanwhile', () => {
		const parts = new SharedParts();
		const keys = partKeys(route);
		const page = {};
		expect(parts.reuses(page, [keys.header, keys.sidebar])).toBe(false);
		parts.keep(keys.header, '<header>');
		parts.keep(keys.sidebar, '<nav>');
		expect(parts.reuses(page, [keys.header, keys.sidebar])).toBe(false);
	});

	it("works out a page's keys once", () => {
		const parts = new SharedParts();
		const page = {};
		expect(parts.keys(page, route)).toBe(parts.keys(page, { ...route, lang: 'fr' }));
		expect(parts.keys({}, { ...route, lang: 'fr' }).header).not.toBe(
			parts.keys(page, route).header,
		);
	});

	it('keeps the first HTML stored under a key', () => {
		const parts = new SharedParts();
		parts.keep('k', 'first');
		parts.keep('k', 'second');
		expect(parts.get('k')).toBe('first');
		expect(parts.size).toBe(1);
	});
});

describe('partKeys', () => {
	it('gives pages with the same header inputs one header, whatever their sidebars', () => {
		const other = { ...route, sidebar: [] };
		expect(partKeys(other).header).toBe(partKeys(route).header);
		expect(partKeys(other).sidebar).not.toBe(partKeys(route).sidebar);
	});

	it('tells sidebars apart by the current page mark and by labels', () => {
		const current = { ...route, sidebar: [{ ...route.sidebar[0], isCurrent: true }] };
		const relabelled = { ...route, sidebar: [{ ...route.sidebar[0], label: 'B' }] };
		const keys = new Set([route, current, relabelled].map((r) => partKeys(r).sidebar));
		expect(keys.size).toBe(3);
	});

	it('gives a frozen sidebar the key of its content, and sees a change to a sidebar that is not frozen', () => {
		const frozen = Object.freeze([Object.freeze({ ...route.sidebar[0] })]);
		expect(partKeys({ ...route, sidebar: frozen }).sidebar).toBe(partKeys(route).sidebar);
		expect(partKeys({ ...route, sidebar: frozen }).sidebar).toBe(partKeys(route).sidebar);
		// Starlight marks the current page in the sidebar it shares between pages: no stale key.
		const shared = [{ ...route.sidebar[0] }];
		const before = partKeys({ ...route, sidebar: shared }).sidebar;
		shared[0].isCurrent = true;
		expect(partKeys({ ...route, sidebar: shared }).sidebar).not.toBe(before);
	});

	it('tells tables of contents apart by their headings and language', () => {
		const other = {
			...route,
			toc: { ...route.toc, items: [{ depth: 2, slug: 'message', text: 'Message', children: [] }] },
		};
		const keys = new Set(
			[route, other, { ...route, lang: 'fr' }, { ...route, toc: undefined }].map(
				(r) => partKeys(r).toc,
			),
		);
		expect(keys.size).toBe(4);
	});

	it('tells headers apart by language, direction, title and title link', () => {
		const variants = [
			route,
			{ ...route, lang: 'fr' },
			{ ...route, dir: 'rtl' },
			{ ...route, siteTitle: 'X' },
			{ ...route, siteTitleHref: '/fr/' },
		];
		expect(new Set(variants.map((r) => partKeys(r).header)).size).toBe(variants.length);
	});
});
