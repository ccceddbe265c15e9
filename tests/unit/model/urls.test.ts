import { describe, expect, it } from 'vitest';
import {
	codeJsonPath,
	codePath,
	codeSlug,
	decodePath,
	isNumericId,
	route,
} from '../../../src/lib/model/urls.ts';

describe('decodePath', () => {
	it('is the decoder page without a paste', () => {
		expect(decodePath()).toBe('decode/');
		expect(decodePath('')).toBe('decode/');
	});

	it('carries a paste URL-encoded in ?q=, so none of its characters ends the query or starts a fragment', () => {
		const paste = `{"code":-1121,"msg":"a&b=c #d 'e' <f>"}`;
		const path = decodePath(paste);
		expect(path).toBe(`decode/?q=${encodeURIComponent(paste)}`);
		expect(path.slice('decode/?q='.length)).not.toMatch(/[&#"<> ]/);
		expect(new URL(path, 'https://x.test/').searchParams.get('q')).toBe(paste);
	});

	it('is a route from the site root as the model writes them', () => {
		expect(route(decodePath('-1121'))).toBe('/decode/?q=-1121');
		expect(route(`/${decodePath()}`)).toBe('/decode/');
	});
});

describe('codeSlug', () => {
	it('keeps a numeric id as written, so no numeric URL moves', () => {
		for (const id of ['-1121', '50013', '0', '30012_4', '123456789']) expect(codeSlug(id)).toBe(id);
		expect(codePath('binance-usdm', '-1121')).toBe('binance-usdm/-1121/');
	});

	it('lower-cases a string id and writes each run of other characters as one dash', () => {
		expect(codeSlug('EOrder:Insufficient funds')).toBe('eorder-insufficient-funds');
		expect(codeSlug('order-accountbalance-error')).toBe('order-accountbalance-error');
		expect(codeSlug('INSUFFICIENT_FUND')).toBe('insufficient_fund');
		expect(codeSlug('EAPI:Invalid nonce ')).toBe('eapi-invalid-nonce');
		expect(codeSlug('账户余额不足')).toBe('');
		expect(codePath('kraken', 'EOrder:Insufficient funds')).toBe(
			'kraken/eorder-insufficient-funds/',
		);
		expect(codeJsonPath('kraken', 'EOrder:Insufficient funds')).toBe(
			'api/v1/kraken/eorder-insufficient-funds.json',
		);
	});

	it('tells numeric ids from string ids', () => {
		expect(['-1121', '30012_4', '0'].every(isNumericId)).toBe(true);
		expect(['E1121', '1121a', 'INSUFFICIENT_FUND', '-'].some(isNumericId)).toBe(false);
	});
});
