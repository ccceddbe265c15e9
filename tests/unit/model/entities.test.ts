import { describe, expect, it } from 'vitest';
import { characterReference } from '../../../src/lib/model/entities.ts';
import { htmlTableRows } from '../../../src/lib/import/html-table.ts';

describe('characterReference', () => {
	it('decodes the common names and numeric references, in any case', () => {
		expect(
			['amp', 'LT', 'gt', 'quot', 'apos', 'nbsp', '#39', '#x2F', '#X2f', '#233'].map(
				characterReference,
			),
		).toEqual(['&', '<', '>', '"', "'", '\u00a0', "'", '/', '/', 'é']);
	});

	it('knows nothing of other names, of properties of plain objects or of numbers past Unicode', () => {
		expect(
			['constructor', 'toString', 'sup2', '#0', '#99999999', '#x110000'].map(characterReference),
		).toEqual([null, null, null, null, null, null]);
	});

	it('leaves a source table cell with a reference past Unicode as written, where it used to throw', () => {
		const rows = htmlTableRows(
			'<table><tr><th>Code</th><th>Message</th></tr><tr><td>1</td><td>&#99999999; &amp; x</td></tr></table>',
		);
		expect(rows.at(-1)?.cells).toEqual(['1', '&#99999999; & x']);
	});
});
