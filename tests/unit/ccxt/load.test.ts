import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readAtlas } from '../../../src/lib/atlas.ts';
import { ccxtClasses, ccxtMaps } from '../../../src/lib/ccxt/load.ts';
import { CCXT_EXCEPTIONS } from '../../../src/lib/model/vocabulary.ts';
import { run as runDecode } from '../../../src/cli/decode.ts';
import { run as runLookup } from '../../../src/cli/lookup.ts';
import { header, SEEDS, sourcesDir } from '../helpers/sources.ts';

const PINNED = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'))
	.dependencies.ccxt as string;

describe("ccxt's maps, read from the package", () => {
	// The decoder reads class names in pastes from the vocabulary, in the browser, without ccxt.
	test("the vocabulary's exception names are the classes the package exports", () => {
		expect([...CCXT_EXCEPTIONS].sort()).toEqual(ccxtClasses().sort());
	});

	test('are the pinned version, with the hierarchy from ccxt itself', () => {
		const maps = ccxtMaps('binance', 'linear');
		if (typeof maps === 'string') throw new Error(maps);
		expect(maps.version).toBe(PINNED);
		expect(maps.chains.InsufficientFunds).toEqual([
			'InsufficientFunds',
			'ExchangeError',
			'BaseError',
		]);
		expect(maps.chains.RateLimitExceeded?.at(-1)).toBe('BaseError');
		expect(maps.chains.RateLimitExceeded).toContain('NetworkError');
		expect(Object.keys(maps.marketExact).length).toBeGreaterThan(20);
		expect(maps.exact['-1121']).toBe('BadSymbol');
	});

	test('read a flat map (deribit) as its exact map', () => {
		const maps = ccxtMaps('deribit', null);
		if (typeof maps === 'string') throw new Error(maps);
		expect(maps.exact['10009']).toBe('InsufficientFunds');
		expect(maps.broad).toEqual({});
	});

	test('name the nearest ids for an exchange ccxt does not have, and the markets for a market it does not split by', () => {
		expect(ccxtMaps('binanse', null)).toMatch(
			/^ccxt [\d.]+ has no exchange "binanse"; the nearest: binance, /,
		);
		expect(ccxtMaps('binance', 'linar')).toBe(
			`ccxt's binance has no market "linar"; its markets: spot, linear, inverse, option, portfolioMargin`,
		);
		expect(ccxtMaps('okx', 'spot')).toBe(
			"ccxt's okx keeps one map for all its markets: leave out `market`",
		);
	});
});

describe('the atlas with ccxt', () => {
	const source = (ccxt: string) =>
		`${header({ dialect: 'venue', role: 'primary', ccxt })}# Errors\n\n| Code | Message |\n| --- | --- |\n| -1121 | Invalid symbol. |\n| -9999 | Something nobody maps. |\n`;

	test('gives each code of a dialect that names an exchange its class, and the dialect the version read', () => {
		const atlas = readAtlas(
			sourcesDir({ 'venue.md': source('{ exchange: binance, market: spot }') }),
		);
		expect(atlas.problems).toEqual([]);
		expect(atlas.dialects[0].ccxt).toEqual({
			exchange: 'binance',
			market: 'spot',
			version: PINNED,
		});
		const [symbol, unknown] = atlas.codes;
		expect(symbol.ccxt).toMatchObject({
			class: 'BadSymbol',
			match: 'code',
			chain: ['BadSymbol', 'BadRequest', 'ExchangeError', 'BaseError'],
			retry: 'fix-request',
		});
		expect(unknown.ccxt).toMatchObject({ class: 'ExchangeError', match: null });
	});

	test('fails check at the ccxt line for a name ccxt does not know', () => {
		const atlas = readAtlas(sourcesDir({ 'venue.md': source('binanse') }));
		expect(atlas.problems).toEqual([
			expect.objectContaining({
				file: 'venue.md',
				line: 7,
				message: expect.stringMatching(/has no exchange "binanse"; the nearest: binance/),
			}),
		]);
	});

	test('leaves codes of a dialect that names none without a class', () => {
		const atlas = readAtlas(SEEDS);
		expect(atlas.codes.every((entry) => entry.ccxt === null)).toBe(true);
	});
});

