import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readAtlas } from '../../../src/lib/atlas.ts';
import { splitSource } from '../../../src/lib/import/source-front-matter.ts';
import { readSource } from '../../../src/lib/import/source-reader.ts';
import { withFittedHeaders } from '../../../src/lib/import/lines.ts';
import type { CodeEntry } from '../../../src/lib/model/model.ts';

/**
 * One fixture per shape real venue pages publish (tests/fixtures/shapes/), each with its
 * exact import: the codes, names, titles, messages and the fields each shape fills.
 */
const atlas = readAtlas(join(import.meta.dirname, '../../fixtures/shapes'));
const dialect = (id: string) => atlas.dialects.find((d) => d.id === id)!;
const codes = (id: string) => atlas.codes.filter((entry) => entry.dialect === id);
const brief = (entry: CodeEntry) => ({
	id: entry.id,
	code: entry.code,
	name: entry.name,
	title: entry.title,
	messages: entry.messages,
	description: entry.description,
});

describe('the shape fixtures', () => {
	test('import with no problem and no unread line', () => {
		expect(atlas.problems).toEqual([]);
		expect(atlas.reports.flatMap((report) => report.unread)).toEqual([]);
	});

	test('codes without a minus sign, 0 and one-digit codes, 9 digits, the HTTP status per code', () => {
		expect(
			codes('unsigned-codes').map((entry) => [
				entry.id,
				entry.code,
				entry.messages[0] ?? entry.description,
				entry.httpStatus,
			]),
		).toEqual([
			['0', 0, 'OK', 200],
			['-1', -1, 'request expired', 400],
			['7', 7, 'Invalid request', 400],
			['50013', 50013, 'Systems are busy. Please try again later.', 503],
			['123456789', 123456789, 'Internal error', 500],
			['20417', 20417, 'Details: grid is paused', null],
			['20418', 20418, 'Details: grid is stopped', null],
		]);
		expect(codes('unsigned-codes').find((entry) => entry.id === '50013')!.url).toBe(
			'/unsigned-codes/50013/',
		);
	});

	test('identifiers under a "Message" header are names; junk after a name is cut with a note', () => {
		const paused = codes('unsigned-codes').find((entry) => entry.id === '20417')!;
		expect(brief(paused)).toEqual({
			id: '20417',
			code: 20417,
			name: 'GRID_PAUSED',
			title: 'GRID_PAUSED',
			messages: [],
			description: 'Details: grid is paused',
		});
		expect(paused.notes).toContain(
			'The name cell reads `GRID_PAUSED = 20417;`; the text after the name, `= 20417;`, is not part of it and is cut off.',
		);
	});

	test('sub-codes are entries of their own, under their number', () => {
		expect(
			codes('sub-codes').map((entry) => [entry.id, entry.code, entry.url, entry.messages]),
		).toEqual([
			['30012', 30012, '/sub-codes/30012/', ['Order failed']],
			['30012_4', 30012, '/sub-codes/30012_4/', ['Order failed: insufficient margin for {param0}']],
			['30012_5', 30012, '/sub-codes/30012_5/', ['Order failed: price {0} out of range']],
		]);
	});

	test('the only text column of a table is the description, and the title', () => {
		expect(codes('description-only').map(brief)).toEqual([
			{
				id: '10001',
				code: 10001,
				name: null,
				title: 'Request parameter error',
				messages: [],
				description: 'Request parameter error',
			},
			{
				id: '10002',
				code: 10002,
				name: null,
				title: 'The request time exceeds the time window range.',
				messages: [],
				description: 'The request time exceeds the time window range.',
			},
			{
				id: '10003',
				code: 10003,
				name: null,
				title: 'API key is invalid.',
				messages: [],
				description: 'API key is invalid.',
			},
		]);
	});

	test('blockquoted code lines with bullets inside or below the quote', () => {
		expect(codes('blockquote').map((entry) => [entry.id, entry.name, entry.messages])).toEqual([
			['-1000', 'UNKNOWN', ['An unknown error occurred while processing the request.']],
			[
				'-1001',
				'DISCONNECTED',
				['Internal error; unable to process your request.', 'Please try again.'],
			],
			['10045', 'RISK_LIMIT', ['Risk limit exceeded.']],
		]);
	});

	test('heading labels that are not identifiers are titles; anchors, <a id> and zero-width characters are decoration', () => {
		expect(codes('heading-titles').map(brief)).toEqual([
			{
				id: '-2031',
				code: -2031,
				name: null,
				title: 'Order replace partly failed',
				messages: [],
				description: 'The cancel succeeded but the new order was rejected.',
			},
			{
				id: '-1000',
				code: -1000,
				name: null,
				title: '未知错误',
				messages: ['未知错误'],
				description: null,
			},
			{
				id: '-1002',
				code: -1002,
				name: 'UNAUTHORIZED',
				title: 'UNAUTHORIZED',
				messages: ['You are not authorized.'],
				description: null,
			},
			{
				id: '10001',
				code: 10001,
				name: null,
				title: 'Request parameter error.',
				messages: ['Request parameter error.'],
				description: null,
			},
		]);
	});

	test('codes named in a section title carry the messages of its table; a table naming no code is the dialect’s', () => {
		expect(codes('heading-codes').map((entry) => [entry.id, entry.name, entry.messages])).toEqual([
			[
				'-2040',
				'AMEND_REJECTED',
				['Order amend rejected.', 'Unknown order sent.', 'Duplicate order sent.'],
			],
			['-1010', 'MSG_RECEIVED', ['Unknown order sent.', 'Duplicate order sent.']],
		]);
		expect(dialect('heading-codes').messageTables).toEqual([
			{
				title: 'Filter failures',
				section: { id: 'filter-failures', title: 'Filter failures' },
				rows: [
					{ message: 'Filter failure: TICK_SIZE', description: 'The price is off the tick size.' },
					{
						message: 'Filter failure: LOT_SIZE',
						description: 'The quantity is off the step size.',
					},
				],
				source: { file: 'heading-codes.md', role: 'primary' },
			},
		]);
	});

	test('struck-through rows are kept as deprecated; a struck number beside a code is noted', () => {
		expect(codes('struck').map((entry) => [entry.id, entry.deprecated, entry.messages])).toEqual([
			['10017', false, ['Route not found.']],
			['10018', true, ['Old limit exceeded.']],
			['182021', false, ['Cannot enable spot margin in isolated mode.']],
			['10019', false, ['Current wording.']],
		]);
		expect(codes('struck')[2].notes).toContain(
			'The source strikes through `110075` beside this code: the number it replaces.',
		);
	});

	test('struck text beside live text in a message cell leaves the message and is kept as a note', () => {
		const entry = codes('struck')[3];
		expect(entry.messages).toEqual(['Current wording.']);
		expect(entry.notes).toContain(
			'The source strikes through `Withdrawn wording.` in the "Message" cell, beside "Current wording.": text it no longer gives, left out of the entry and kept here.',
		);
	});

	test('HTTP status tables by section title or reason phrases, even under a "Code" header', () => {
		expect(
			dialect('http-table').httpStatuses.map((status) => [status.status, status.meaning]),
		).toEqual([
			[400, 'Bad request. Check the parameters.'],
			[401, 'Invalid request. Use the correct key.'],
			[429, 'Too Many Requests -- Access limit breached.'],
		]);
		expect(codes('http-table').map((entry) => entry.id)).toEqual(['10001']);
	});

	test('a page that lists its codes again in Chinese: translations, wrapped rows joined, the range once', () => {
		const [savings, risk, transfer] = codes('two-languages');
		expect(savings).toMatchObject({
			id: '58002',
			messages: ['Please activate Savings Account first.'],
			translations: {
				'zh-CN': { title: null, messages: ['请先开通余币宝服务'], description: null },
			},
		});
		expect(risk.messages).toEqual([
			'The trading product triggers risk control, and the platform has suspended the fund transfer-out function. Please wait patiently.',
		]);
		expect(risk.translations['zh-CN'].messages).toEqual([
			'交易产品触发风控，平台已暂停相关用户的资金转出功能，请耐心等待',
		]);
		expect(transfer.translations).toEqual({});
		expect(
			dialect('two-languages').ranges.map((range) => [range.from, range.to, range.description]),
		).toEqual([[58000, 58999, 'Error Code from 58000 to 58999']]);
		expect(dialect('two-languages').sections.map((section) => section.id)).toEqual(['funding']);
	});

	test('a separate translated source adds translations to the primary’s codes', () => {
		expect(codes('translated').map((entry) => [entry.id, entry.translations])).toEqual([
			['-1000', { 'zh-CN': { title: null, messages: ['未知错误。'], description: null } }],
			[
				'-1003',
				{
					'zh-CN': {
						title: null,
						messages: ['请求过多；当前限制为每分钟 %s 次请求。'],
						description: null,
					},
				},
			],
		]);
		expect(
			dialect('translated').sources.map((source) => [source.file, source.role, source.lang]),
		).toEqual([
			['translated.md', 'primary', 'en'],
			['translated-zh.md', 'translation', 'zh-CN'],
		]);
	});

	test('cells past the header are recovered; one in another script is the translation', () => {
		expect(
			codes('extra-cells').map((entry) => [
				entry.id,
				entry.description,
				entry.translations['zh-CN']?.description,
			]),
		).toEqual([
			['0', 'success', '成功'],
			['2001', 'request param invalid', '参数格式不对'],
		]);
	});

	test('one code in two sections with other texts keeps both, each with its section', () => {
		const [, both] = codes('two-sections');
		expect(both).toMatchObject({
			id: '170010',
			section: { id: 'spot' },
			messages: ['Purchase failed: Exceed the maximum position limit.'],
		});
		expect(both.alsoIn).toEqual([
			{
				section: { id: 'margin', title: 'Margin' },
				name: null,
				title: null,
				messages: ['Borrow failed: Exceed the maximum loan limit.'],
				description: null,
				solution: null,
			},
		]);
		expect(dialect('two-sections').sections.map((section) => [section.id, section.codes])).toEqual([
			['spot', ['170001', '170010']],
			['margin', ['170010']],
		]);
	});

	test('an enumeration (Name | Value | Id | Synopsis): the values are the codes, not the ids beside them', () => {
		expect(codes('enum-values').map((entry) => [entry.id, entry.name, entry.description])).toEqual([
			['0', 'UnknownMarket', 'Market is not known\nId: 900101\nSort: 0'],
			['1', 'PriceOffTick', 'Price is not on the tick\nId: 900102\nSort: 1'],
			['2', 'OrderTooLarge', 'Order exceeds the size cap\nId: 900103\nSort: 2'],
			['99', 'Other', 'Other\nId: 900104\nSort: 99'],
		]);
	});

	test('ranges written in prose; a hyphenated trace id in an example is not one', () => {
		expect(dialect('prose-ranges').ranges.map((range) => [range.from, range.to])).toEqual([
			[-3290, -3299],
		]);
		expect(codes('prose-ranges').map((entry) => entry.id)).toEqual(['-3290', '-3291']);
	});

	test('an exporter’s HTML table reads like a GFM table', () => {
		expect(codes('html-table').map((entry) => [entry.id, entry.messages])).toEqual([
			['10001', ['Invalid parameter & value']],
			['10002', ['Signature error']],
		]);
	});

	test('code lines inside an HTML block (`<aside>` with `<br>` between them) read as plain lines; a caption naming codes vouches for a lone one', () => {
		// A title-like caption (`Connection Error Codes`) opens a section of its own, as such lines do on pasted pages.
		expect(
			codes('html-aside').map((entry) => [entry.id, entry.title, entry.section.title]),
		).toEqual([
			['20100', 'Handshake rejected', 'Connection Error Codes'],
			['20101', 'Protocol & format not supported', 'Connection Error Codes'],
			['20200', 'Login refused for <ACCOUNT_ID>', 'Login'],
			['20300', 'Too many sessions', 'Sessions'],
			['20400', 'Order rate exceeded', 'Limit Error Codes'],
		]);
	});

	test('a column of quantities (`50 次/秒`, `1,200 req/min`) is not a code column', () => {
		expect(codes('quantity-columns').map((entry) => [entry.id, entry.messages])).toEqual([
			['30001', ['Quota exceeded, retry after 1,000 ms']],
			['30002', ['Order rejected']],
		]);
		expect(dialect('quantity-columns').prose.map((prose) => prose.title)).toContain('Quotas');
	});

	test('codes listed one per line in a fenced block; a JSON example stays an example', () => {
		expect(codes('code-block-list').map((entry) => [entry.id, entry.name, entry.title])).toEqual([
			['40001', null, 'Order not found'],
			['40002', 'ORDER_FILLED', 'ORDER_FILLED'],
		]);
		expect(
			dialect('code-block-list')
				.prose.flatMap((prose) => prose.blocks)
				.some((block) => block.text.includes('{"code": 40001')),
		).toBe(true);
	});

	test('the upstream page’s own front matter is its metadata, not a section', () => {
		expect(dialect('upstream-front-matter').sections.map((section) => section.title)).toEqual([
			'Account',
		]);
		expect(codes('upstream-front-matter').map((entry) => entry.id)).toEqual(['33004']);
	});

	test('a page whose table lives in its own front matter (`body_md: |-`) is read there, at its lines', () => {
		expect(codes('front-matter-content').map((entry) => [entry.id, entry.title])).toEqual([
			['710', 'Basket rejected, unknown basket kind'],
			['711', 'Basket rejected, too many legs'],
		]);
		const file = join(import.meta.dirname, '../../fixtures/shapes/front-matter-content.md');
		const { source } = splitSource('front-matter-content.md', readFileSync(file, 'utf8'));
		expect(
			readSource('front-matter-content.md', source!.body, source!.bodyLine).entries.map(
				(entry) => entry.line,
			),
		).toEqual([14, 15]);
		expect(dialect('front-matter-content').sections.map((section) => section.title)).toEqual([
			'Codes',
		]);
	});

	test('a placeholder cell (`--`, `-`, `N/A`) is an empty cell, with a note, not a name or a message', () => {
		expect(codes('placeholder-cells').map(brief)).toEqual([
			{ id: '0', code: 0, name: null, title: 'Done', messages: [], description: 'Done' },
			{
				id: '7001',
				code: 7001,
				name: 'LEG_LIMIT',
				title: 'LEG_LIMIT',
				messages: [],
				description: 'Too many legs in one basket',
			},
			{
				id: '7002',
				code: 7002,
				name: 'QUOTE_STALE',
				title: 'QUOTE_STALE',
				messages: [],
				description: null,
			},
			{
				id: '7003',
				code: 7003,
				name: null,
				title: 'Quote window closed',
				messages: [],
				description: 'Quote window closed',
			},
		]);
		expect(codes('placeholder-cells')[0].notes).toContain(
			'The "Message Code" cell holds `--`, a placeholder for none: read as empty.',
		);
		expect(codes('placeholder-cells')[2].notes).toContain(
			'The "Description" cell holds `-`, a placeholder for none: read as empty.',
		);
	});

	test('headers written the wrong way round: the column of codes is the code column when the one headed so holds none', () => {
		expect(codes('swapped-headers').map((entry) => [entry.id, entry.messages])).toEqual([
			['40001', ['ACCESS_KEY cannot be empty']],
			['40002', ['SECRET_KEY cannot be empty']],
			['40003', ['Request timestamp expired']],
		]);
	});

	test('a "Status code" column of the venue’s own texts holds codes; of reason phrases, HTTP statuses', () => {
		expect(codes('status-code-header').map((entry) => [entry.id, entry.title])).toEqual([
			['131', 'Withdrawal failed, address not whitelisted'],
			['200', 'Success'],
			['404', 'Others error warning'],
		]);
		expect(
			dialect('status-code-header').httpStatuses.map((http) => [http.status, http.meaning]),
		).toEqual([
			[403, 'Forbidden'],
			[503, 'Service Unavailable'],
		]);
	});

	test('a header row with an extra empty cell over a shorter delimiter row (Bybit) is still a table', () => {
		expect(codes('extra-header-cell').map((entry) => [entry.id, entry.description])).toEqual([
			['790000', 'system error. please try again later'],
			['790001', 'sign verification failed'],
		]);
		expect(withFittedHeaders('|Code |Description |   |\n|:--|:--|\n|1|a|')).toBe(
			'| Code | Description |\n|:--|:--|\n|1|a|',
		);
		// A cell that holds text is never dropped: such a header is left as written.
		expect(withFittedHeaders('|Code |Description | Note |\n|:--|:--|')).toBe(
			'|Code |Description | Note |\n|:--|:--|',
		);
	});

	test('a wrapped sentence that goes on at a number (HTX: `...has at least` / `10 BTC, you can send`) stays prose', () => {
		expect(codes('wrapped-sentence-number').map((entry) => entry.id)).toEqual([
			'order-accountbalance-error',
			'510',
		]);
		expect(
			atlas.dialects
				.find((dialect) => dialect.id === 'wrapped-sentence-number')!
				.prose.flatMap((part) => part.blocks.map((block) => block.text))
				.join('\n'),
		).toMatch(/10 BTC, you can send/);
	});

	test('a <br> in a table cell is one space, with the spaces around it (Bitkub)', () => {
		expect(
			codes('br-cells').map((entry) => [entry.id, entry.messages[0] ?? entry.description]),
		).toEqual([
			['9', '• Invalid user • User not found • Freeze user'],
			['10', 'Invalid parameter Invalid response'],
		]);
	});

	test('headings under "Status Codes" are HTTP statuses, not codes (Bitkub v4)', () => {
		expect(codes('status-headings').map((entry) => entry.id)).toEqual(['V1005']);
		expect(
			atlas.dialects
				.find((dialect) => dialect.id === 'status-headings')!
				.httpStatuses.map((status) => status.status),
		).toEqual([200, 400]);
	});

	test('sections of one heading under different parents are titled with the parent, their ids unchanged (HTX)', () => {
		expect(
			atlas.dialects
				.find((dialect) => dialect.id === 'repeated-headings')!
				.sections.map((section) => [section.id, section.title]),
		).toEqual([
			['error-code', 'Trading · Error Code'],
			['error-code-2', 'Account · Error Code'],
		]);
		expect(codes('repeated-headings').map((entry) => entry.section.title)).toEqual([
			'Trading · Error Code',
			'Account · Error Code',
		]);
	});

	test('a code column beside an HTTP status column, under an "Http status" heading, holds codes (Bitrue)', () => {
		expect(
			codes('http-status-column').map((entry) => [
				entry.id,
				entry.httpStatus,
				entry.messages[0] ?? entry.description,
			]),
		).toEqual([
			['-2013', 200, 'Could not find order information for given order ID.'],
			['-1121', 412, 'Invalid symbol name given.'],
		]);
	});
});
