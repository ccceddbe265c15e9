import { describe, expect, it } from 'vitest';
import { searchGlob, UNINDEXED_FOLDERS } from '../../../../src/site/build/search-index.ts';

describe('searchGlob', () => {
	it('lists the top-level pages and every page folder except the unindexed ones', () => {
		expect(searchGlob(['synth-01', 'codes', 'about', 'compare', '_astro', 'api', 'pagefind'])).toBe('{*.html,about/**/*.html,codes/**/*.html,synth-01/**/*.html}');
	});

	it('leaves out the comparison matrix, but not the number pages (a bare number finds its page across dialects)', () => {
		expect(UNINDEXED_FOLDERS).toEqual(['compare']);
	});
});
