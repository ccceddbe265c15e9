import { describe, expect, test } from 'vitest';
import { readAtlas } from '../../../src/lib/atlas.ts';
import { codesByCcxtClass } from '../../../src/lib/ccxt/by-class.ts';
import { header, sourcesDir } from '../helpers/sources.ts';

// Two venues against ccxt's real maps: binance linear maps -1121 and -2019 by code and finds
// -9998 by its message; okx maps 51008 by code; -9999 and 99999 nobody maps. A third venue names no ccxt exchange.
const dir = sourcesDir({
	'alpha.md': `${header({ dialect: 'alpha', role: 'primary', ccxt: '{ exchange: binance, market: linear }' })}# Errors\n\n| Code | Message |\n| --- | --- |\n| -1121 | Invalid symbol. |\n| -2019 | Margin is insufficient. |\n| -9998 | Account has insufficient balance for requested action. |\n| -9999 | Something nobody maps. |\n`,
	'beta.md': `${header({ dialect: 'beta', role: 'primary', ccxt: 'okx' })}# Errors\n\n| Code | Message |\n| --- | --- |\n| 51008 | Order failed. Insufficient balance. |\n| 99999 | Something nobody maps. |\n`,
	'gamma.md': `${header({ dialect: 'gamma', role: 'primary' })}# Errors\n\n| Code | Message |\n| --- | --- |\n| 1 | Insufficient balance. |\n`,
});
const atlas = readAtlas(dir);
const groups = codesByCcxtClass(atlas.codes, atlas.dialects);
const brief = () =>
	groups.map((group) => [
		group.name,
		group.dialects.map((row) => [
			row.dialect.id,
			row.byCode.map((e) => e.id),
			row.byMessage.map((e) => e.id),
		]),
	]);

describe('codes by the class ccxt raises', () => {
	test("groups every venue's codes under their class, by code and by message apart, most codes first", () => {
		expect(atlas.problems).toEqual([]);
		expect(brief()).toEqual([
			[
				'InsufficientFunds',
				[
					['alpha', ['-2019'], ['-9998']],
					['beta', ['51008'], []],
				],
			],
			['BadSymbol', [['alpha', ['-1121'], []]]],
		]);
		const funds = groups[0];
		expect(funds.count).toBe(3);
		expect(funds.chain).toEqual(['InsufficientFunds', 'ExchangeError', 'BaseError']);
		expect(funds.retry).toBe('fix-request');
	});

	test('leaves out what ccxt maps to nothing and the dialects that name no ccxt exchange', () => {
		const listed = groups.flatMap((group) =>
			group.dialects.flatMap((row) =>
				[...row.byCode, ...row.byMessage].map((e) => `${e.dialect} ${e.id}`),
			),
		);
		expect(listed).not.toContain('alpha -9999');
		expect(listed).not.toContain('beta 99999');
		expect(listed.some((item) => item.startsWith('gamma'))).toBe(false);
	});
});
