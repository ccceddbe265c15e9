import { describe, expect, test } from 'vitest';
import {
	columnRole,
	isDelimiterRow,
	looksLikeHeader,
	rowCells,
	splitProseCell,
	tableRoles,
} from '../../../src/lib/import/table-columns.ts';

describe('tables', () => {
	test('recognizes columns by their header', () => {
		expect(
			[
				'Code',
				'Error Code',
				'Error Name',
				'Message',
				'Description / Reason',
				'Solution',
				'Status',
				'Meaning',
				'Error Category',
				'Common Error Codes and Summary',
				'Notes',
			].map(columnRole),
		).toEqual([
			'code',
			'code',
			'name',
			'message',
			'description',
			'solution',
			'status',
			'meaning',
			'category',
			'summary',
			'other',
		]);
	});

	test('the Value column of an enumeration is the code column; a Value column of repeated numbers is not', () => {
		const enumeration = [
			['Other', '0', '380001', '1', 'Other'],
			['UnknownID', '1', '380002', '2', 'Unknown ID'],
		];
		expect(tableRoles(['Name', 'Value', 'Id', 'Sort', 'Synopsis'], enumeration)).toEqual([
			'name',
			'code',
			'other',
			'other',
			'description',
		]);
		expect(
			tableRoles(
				['Name', 'Value'],
				[
					['ORDERS_PER_SEC', '10'],
					['BURST', '10'],
				],
			),
		).toEqual(['name', 'other']);
		expect(
			tableRoles(
				['Parameter', 'Value'],
				[
					['timeout', '30'],
					['retries', '3'],
				],
			),
		).toEqual(['other', 'other']);
	});

	test('tells headers and delimiter rows from data', () => {
		expect(looksLikeHeader(['Code', 'Message', 'Description', 'Solution'])).toBe(true);
		expect(looksLikeHeader(['-1000', 'Unknown error'])).toBe(false);
		expect(isDelimiterRow(['---', ':---:'])).toBe(true);
		expect(isDelimiterRow(['---', 'x'])).toBe(false);
	});

	test('a column of numbers with units, or under a header naming a quantity in any language, is not the code column', () => {
		expect(
			tableRoles(
				['Endpoints', 'Quota'],
				[
					['Orders', '50 次/秒'],
					['Account', '20 calls/s'],
					['Data', '30 req/min'],
				],
			),
		).toEqual(['other', 'other']);
		expect(
			tableRoles(
				['类别', '限制'],
				[
					['下单', '8'],
					['查询', '30'],
				],
			),
		).toEqual(['category', 'other']);
		expect(
			tableRoles(
				['Endpoints', 'Result'],
				[
					['Orders', '50 (deprecated)'],
					['Account', '20'],
				],
			),
		).toEqual(['other', 'code']);
	});

	test('keeps unknown columns under their header', () => {
		const cells = rowCells(['Code', 'Message', 'Weight'], ['-1000', 'Unknown', '5']);
		expect(cells.get('code')).toBe('-1000');
		expect(cells.get('name')).toBeUndefined();
		expect(cells.extras).toEqual([{ header: 'Weight', value: '5' }]);
	});

	test('splits a prose cell into one segment per code spec', () => {
		const { prefix, segments } = splitProseCell(
			'-4006 to -4007: Trigger price is invalid; -4183/-4184: Order price exceeds the limit.',
		);
		expect(prefix).toBe('');
		expect(segments).toEqual([
			{
				spec: {
					kind: 'range',
					from: { id: '-4006', code: -4006 },
					to: { id: '-4007', code: -4007 },
				},
				text: 'Trigger price is invalid',
			},
			{
				spec: {
					kind: 'codes',
					codes: [
						{ id: '-4183', code: -4183 },
						{ id: '-4184', code: -4184 },
					],
				},
				text: 'Order price exceeds the limit.',
			},
		]);
	});
});
