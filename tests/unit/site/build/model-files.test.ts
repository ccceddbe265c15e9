import { describe, expect, test } from 'vitest';
import { readAtlas, sourcesDir } from '../../../../src/lib/atlas.ts';
import { codeJsonPath } from '../../../../src/lib/model/urls.ts';
import { planAliases } from '../../../../src/site/build/aliases/alias-pages.ts';
import {
	modelFiles,
	modelFilesSchema,
} from '../../../../src/site/build/model-files/model-files.ts';

describe('modelFiles of the shipped sources', () => {
	const atlas = readAtlas(sourcesDir('content/sources'));
	const files = modelFiles(atlas, '/errors/');
	const byPath = new Map(files.json);

	test('one JSON file per code: its entry, the base path in front of its URL', () => {
		const entry = atlas.codes.find(
			(code) => code.dialect === 'binance-usdm' && code.id === '-1121',
		)!;
		expect(JSON.parse(byPath.get(codeJsonPath('binance-usdm', '-1121'))!)).toEqual({
			...entry,
			url: '/errors/binance-usdm/-1121/',
		});
		for (const code of atlas.codes)
			expect(byPath.has(codeJsonPath(code.dialect, code.id))).toBe(true);
	});

	test('a ccxt review for each dialect that names its ccxt exchange, and no other', () => {
		const reviews = files.json.filter(([path]) => path.endsWith('/ccxt.json'));
		const named = atlas.dialects.filter((dialect) => dialect.ccxt !== null);
		expect(named.length).toBeGreaterThan(0);
		expect(reviews.map(([path]) => path).sort()).toEqual(
			named.map((dialect) => `api/v1/${dialect.id}/ccxt.json`).sort(),
		);
	});

	test('the aliases are the plan of the model', () => {
		expect(files.aliases).toEqual(planAliases(atlas.dialects, atlas.codes));
	});

	test('reads back through its schema unchanged, as the build reads the route', () => {
		expect(modelFilesSchema.parse(JSON.parse(JSON.stringify(files)))).toEqual(files);
	});

	test('at the root, URLs stay as the model has them', () => {
		const root = new Map(modelFiles(atlas, '/').json);
		const entry = atlas.codes[0];
		expect(JSON.parse(root.get(codeJsonPath(entry.dialect, entry.id))!)).toEqual(entry);
	});
});
