import { describe, expect, test } from 'vitest';
import {
	isBlockTitle,
	isTitleLike,
	repairEncoding,
	slugify,
} from '../../../src/lib/import/text.ts';
import { templateParts } from '../../../src/lib/decode/template.ts';

describe('titles', () => {
	test('block titles name a range of codes', () => {
		expect(isBlockTitle('10xx - General Server or Network issues')).toBe(true);
		expect(isBlockTitle('3xxx-5xxx Filters and other issues')).toBe(true);
		expect(isBlockTitle('Signature Errors (12xx)')).toBe(true);
		expect(isBlockTitle('Error Codes')).toBe(false);
	});

	test('title-like lines are short, capitalized and unpunctuated', () => {
		expect(isTitleLike('HTTP Status Codes')).toBe(true);
		expect(isTitleLike('Best Practices')).toBe(true);
		expect(isTitleLike('Skip to main content')).toBe(false);
		expect(isTitleLike('Version: V3')).toBe(false);
		expect(isTitleLike('Rate limited - implement backoff')).toBe(false);
	});

	test('slugs are stable URL segments', () => {
		expect(slugify('10xx - General Server or Network issues')).toBe(
			'10xx-general-server-or-network-issues',
		);
		expect(slugify('Signature Errors (12xx)')).toBe('signature-errors-12xx');
		expect(slugify('10xx - Authentication / Access')).toBe('10xx-authentication-access');
	});
});

describe('templates', () => {
	test('splits messages at %s and %d', () => {
		expect(templateParts('limit must be between %d and %d.')).toEqual([
			{ text: 'limit must be between ' },
			{ placeholder: '%d' },
			{ text: ' and ' },
			{ placeholder: '%d' },
			{ text: '.' },
		]);
		expect(templateParts('Invalid symbol.')).toEqual([{ text: 'Invalid symbol.' }]);
	});
});

describe('encoding repair', () => {
	test('repairs UTF-8 read as Windows-1252 and says what it changed', () => {
		expect(repairEncoding('Invalid assetã€‚')).toEqual({
			text: 'Invalid asset。',
			repairs: [{ from: 'ã€‚', to: '。' }],
		});
		expect(repairEncoding('cafÃ©').text).toBe('café');
	});

	test('leaves real non-ASCII text alone', () => {
		expect(repairEncoding('Binance USDⓈ-M, café, 。')).toEqual({
			text: 'Binance USDⓈ-M, café, 。',
			repairs: [],
		});
	});
});
