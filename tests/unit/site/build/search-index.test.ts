import { describe, expect, it } from 'vitest';
import { searchGlob, UNINDEXED_FOLDERS } from '../../../../src/site/build/search-index.ts';

describe('searchGlob', () => {
	it('lists the top-level pages and every page folder except the unindexed ones', () => {
		expect(searchGlob(['synth-01', 'codes', 'about', 'compare', '_astro', 'api', 'pagefind'])).toBe('{*.html,about/**/*.html,synth-01/**/*.html}');
	});

	it('leaves out the number pages and the comparison matrix', () => {
		expect(UNINDEXED_FOLDERS).toEqual(['codes', 'compare']);
	});
});
