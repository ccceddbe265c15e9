import { describe, expect, test } from 'vitest';
import { readAtlas } from '../../../src/lib/atlas.ts';
import { buildLookupIndex, indexCodeUrl } from '../../../src/lib/lookup/lookup-index.ts';
import { resolveMissing, routeSegments } from '../../../src/lib/lookup/missing.ts';
import { planAliases } from '../../../src/site/build/aliases/alias-pages.ts';
import { SEEDS } from '../helpers/sources.ts';

const atlas = readAtlas(SEEDS);
const index = buildLookupIndex(atlas.dialects, atlas.codes);
const codes = (list: Array<{ code: number | null; dialect?: string }>) =>
	list.map((item) => (item.dialect ? `${item.dialect}/${item.code}` : item.code));

describe('other spellings of pages that exist', () => {
	test.each([
		['/binance-usdm/Bad_Symbol/', '/binance-usdm/-1121/'],
		['/binance-usdm/bad-symbol/', '/binance-usdm/-1121/'],
		['/Binance-USDM/1121/', '/binance-usdm/-1121/'],
		['/BINANCE-USDM/', '/binance-usdm/'],
		['/binance-usdm/11XX-Request-Issues/', '/binance-usdm/11xx-request-issues/'],
		['/codes/1121/', '/codes/-1121/'],
		['/1121/', '/codes/-1121/'],
		// A number only one code has: that code's page, not a number page.
		['/codes/-4003/', '/binance-options/-4003/'],
		['/4003/', '/binance-options/-4003/'],
		['/bad_symbol/', undefined],
	])('%s', (path, url) => {
		const resolution = resolveMissing(path, index);
		if (url) expect(resolution).toEqual({ kind: 'redirect', url });
		else expect(resolution.kind).not.toBe('redirect');
	});

	// The name aliases are _redirects lines: where a host ignores that file, this page answers them.
	test('every alias of the seeds, in each spelling, leads where its alias does', () => {
		const { aliases } = planAliases(atlas.dialects, atlas.codes);
		expect(aliases.filter((alias) => alias.kind === 'name').length).toBeGreaterThan(10);
		const wrong = aliases.filter(
			(alias) =>
				JSON.stringify(resolveMissing(alias.from, index)) !==
				JSON.stringify({ kind: 'redirect', url: alias.to }),
		);
		expect(wrong.map((alias) => `${alias.kind} ${alias.from} -> ${alias.to}`)).toEqual([]);
	});

	test('never to the address itself', () => {
		const resolution = resolveMissing('/codes/-1121/', index);
		if (resolution.kind !== 'number') throw new Error(resolution.kind);
		expect(resolution.code).toBe(-1121);
		expect(codes(resolution.matches)).toEqual([
			'binance-options/-1121',
			'binance-usdm/-1121',
			'gateway/-1121',
			'weex-spot/-1121',
		]);
	});
});

describe('unknown codes', () => {
	test('a number no dialect has: the nearest codes of the dialect', () => {
		const resolution = resolveMissing('/binance-usdm/-9999/', index);
		expect(resolution).toMatchObject({
			kind: 'code',
			dialectName: 'Binance USDⓈ-M Futures',
			code: -9999,
			elsewhere: [],
		});
		if (resolution.kind !== 'code') return;
		expect(resolution.nearest).toHaveLength(5);
		expect(resolution.nearest.every((item) => item.dialect === 'binance-usdm')).toBe(true);
		expect(resolution.nearest[0].code).toBe(
			Math.min(
				...atlas.codes
					.filter((entry) => entry.dialect === 'binance-usdm')
					.map((entry) => entry.code!),
			),
		);
	});

	test('a number another dialect has: offered there', () => {
		const resolution = resolveMissing('/binance-usdm/3000/', index);
		expect(resolution).toMatchObject({ kind: 'code', code: -3000 });
		if (resolution.kind !== 'code') return;
		expect(codes(resolution.elsewhere)).toEqual(['gateway/-3000']);
		expect(resolution.elsewhere[0].url).toBe('/gateway/-3000/');
	});

	test('a number between codes: its neighbours, nearest first', () => {
		const resolution = resolveMissing('/binance-usdm/-1124/', index);
		if (resolution.kind !== 'code') throw new Error(resolution.kind);
		// -1123 and -1124 are undocumented; ties go to the more negative code.
		expect(resolution.nearest.map((item) => item.code)).toEqual([
			-1125, -1126, -1122, -1127, -1121,
		]);
	});

	test('a number no dialect documents, cross-dialect', () => {
		expect(resolveMissing('/codes/-9999/', index)).toMatchObject({
			kind: 'number',
			code: -9999,
			matches: [],
		});
	});
});

describe('names', () => {
	test('a name two codes share: both offered', () => {
		const resolution = resolveMissing('/binance-usdm/invalid_price_match/', index);
		expect(resolution).toMatchObject({ kind: 'name', dialectName: 'Binance USDⓈ-M Futures' });
		if (resolution.kind === 'name')
			expect(codes(resolution.matches)).toEqual(['binance-usdm/-5037', 'binance-usdm/-5038']);
	});

	test('a name of another dialect: offered there', () => {
		const resolution = resolveMissing('/gateway/BAD_SYMBOL/', index);
		expect(resolution).toMatchObject({ kind: 'name', dialectName: 'Gateway API' });
		if (resolution.kind === 'name')
			expect(codes(resolution.matches)).toEqual(['binance-options/-1121', 'binance-usdm/-1121']);
	});

	test('anything else: a search', () => {
		expect(resolveMissing('/nowhere/at/all/', index)).toEqual({ kind: 'unknown', query: 'all' });
		expect(resolveMissing('/binance-usdm/%E0%A4%A/', index)).toEqual({
			kind: 'unknown',
			query: null,
		});
	});
});

test("the lookup index keeps titles short, only where there is no name, and its urls are the model's", () => {
	const entries = index.dialects.flatMap((dialect) =>
		dialect.codes.map((entry) => ({ dialect, entry })),
	);
	const titles = entries.flatMap(({ entry }) => (entry.title === null ? [] : [entry.title]));
	expect(entries.filter(({ entry }) => entry.name !== null && entry.title !== null)).toEqual([]);
	expect(Math.max(...titles.map((title) => title.length))).toBeLessThanOrEqual(80);
	expect(titles.some((title) => title.endsWith('…'))).toBe(true);
	const urls = new Set(atlas.codes.map((entry) => entry.url));
	expect(entries.filter(({ dialect, entry }) => !urls.has(indexCodeUrl(dialect, entry)))).toEqual(
		[],
	);
});

test('route segments are decoded, and only of a route from the site root', () => {
	expect(routeSegments('/a/b%20c')).toEqual(['a', 'b c']);
	expect(routeSegments('/')).toEqual([]);
	expect(routeSegments('a/')).toBeNull();
	expect(routeSegments('/a/%E0%A4%A/')).toBeNull();
});
