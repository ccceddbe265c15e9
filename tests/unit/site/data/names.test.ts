import { describe, expect, test } from 'vitest';
import { isName, nameParts } from '../../../../src/site/data/names.ts';
import { withSourceTitles } from '../../../../src/site/data/notes.ts';

describe('names', () => {
	test('wrap only after an underscore, and lose no character', () => {
		expect(nameParts('TOO_MANY_REQUESTS')).toEqual(['TOO_', 'MANY_', 'REQUESTS']);
		expect(nameParts('UNKNOWN')).toEqual(['UNKNOWN']);
		expect(nameParts('A__B_')).toEqual(['A_', '_', 'B_']);
		expect(nameParts('A__B_').join('')).toBe('A__B_');
	});

	test('tell a name from a title written as prose', () => {
		for (const name of [
			'BAD_SYMBOL',
			'UNKNOWN',
			'Existing_Pending_Modification',
			'MOVE_ORDER_NOT_ALLOWED...',
		])
			expect(isName(name), name).toBe(true);
		for (const title of ['Invalid symbol', 'Insufficient balance', 'Request Throttled', 'Unknown'])
			expect(isName(title), title).toBe(false);
	});
});

describe('notes', () => {
	test('name sources by title, not by file', () => {
		const sources = [
			{ file: 'binance-usdm.md', title: 'Error Codes' },
			{ file: 'binance-usdm-summary.md', title: 'Error Codes (summary)' },
		];
		expect(
			withSourceTitles(
				'binance-usdm-summary.md calls it `UNKNOWN`; binance-usdm.md wins.',
				sources,
			),
		).toBe('Error Codes (summary) calls it `UNKNOWN`; Error Codes wins.');
	});
});
