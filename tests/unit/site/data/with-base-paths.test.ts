import { describe, expect, test } from 'vitest';
import { readAtlas } from '../../../../src/lib/atlas.ts';
import {
	codeWithBase,
	conceptWithBase,
	dialectWithBase,
} from '../../../../src/site/data/with-base-paths.ts';
import { SEEDS } from '../../helpers/sources.ts';

const atlas = readAtlas(SEEDS);
const code = atlas.codes.find((entry) => entry.dialect === 'binance-usdm' && entry.code === -1121)!;
const dialect = atlas.dialects.find((entry) => entry.id === 'binance-usdm')!;
const concept = atlas.concepts.find((entry) => entry.members.length > 0)!;

describe('the model under a base path', () => {
	test('every page URL gets the base in front, nothing else changes', () => {
		expect(codeWithBase(code, '/errors/')).toEqual({ ...code, url: '/errors/binance-usdm/-1121/' });
		const based = dialectWithBase(dialect, '/errors');
		expect(based.url).toBe('/errors/binance-usdm/');
		expect(based.sections.map((section) => section.url)).toEqual(
			dialect.sections.map((section) => `/errors${section.url}`),
		);
		expect({ ...based, url: dialect.url, sections: dialect.sections }).toEqual(dialect);
		const members = conceptWithBase(concept, '/errors/');
		expect(members.url).toBe(`/errors${concept.url}`);
		expect(members.members.map((member) => member.url)).toEqual(
			concept.members.map((member) => `/errors${member.url}`),
		);
	});

	test('keeps the key order, so the JSON API and per-code files serialize as before', () => {
		expect(Object.keys(codeWithBase(code, '/errors/'))).toEqual(Object.keys(code));
		expect(Object.keys(dialectWithBase(dialect, '/errors/'))).toEqual(Object.keys(dialect));
	});

	test('under the root, is what it was given', () => {
		expect(codeWithBase(code, '/')).toBe(code);
		expect(dialectWithBase(dialect, '/')).toBe(dialect);
		expect(conceptWithBase(concept, '')).toBe(concept);
	});

	test('does not change the model it was given', () => {
		codeWithBase(code, '/errors/');
		dialectWithBase(dialect, '/errors/');
		expect(code.url).toBe('/binance-usdm/-1121/');
		expect(dialect.sections.every((section) => section.url.startsWith('/binance-usdm/'))).toBe(
			true,
		);
	});
});
