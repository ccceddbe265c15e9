import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { readAtlas } from '../../../../src/lib/atlas.ts';
import { buildLookupIndex } from '../../../../src/lib/lookup/lookup-index.ts';
import { planAliases } from '../../../../src/site/build/aliases/alias-pages.ts';
import { codeWithBase, dialectWithBase } from '../../../../src/site/data/with-base-paths.ts';
import { resolveAddress } from '../../../../src/site/lookup/resolve-address.ts';
import { SEEDS } from '../../helpers/sources.ts';

const atlas = readAtlas(SEEDS);
/** The index as `/api/v1/index.json` serves it under `/errors/`: built from the site's model, whose URLs carry the base. */
const served = buildLookupIndex(
	atlas.dialects.map((dialect) => dialectWithBase(dialect, '/errors/')),
	atlas.codes.map((entry) => codeWithBase(entry, '/errors/')),
);

beforeEach(() => vi.stubEnv('BASE_URL', '/errors/'));
afterEach(() => vi.unstubAllEnvs());

describe('the 404 page under a base path', () => {
	test('sends every alias of the seeds, under the base, where its alias does', () => {
		const { aliases } = planAliases(atlas.dialects, atlas.codes);
		const wrong = aliases.filter(
			(alias) =>
				JSON.stringify(resolveAddress(`/errors${alias.from}`, served)) !==
				JSON.stringify({ kind: 'redirect', url: `/errors${alias.to}` }),
		);
		expect(wrong.map((alias) => alias.from)).toEqual([]);
	});

	test('redirects to pages under the base, and knows nothing outside it', () => {
		expect(resolveAddress('/errors/binance-usdm/Bad_Symbol/', served)).toEqual({
			kind: 'redirect',
			url: '/errors/binance-usdm/-1121/',
		});
		expect(resolveAddress('/errors/codes/1121', served)).toEqual({
			kind: 'redirect',
			url: '/errors/codes/-1121/',
		});
		expect(resolveAddress('/binance-usdm/Bad_Symbol/', served)).toEqual({
			kind: 'unknown',
			query: null,
		});
		expect(resolveAddress('/errors', served)).toEqual({ kind: 'unknown', query: null });
	});

	test('offers codes with their URLs under the base', () => {
		const resolution = resolveAddress('/errors/binance-usdm/-9999/', served);
		expect(resolution.kind).toBe('code');
		const offers =
			resolution.kind === 'code' ? [...resolution.elsewhere, ...resolution.nearest] : [];
		expect(offers.length).toBeGreaterThan(0);
		expect(offers.filter((offer) => !offer.url.startsWith('/errors/'))).toEqual([]);
	});

	test('the address itself is no redirect', () => {
		expect(resolveAddress('/errors/binance-usdm/', served).kind).not.toBe('redirect');
		expect(resolveAddress('/errors/codes/-1121/', served).kind).not.toBe('redirect');
	});
});
