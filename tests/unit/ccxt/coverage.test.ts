import { describe, expect, test } from 'vitest';
import { readAtlas } from '../../../src/lib/atlas.ts';
import { ccxtCoverage, ccxtReviewMap, dialectCcxtMaps } from '../../../src/lib/ccxt/coverage.ts';
import { header, sourcesDir } from '../helpers/sources.ts';

// Three documented codes against ccxt's real binance linear map: -1121 it maps by code, the
// message of -9998 is one of its exact keys, -9999 it maps to nothing.
const dir = sourcesDir({
	'venue.md': `${header({ dialect: 'venue', role: 'primary', ccxt: '{ exchange: binance, market: linear }' })}# Errors\n\n| Code | Message |\n| --- | --- |\n| -1121 | Invalid symbol. |\n| -9998 | Account has insufficient balance for requested action. |\n| -9999 | Something nobody maps. |\n`,
});
const atlas = readAtlas(dir);
const dialect = atlas.dialects[0];
const maps = dialectCcxtMaps(dialect)!;
const coverage = ccxtCoverage(maps, atlas.codes, atlas.concepts);

describe('ccxt coverage of a dialect', () => {
	test('sorts the documented codes by how ccxt finds them', () => {
		expect(atlas.problems).toEqual([]);
		expect(coverage.byCode.map((entry) => entry.id)).toEqual(['-1121']);
		expect(coverage.byMessage.map((entry) => [entry.id, entry.ccxt?.match])).toEqual([
			['-9998', 'message'],
		]);
		expect(coverage.unmapped.map((entry) => entry.id)).toEqual(['-9999']);
	});

	test("lists the keys of ccxt's exact maps the page does not document, never a documented code or message", () => {
		const keys = coverage.undocumented.map((item) => item.key);
		expect(keys).not.toContain('-1121');
		expect(keys).not.toContain('Account has insufficient balance for requested action.');
		expect(keys).toContain('-2010');
		expect(new Set(keys).size).toBe(keys.length);
		// Numbers first, by value.
		const numbers = keys.filter((key) => /^-?\d+$/.test(key)).map(Number);
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		expect(coverage.undocumented.find((item) => item.key === '-2010')?.class).toBe(
			maps.marketExact['-2010'] ?? maps.exact['-2010'],
		);
	});

	test("gives a review map in ccxt's shape, saying which entries ccxt does not hold by code", () => {
		const review = ccxtReviewMap(dialect, coverage, maps, atlas.codes, atlas.concepts);
		expect(review).toMatchObject({
			exchange: 'binance',
			market: 'linear',
			exact: { '-1121': 'BadSymbol', '-9998': 'InsufficientFunds' },
			proposed: { '-9998': 'message' },
		});
		expect(review.messages).toEqual({
			'-1121': 'Invalid symbol.',
			'-9998': 'Account has insufficient balance for requested action.',
		});
		expect(review.exact).not.toHaveProperty('-9999');
		expect(review.broad).toEqual(maps.broad);
	});

	test('is absent for a dialect that names no ccxt exchange', () => {
		const plain = readAtlas(
			sourcesDir({
				'p.md': `${header({ dialect: 'plain', role: 'primary' })}| Code | Message |\n|---|---|\n| 1 | x |\n`,
			}),
		);
		expect(dialectCcxtMaps(plain.dialects[0])).toBeNull();
	});
});
