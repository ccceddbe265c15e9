import { describe, expect, test } from 'vitest';
import { readAtlas, sourcesDir } from '../../../src/lib/atlas.ts';
import { inModelOrder } from '../../../src/lib/model/order.ts';
import { SEEDS } from '../helpers/sources.ts';

/** The order Astro's content store gives a collection: by id. */
const byId = <T extends { dialect: string; id: string }>(codes: T[]) =>
	[...codes].sort((a, b) => `${a.dialect}/${a.id}`.localeCompare(`${b.dialect}/${b.id}`));

describe('inModelOrder', () => {
	test.each([
		['the seeds', SEEDS],
		['the shipped sources', sourcesDir('content/sources')],
	])('puts %s codes, sorted by id, back in the model order', (_, dir) => {
		const atlas = readAtlas(dir);
		const sorted = byId(atlas.codes);
		expect(sorted.map((entry) => entry.id)).not.toEqual(atlas.codes.map((entry) => entry.id));
		expect(inModelOrder(atlas.dialects, sorted)).toEqual(atlas.codes);
	});

	test('keeps a code no section lists, after the listed ones', () => {
		const { dialects, codes } = readAtlas(SEEDS);
		const stray = { ...codes[0], id: 'stray' };
		expect(inModelOrder(dialects, [stray, ...byId(codes)])).toEqual([...codes, stray]);
	});
});
