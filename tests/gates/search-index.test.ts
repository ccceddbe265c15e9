import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNINDEXED_FOLDERS } from '../../src/site/build/search-index.ts';
import { distDir, listFiles } from './dist.ts';

/** Whether a page asks Pagefind to index it. */
const indexable = (html: string) => /<[^>]+\sdata-pagefind-body[\s>=]/.test(html);

describe('search index', () => {
	const dir = distDir();
	const pages = listFiles(dir).filter((file) => file.endsWith('.html'));

	it('no page in a folder Pagefind skips asks to be indexed', () => {
		const skipped = pages.filter((file) => UNINDEXED_FOLDERS.some((folder) => file.startsWith(`${folder}/`)));
		expect(skipped.length).toBeGreaterThan(0);
		expect(skipped.filter((file) => indexable(readFileSync(join(dir, file), 'utf8')))).toEqual([]);
	});

	it('Pagefind wrote its index, with one fragment per indexable page', () => {
		expect(existsSync(join(dir, 'pagefind/pagefind-entry.json'))).toBe(true);
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		const indexed = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
		const wanted = pages.filter((file) => indexable(readFileSync(join(dir, file), 'utf8'))).length;
		expect(indexed).toBe(wanted);
	});

	it('code pages keep their neighbours, source list and labels out of the index', () => {
		const html = readFileSync(join(dir, 'binance-usdm/-1121/index.html'), 'utf8');
		expect(html).toMatch(/<div class="pagination-wrap[^"]*" data-pagefind-ignore><div class="pagination-links/);
		expect(html).toMatch(/<ul class="source-list" data-pagefind-ignore>/);
		expect(html).toMatch(/<dt data-pagefind-ignore>Code<\/dt>/);
	});
});
