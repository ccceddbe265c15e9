import { describe, expect, test } from 'vitest';
import {
	isCodeBearing,
	isIdentifier,
	isNameLike,
	leadingCode,
	parseCode,
	parseCodeLine,
	parseCodeSpec,
	splitNames,
} from '../../../src/lib/import/codes.ts';

describe('code tokens', () => {
	test('parses signed, unsigned, escaped, unicode-minus and sub-codes, keeping the id as written', () => {
		expect(parseCode('-1121')).toEqual({ id: '-1121', code: -1121 });
		expect(parseCode('\\-1000')).toEqual({ id: '-1000', code: -1000 });
		expect(parseCode('−2010')).toEqual({ id: '-2010', code: -2010 });
		expect(parseCode('50013')).toEqual({ id: '50013', code: 50013 });
		expect(parseCode('0')).toEqual({ id: '0', code: 0 });
		expect(parseCode('-1')).toEqual({ id: '-1', code: -1 });
		expect(parseCode('123456789')).toEqual({ id: '123456789', code: 123456789 });
		expect(parseCode('30012_4')).toEqual({ id: '30012_4', code: 30012 });
		expect(parseCode('1234567890')).toBeNull();
		expect(parseCode('BAD')).toBeNull();
	});

	test('parses code lists and ranges, keeping a range a range', () => {
		const ids = (text: string) => {
			const spec = parseCodeSpec(text);
			return spec?.kind === 'codes' ? spec.codes.map((code) => code.id) : spec;
		};
		expect(ids('-1103/-1104')).toEqual(['-1103', '-1104']);
		expect(ids('10001, 10002')).toEqual(['10001', '10002']);
		expect(ids('-1000')).toEqual(['-1000']);
		expect(parseCodeSpec('-4001 to -4014')).toMatchObject({
			kind: 'range',
			from: { code: -4001 },
			to: { code: -4014 },
		});
		// A number with thousands separators is one number; three-digit codes without spaces stay a list.
		expect(parseCodeSpec('1,800')).toBeNull();
		expect(parseCodeSpec('100,000')).toBeNull();
		expect(parseCodeSpec('101,107')).toMatchObject({
			kind: 'codes',
			codes: [{ id: '101' }, { id: '107' }],
		});
		expect(parseCodeSpec('50000-53999')).toMatchObject({
			kind: 'range',
			from: { code: 50000 },
			to: { code: 53999 },
		});
		expect(parseCodeSpec('from 58000 to 58999')).toMatchObject({
			kind: 'range',
			from: { code: 58000 },
			to: { code: 58999 },
		});
		expect(parseCodeSpec('-4001 or so')).toBeNull();
	});

	test('a code line is a code and a name, or a code and a title', () => {
		expect(parseCodeLine('-1000 UNKNOWN')).toMatchObject({
			token: { id: '-1000' },
			name: 'UNKNOWN',
			title: null,
		});
		expect(parseCodeLine('-1008 Request Throttled')).toMatchObject({
			name: null,
			title: 'Request Throttled',
		});
		expect(parseCodeLine('-1000 未知错误')).toMatchObject({ name: null, title: '未知错误' });
		expect(parseCodeLine('10001: Params error')).toMatchObject({
			token: { id: '10001' },
			title: 'Params error',
		});
		expect(parseCodeLine('-5024 MOVE_ORDER_NOT_ALLOWED...')).toMatchObject({
			name: 'MOVE_ORDER_NOT_ALLOWED...',
		});
		expect(parseCodeLine('10001', { bare: true })).toMatchObject({
			token: { id: '10001' },
			name: null,
			title: null,
		});
		expect(parseCodeLine('1. Introduction')).toBeNull();
		expect(parseCodeLine('200 orders at most', { signedOnly: true })).toBeNull();
		expect(isNameLike('Exceed_Maximum_Modify_Order_Limit')).toBe(true);
		expect(isNameLike('Request Throttled')).toBe(false);
	});

	test('identifiers are names, ordinary words are not', () => {
		expect(isIdentifier('GRID_PAUSED')).toBe(true);
		expect(isIdentifier('invalidSymbol')).toBe(true);
		expect(isIdentifier('not_enough_funds')).toBe(true);
		expect(isIdentifier('Unauthorized')).toBe(false);
		expect(isIdentifier('Params error')).toBe(false);
	});

	test('splits names of a multi-code cell', () => {
		expect(splitNames('BALANCE / MARGIN_NOT_SUFFICIENT')).toEqual([
			'BALANCE',
			'MARGIN_NOT_SUFFICIENT',
		]);
		expect(splitNames('INVALID_PRICE_MATCH')).toEqual(['INVALID_PRICE_MATCH']);
	});

	test('code-bearing lines and lines that open with a code', () => {
		expect(isCodeBearing('For transient errors (-1001, -1007), back off')).toBe(true);
		expect(isCodeBearing('"code":-1121,')).toBe(true);
		expect(isCodeBearing('within 5000ms of server time')).toBe(false);
		expect(isCodeBearing('pairs like BTC-USDT-2401')).toBe(false);
		expect(leadingCode('-1000 | Unknown')).toEqual({ id: '-1000', code: -1000 });
		expect(leadingCode('See -1000')).toBeNull();
		expect(leadingCode('> **50013** Systems are busy')).toEqual({ id: '50013', code: 50013 });
		expect(leadingCode('### 30012_4 Order failed')).toEqual({ id: '30012_4', code: 30012 });
		expect(leadingCode('1. Verify the timestamp')).toBeNull();
		expect(leadingCode('2 requests per second')).toBeNull();
		expect(leadingCode('2024-01-01 release')).toBeNull();
		expect(leadingCode('5000ms is the default')).toBeNull();
		expect(leadingCode('1.5 seconds')).toBeNull();
	});
});