describe('the command line', () => {
	const dir = sourcesDir({
		'venue.md': `${header({ dialect: 'venue', role: 'primary', ccxt: '{ exchange: binance, market: linear }' })}# Errors\n\n| Code | Message |\n| --- | --- |\n| -2019 | Margin is insufficient. |\n`,
	});
	const capture = () => {
		const out: string[] = [];
		return {
			out,
			io: { out: (s: string) => out.push(s), err: (s: string) => out.push(s), sourcesDir: dir },
		};
	};

	test('lookup and decode print the class, its chain and what it means for a retry', async () => {
		const line = `ccxt ${PINNED}: InsufficientFunds ← ExchangeError ← BaseError (binance linear map, by code): fix the request; a retry fails the same way.`;
		const lookup = capture();
		expect(await runLookup(['-2019'], lookup.io)).toBe(0);
		expect(lookup.out.join('\n').split('\n')).toContain(`    ${line}`);
		const decoded = capture();
		expect(await runDecode(['{"code":-2019,"msg":"Margin is insufficient."}'], decoded.io)).toBe(0);
		expect(decoded.out.join('\n').split('\n')).toContain(`      ${line}`);
		const json = capture();
		await runDecode(['--json', '{"code":-2019,"msg":"Margin is insufficient."}'], json.io);
		expect(JSON.parse(json.out[0]).matches[0].ccxt).toEqual({
			class: 'InsufficientFunds',
			match: 'code',
			chain: ['InsufficientFunds', 'ExchangeError', 'BaseError'],
			retry: 'fix-request',
		});
	});
});

describe('the decoder and ccxt', () => {
	// ccxt 4.5's binance maps -1002 to AuthenticationError for the linear market, to PermissionDenied for portfolio margin.
	const dir = sourcesDir({
		'linear.md': `${header({ dialect: 'linear', dialectName: 'Linear', role: 'primary', ccxt: '{ exchange: binance, market: linear }' })}# Errors\n\n| Code | Message |\n| --- | --- |\n| -1002 | You are not authorized to execute this request. |\n`,
		'pm.md': `${header({ dialect: 'pm', dialectName: 'PM', role: 'primary', ccxt: '{ exchange: binance, market: portfolioMargin }' })}# Errors\n\n| Code | Message |\n| --- | --- |\n| -1002 | You are not authorized to execute this request. |\n`,
		'other.md': `${header({ dialect: 'other', dialectName: 'Other', role: 'primary', ccxt: 'okx' })}# Errors\n\n| Code | Message |\n| --- | --- |\n| -1002 | You are not authorized to execute this request. |\n`,
	});
	const decodeJson = async (paste: string) => {
		const out: string[] = [];
		await runDecode(['--json', paste], {
			out: (s: string) => out.push(s),
			err: (s: string) => out.push(s),
			sourcesDir: dir,
		});
		return JSON.parse(out[0]).matches as Array<{ dialect: string; ccxtClass: string | null }>;
	};
	const body = '{"code":-1002,"msg":"You are not authorized to execute this request."}';

	test("ranks first the dialect whose ccxt map raises the paste's class, among those its exchange id names", async () => {
		const permission = await decodeJson(`ccxt.base.errors.PermissionDenied: binance ${body}`);
		expect(permission.map((m) => [m.dialect, m.ccxtClass])).toEqual([
			['pm', 'PermissionDenied'],
			['linear', null],
			['other', null],
		]);
		const auth = await decodeJson(`ccxt.base.errors.AuthenticationError: binance ${body}`);
		expect(auth.slice(0, 2).map((m) => [m.dialect, m.ccxtClass])).toEqual([
			['linear', 'AuthenticationError'],
			['pm', null],
		]);
	});

	test("takes a dialect's ccxt exchange id for a hint, with none in its front matter", async () => {
		const matches = await decodeJson(`ccxt.base.errors.ExchangeError: okx ${body}`);
		expect(matches[0].dialect).toBe('other');
	});
});
