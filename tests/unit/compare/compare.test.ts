import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../../src/lib/atlas.ts';
import {
	byBlock,
	cellOf,
	compareCodes,
	compareNumbers,
	conceptNumbering,
	hasNumberPage,
	hundredBlock,
	isMatrixSplit,
	meaningsOf,
	numberRowPath,
	rangesCovering,
	toCsv,
} from '../../../src/lib/compare/compare.ts';
import type { Dialect } from '../../../src/lib/model/model.ts';

const atlas = loadAtlas('tests/fixtures/seeds/sources');
const rows = compareNumbers(atlas.dialects, atlas.codes);
const rowOf = (code: number) => rows.find((row) => row.code === code)!;

describe('compareNumbers', () => {
	it('has one row per number any dialect defines, in block order', () => {
		expect(rows.length).toBe(new Set(atlas.codes.map((entry) => entry.code)).size);
		expect(rows.map((row) => row.code)).toEqual(
			[...rows.map((row) => row.code)].sort(compareCodes),
		);
		expect(
			byBlock(rows)
				.map((block) => block.block)
				.slice(0, 4),
		).toEqual(['10xx', '11xx', '20xx', '21xx']);
	});

	it('finds -2010 means different things, and which dialects share which meaning', () => {
		const row = rowOf(-2010);
		expect(row.verdict).toBe('different');
		expect(
			row.meanings.map((meaning) => [
				meaning.label,
				meaning.concept,
				meaning.entries.map((entry) => entry.dialect),
			]),
		).toEqual([
			['A', 'new-order-rejected', ['binance-options', 'binance-usdm']],
			['B', 'insufficient-balance', ['gateway']],
		]);
		expect(cellOf(row, 'gateway')).toMatchObject({ mark: 'different', meaning: { label: 'B' } });
		expect(cellOf(row, 'weex-spot').mark).toBe('absent');
	});

	it('finds -1100 the same everywhere it is defined, and -1128 one thing on three dialects but another on options', () => {
		expect(rowOf(-1100).verdict).toBe('same');
		expect(rowOf(-1100).entries.map((entry) => entry.dialect)).toEqual([
			'binance-options',
			'binance-usdm',
			'gateway',
		]);
		const row = rowOf(-1128);
		expect(row.verdict).toBe('different');
		expect(row.meanings.map((meaning) => meaning.entries.map((entry) => entry.dialect))).toEqual([
			['binance-options'],
			['binance-usdm', 'gateway', 'weex-spot'],
		]);
	});

	it('calls a number of one dialect single', () => {
		expect(rowOf(-1136).verdict).toBe('single');
		expect(cellOf(rowOf(-1136), 'binance-usdm').mark).toBe('single');
	});

	it('shows a number that a range covers in the dialect that describes the range', () => {
		const row = rowOf(-4003);
		expect(row.entries.map((entry) => entry.dialect)).toEqual(['binance-options']);
		expect(row.ranges).toMatchObject([{ dialect: 'binance-usdm', from: -4001, to: -4014 }]);
		expect(cellOf(row, 'binance-usdm').mark).toBe('range');
		expect(rangesCovering(atlas.dialects, -4015)).toEqual([]);
	});
});

describe('number pages', () => {
	it("a number more than one code has gets a page; one code's number is answered by that code's page", () => {
		expect(hasNumberPage(rowOf(-1121))).toBe(true);
		expect(numberRowPath(rowOf(-1121))).toBe('codes/-1121/');
		expect(rowOf(-4003).verdict).toBe('single');
		expect(hasNumberPage(rowOf(-4003))).toBe(false);
		expect(numberRowPath(rowOf(-4003))).toBe('binance-options/-4003/');
	});
});

describe('meaningsOf', () => {
	it('joins codes without a concept only when they say the same thing', () => {
		const base = atlas.codes.find((entry) => entry.dialect === 'gateway' && entry.code === -1004)!;
		const plain = (dialect: string, name: string) => ({
			...base,
			dialect,
			name,
			messages: [],
			concept: null,
		});
		const meanings = meaningsOf([
			plain('a', 'DUPLICATE_IP'),
			plain('b', 'Duplicate IP'),
			plain('c', 'Endpoint not found'),
		]);
		expect(meanings.map((meaning) => meaning.entries.map((entry) => entry.dialect))).toEqual([
			['a', 'b'],
			['c'],
		]);
	});
});

describe('helpers', () => {
	it('names blocks by their hundred', () => {
		expect(hundredBlock(-1121)).toBe('11xx');
		expect(hundredBlock(-4164)).toBe('41xx');
		expect(hundredBlock(-50)).toBe('0xx');
		expect(hundredBlock(10001)).toBe('100xx');
	});

	it('tells whether a concept keeps one number across dialects', () => {
		const member = (dialect: string, code: number) => ({
			dialect,
			id: String(code),
			code,
			title: '',
			url: '',
			ccxt: null,
		});
		expect(conceptNumbering({ members: [member('a', -1121), member('b', -1121)] })).toBe('same');
		expect(conceptNumbering({ members: [member('a', -1121), member('b', -1120)] })).toBe(
			'different',
		);
		expect(conceptNumbering({ members: [member('a', -1051), member('a', -1052)] })).toBe('single');
		expect(
			conceptNumbering(atlas.concepts.find((concept) => concept.id === 'invalid-symbol')!),
		).toBe('different');
	});

	it('splits the matrix only when it is large', () => {
		expect(isMatrixSplit(rows.length, atlas.dialects.length)).toBe(false);
		expect(isMatrixSplit(5000, 4)).toBe(true);
	});
});

describe('toCsv', () => {
	it('writes one line per number with a mark, title and concept per dialect', () => {
		const csv = toCsv(atlas.dialects, rows);
		const lines = csv.trimEnd().split('\r\n');
		expect(lines.length).toBe(rows.length + 1);
		expect(lines[0]).toBe(
			'code,block,verdict,binance-options,binance-options title,binance-options concept,binance-usdm,binance-usdm title,binance-usdm concept,gateway,gateway title,gateway concept,weex-spot,weex-spot title,weex-spot concept',
		);
		expect(lines.find((line) => line.startsWith('-2010,'))).toBe(
			'-2010,20xx,different,different,NEW_ORDER_REJECTED,new-order-rejected,different,NEW_ORDER_REJECTED,new-order-rejected,different,Insufficient balance,insufficient-balance,absent,,',
		);
	});

	it('quotes what needs quoting and defuses text a spreadsheet would run', () => {
		const dialect = { id: 'x', ranges: [] } as unknown as Dialect;
		const entry = {
			...atlas.codes[0],
			dialect: 'x',
			code: -1,
			title: '=HYPERLINK("http://evil")',
			concept: null,
		};
		const csv = toCsv([dialect], compareNumbers([dialect], [entry]));
		expect(csv.split('\r\n')[1]).toBe('-1,0xx,single,single,"\'=HYPERLINK(""http://evil"")",');
	});
});
