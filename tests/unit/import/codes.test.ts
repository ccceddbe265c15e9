import { describe, expect, test } from 'vitest';
import { isCodeBearing, isNameLike, parseCode, parseCodeLine, parseCodeSpec, splitNames, startsWithCode } from '../../../src/lib/import/codes.ts';

describe('code tokens', () => {
	test('parses plain, escaped and unicode-minus codes', () => {
		expect(parseCode('-1121')).toBe(-1121);
		expect(parseCode('\\-1000')).toBe(-1000);
		expect(parseCode('−2010')).toBe(-2010);
		expect(parseCode('BAD')).toBeNull();
	});

	test('parses code lists and ranges, keeping a range a range', () => {
		expect(parseCodeSpec('-1103/-1104')).toEqual({ kind: 'codes', codes: [-1103, -1104] });
		expect(parseCodeSpec('-1000')).toEqual({ kind: 'codes', codes: [-1000] });
		expect(parseCodeSpec('-4001 to -4014')).toEqual({ kind: 'range', from: -4001, to: -4014 });
		expect(parseCodeSpec('-4001 or so')).toBeNull();
	});

	test('a code line is a code and a name, not a sentence', () => {
		expect(parseCodeLine('-1000 UNKNOWN')).toEqual({ code: -1000, name: 'UNKNOWN' });
		expect(parseCodeLine('-1008 Request Throttled')).toEqual({ code: -1008, name: 'Request Throttled' });
		expect(parseCodeLine('-5024 MOVE_ORDER_NOT_ALLOWED...')).toEqual({ code: -5024, name: 'MOVE_ORDER_NOT_ALLOWED...' });
		expect(parseCodeLine('-1001 means the server dropped you.')).toBeNull();
		expect(isNameLike('Exceed_Maximum_Modify_Order_Limit')).toBe(true);
	});

	test('splits names of a multi-code cell', () => {
		expect(splitNames('BALANCE / MARGIN_NOT_SUFFICIENT')).toEqual(['BALANCE', 'MARGIN_NOT_SUFFICIENT']);
		expect(splitNames('INVALID_PRICE_MATCH')).toEqual(['INVALID_PRICE_MATCH']);
	});

	test('code-bearing lines and lines that open with a code', () => {
		expect(isCodeBearing('For transient errors (-1001, -1007), back off')).toBe(true);
		expect(isCodeBearing('"code":-1121,')).toBe(true);
		expect(isCodeBearing('within 5000ms of server time')).toBe(false);
		expect(isCodeBearing('pairs like BTC-USDT-2401')).toBe(false);
		expect(startsWithCode('-1000 | Unknown')).toBe(true);
		expect(startsWithCode('See -1000')).toBe(false);
	});
});
