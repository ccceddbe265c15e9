import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, listFiles } from './dist.ts';
import { searchFragments } from './search-fragments.ts';

/** Whether a page asks Pagefind to index it. */
const indexable = (html: string) => /<[^>]+\sdata-pagefind-body[\s>=]/.test(html);

describe('search index', () => {
	const dir = distDir();
	const pages = listFiles(dir).filter((file) => file.endsWith('.html'));

	// The comparison matrix repeats what the code pages say (`pagefind: false`).
	it('no comparison page asks to be indexed', () => {
		const skipped = pages.filter((file) => file.startsWith('compare/'));
		expect(skipped.length).toBeGreaterThan(0);
		expect(skipped.filter((file) => indexable(readFileSync(join(dir, file), 'utf8')))).toEqual([]);
	});

	it('Pagefind wrote its index, with one fragment per indexable page', () => {
		expect(existsSync(join(dir, 'pagefind/pagefind-entry.json'))).toBe(true);
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		const indexed = Object.values(entry.languages).reduce(
			(n, language) => n + language.page_count,
			0,
		);
		const wanted = pages.filter((file) => indexable(readFileSync(join(dir, file), 'utf8'))).length;
		expect(indexed).toBe(wanted);
	});

	it('code pages keep their neighbours, source list and labels out of the index', () => {
		const html = readFileSync(join(dir, 'binance-usdm/-1121/index.html'), 'utf8');
		expect(html).toMatch(
			/<div class="pagination-wrap[^"]*" data-pagefind-ignore><div class="pagination-links/,
		);
		expect(html).toMatch(/<ul class="source-list" data-pagefind-ignore>/);
		expect(html).toMatch(/<dl class="code-facts" data-pagefind-ignore>/);
	});
});

describe('what the index holds', () => {
	const fragments = searchFragments(distDir());
	const page = (url: string) => {
		const fragment = fragments.get(url);
		if (!fragment) throw new Error(`${url} is not in the search index`);
		return fragment;
	};

	it("a row shared by several codes is not indexed as any one code's own words", () => {
		// "-1120/-1121 | BAD_INTERVAL / BAD_SYMBOL | Invalid time interval or trading pair." and the -1122/-1125 row naming listenKey.
		expect(page('/binance-usdm/-1121/').content).toContain('Invalid symbol.');
		expect(page('/binance-usdm/-1121/').content).not.toMatch(/interval|trading pair|Shared with/i);
		expect(page('/binance-usdm/-1122/').content).not.toMatch(/listenKey/i);
		expect(page('/binance-usdm/-1125/').content).toMatch(/listenKey/);
		// A summary written for one code is its own.
		expect(page('/binance-usdm/-1003/').content).toContain('rate limit exceeded');
	});

	it('code pages are titled with their dialect, and give no sub-results (no anchors, no #_top)', () => {
		expect(page('/binance-usdm/-1121/').meta.title).toBe(
			'-1121 BAD_SYMBOL · Binance USDⓈ-M Futures',
		);
		expect(page('/binance-options/-1121/').meta.title).toBe('-1121 BAD_SYMBOL · Binance Options');
		expect(page('/gateway/-2010/').meta.title).toBe('-2010 Insufficient balance · Gateway API');
		const codePages = [...fragments.values()].filter((fragment) =>
			/^\/[a-z-]+\/-?\d+(_\d+)?\/$/.test(fragment.url),
		);
		expect(codePages.length).toBeGreaterThan(200);
		expect(
			codePages.filter((fragment) =>
				fragment.anchors.some((anchor) => /^h\d$/.test(anchor.element)),
			),
		).toEqual([]);
	});

	it('no page repeats itself as a #_top sub-result', () => {
		expect(
			[...fragments.values()]
				.filter((fragment) => fragment.anchors.some((anchor) => anchor.id === '_top'))
				.map((fragment) => fragment.url),
		).toEqual([]);
		// Guides keep their sections as sub-results.
		expect(page('/about/').anchors.map((anchor) => anchor.id)).toContain('fidelity-rules');
	});

	it('number pages and concept pages are indexed, the comparison matrix is not', () => {
		expect(page('/codes/-1121/').meta.title).toBe('-1121 across dialects');
		expect(page('/concepts/invalid-symbol/').meta.title).toBe(
			'Invalid symbol · meaning across dialects',
		);
		expect([...fragments.keys()].filter((url) => url.startsWith('/compare/'))).toEqual([]);
	});
});
