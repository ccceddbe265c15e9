import { describe, expect, it } from 'vitest';
import {
	fromErrorArray,
	fromErrorKey,
	fromHtmlPage,
	fromTableRow,
} from '../../../src/lib/decode/shapes.ts';

describe('shapes: error arrays', () => {
	it('reads `["error", code, "message"]`', () => {
		expect(fromErrorArray('failed - ["error",10020,"amount: invalid"]')).toEqual({
			code: 10020,
			message: 'amount: invalid',
		});
	});

	it('reads the rest of the line when the paste was cut inside the message', () => {
		expect(
			fromErrorArray('status 500 - ["error",10001,"Invalid order: not enough balance for 1.0 at'),
		).toEqual({
			code: 10001,
			message: 'Invalid order: not enough balance for 1.0 at',
		});
	});

	it('ignores arrays not led by the word error', () => {
		expect(fromErrorArray('[0,"n",[1,"on-req"],null,"SUCCESS","ok"]')).toBeNull();
	});
});

describe('shapes: the error key', () => {
	it('reads a string or the first string of a list', () => {
		expect(fromErrorKey('{"error":["EQuery:Unknown asset pair"]}')).toEqual({
			code: null,
			message: 'EQuery:Unknown asset pair',
		});
		expect(fromErrorKey("{'success': 0, 'error': 'Insufficient funds'}")).toEqual({
			code: null,
			message: 'Insufficient funds',
		});
	});

	it('skips an error key holding an object, an empty list and an unquoted Error:', () => {
		expect(fromErrorKey('{"error":{"code":1,"message":"x"}}')).toBeNull();
		expect(fromErrorKey('{"error":[],"result":{}}')).toBeNull();
		expect(fromErrorKey('Error: "quoted words" in an exception line')).toBeNull();
	});
});

describe('shapes: a row of an error table', () => {
	it('reads the code cell and the text cell after it', () => {
		expect(fromTableRow('400003 | KC-API-KEY not exists\n-- | --')).toEqual({
			code: 400003,
			message: 'KC-API-KEY not exists',
		});
		expect(fromTableRow('| -1121 | Invalid symbol. | more |')).toEqual({
			code: -1121,
			message: 'Invalid symbol.',
		});
	});

	it('needs words in the text cell and a number alone in the first', () => {
		expect(fromTableRow('2024 | 2025')).toBeNull();
		expect(fromTableRow('2021-08-23 01:45:08.598 | error | failed')).toBeNull();
	});
});

describe('shapes: HTML error pages', () => {
	it('reads the title, else the first heading', () => {
		const page =
			'<html>\n<head><title>503 Service Temporarily Unavailable</title></head>\n<body><h1>503</h1></body></html>';
		expect(fromHtmlPage(`GET https://api.example.com/v1 503 ${page}`)).toEqual({
			code: null,
			message: '503 Service Temporarily Unavailable',
		});
		expect(fromHtmlPage('<!DOCTYPE html><body><h1>Access denied</h1></body>')).toEqual({
			code: null,
			message: 'Access denied',
		});
	});

	it('is not fooled by a title outside a page', () => {
		expect(fromHtmlPage('a <title>x</title> in prose')).toBeNull();
	});
});
