import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitSource } from '../../../src/lib/import/source-front-matter.ts';
import { readSource, type ReadResult } from '../../../src/lib/import/source-reader.ts';
import { SEEDS } from '../helpers/sources.ts';

function readSeed(file: string): ReadResult {
	const { source } = splitSource(file, readFileSync(join(SEEDS, file), 'utf8'));
	return readSource(file, source!.body, source!.bodyLine);
}

const entry = (result: ReadResult, code: number) => result.entries.find((e) => e.code === code)!;

describe('code per plain line (binance-usdm.md)', () => {
	const result = readSeed('binance-usdm.md');

	test('reads 67 codes in 3 sections and leaves no line unread', () => {
		expect(result.entries).toHaveLength(67);
		expect(result.sections.map((s) => [s.title, s.codes.length])).toEqual([
			['10xx - General Server or Network issues', 20],
			['11xx - Request issues', 28],
			['20xx - Processing Issues', 19],
		]);
		expect(result.unread).toEqual([]);
		expect(result.problems).toEqual([]);
	});

	test('keeps every message variant in order, typos included', () => {
		expect(entry(result, -1000)).toMatchObject({
			name: 'UNKNOWN',
			messages: ['An unknown error occured while processing the request.'],
		});
		expect(entry(result, -1102).messages).toEqual([
			'A mandatory parameter was not sent, was empty/null, or malformed.',
			"Mandatory parameter '%s' was not sent, was empty/null, or malformed.",
			"Param '%s' or '%s' must be sent, but both were empty/null!",
		]);
		expect(entry(result, -1008)).toMatchObject({ name: null, title: 'Request Throttled' });
	});

	test('joins a message that wraps onto the next line (-1125)', () => {
		const listenKey = entry(result, -1125);
		expect(listenKey.messages).toEqual([
			'This listenKey does not exist. Please use POST /fapi/v1/listenKeyto recreatelistenKey',
		]);
		expect(listenKey.notes.join(' ')).toMatch(/wraps onto source line/);
		expect(entry(result, -1126).messages).toEqual(['This asset is not supported.']);
	});

	test('points each entry at its line in the file', () => {
		expect(entry(result, -1000).line).toBe(19);
		expect(result.sections[1].line).toBe(63);
	});

	test('keeps the JSON example of the preamble as prose with a code block', () => {
		expect(
			result.prose[0].blocks.some(
				(block) => block.type === 'code' && block.text.includes('"code":-1121'),
			),
		).toBe(true);
	});
});

describe('tables with multi-code cells, prose cells and ranges (binance-usdm-summary.md)', () => {
	const result = readSeed('binance-usdm-summary.md');

	test('reads 89 codes, 7 ranges and 5 sections with nothing unread', () => {
		expect(result.entries).toHaveLength(89);
		expect(result.sections).toHaveLength(5);
		expect(result.unread).toEqual([]);
		expect(result.ranges.map((range) => [range.from, range.to])).toEqual([
			[-4001, -4014],
			[-4006, -4007],
			[-4046, -4054],
			[-4167, -4172],
			[-4059, -4068],
			[-4063, -4081],
			[-4202, -4209],
		]);
	});

	test('splits `-1110/-1111 | BAD_INSTRUMENT_TYPE / PRECISION` into one entry per code', () => {
		expect(entry(result, -1110).name).toBe('BAD_INSTRUMENT_TYPE');
		expect(entry(result, -1111).name).toBe('PRECISION');
		expect(entry(result, -1111).description).toBe(
			'Incorrect trading pair, or precision exceeds the maximum defined value.',
		);
	});

	test('marks names that are cut short or do not split, never completing them', () => {
		expect(entry(result, -5024)).toMatchObject({
			name: 'MOVE_ORDER_NOT_ALLOWED...',
			nameTruncated: true,
		});
		expect(entry(result, -1102)).toMatchObject({
			name: 'MANDATORY_PARAM_EMPTY...',
			nameTruncated: true,
		});
		expect(entry(result, -5037)).toMatchObject({
			name: 'INVALID_PRICE_MATCH',
			nameTruncated: true,
		});
		expect(entry(result, -5038)).toMatchObject({
			name: 'INVALID_PRICE_MATCH',
			nameTruncated: true,
		});
		expect(entry(result, -5021)).toMatchObject({ name: 'FOK_ORDER_REJECT', nameTruncated: false });
	});

	test('reads the codes named in prose cells: 11 in the 40xx table', () => {
		const forties = result.entries
			.filter((e) => e.section.id === '40xx-filter-and-risk-control-issues')
			.map((e) => e.code);
		expect(forties.sort()).toEqual(
			[-4028, -4118, -4161, -4164, -4183, -4184, -4192, -4400, -4401, -4402, -4403].sort(),
		);
		expect(entry(result, -4164).description).toBe(
			'Order notional value too small (typically must be >= 5 USDT, except for reduce-only orders).',
		);
		expect(entry(result, -4402).description).toBe(
			'Region unavailable or leverage cap imposed due to compliance requirements.',
		);
		expect(entry(result, -4402).name).toBeNull();
	});

	test('reads 14 codes from the 50xx table', () => {
		expect(
			result.entries.filter((e) => e.section.id === '50xx-order-execution-and-modification-issues'),
		).toHaveLength(14);
	});
});

describe('tables without outer pipes, HTTP statuses and prose (gateway.md)', () => {
	const result = readSeed('gateway.md');

	test('reads 70 codes with message, description and solution but no names', () => {
		expect(result.entries).toHaveLength(70);
		expect(entry(result, -1000)).toMatchObject({
			name: null,
			messages: ['Unknown error'],
			description: 'An unexpected error occurred',
			solution: 'Retry the request. If persistent, contact support',
		});
		expect(entry(result, -2010).messages).toEqual(['Insufficient balance']);
		expect(result.unread).toEqual([]);
	});

	test('keeps "Signature Errors (12xx)" as written, holding -1021 and -1022', () => {
		const signature = result.sections.find((s) => s.title === 'Signature Errors (12xx)')!;
		expect(signature.codes).toEqual(['-1021', '-1022']);
	});

	test('reads the HTTP status table as HTTP statuses', () => {
		expect(result.httpStatuses.map((s) => s.status)).toEqual([
			200, 400, 401, 403, 404, 429, 500, 502, 503, 504,
		]);
		expect(result.httpStatuses[5]).toMatchObject({
			status: 429,
			meaning: 'Too Many Requests',
			description: 'Rate limit exceeded',
		});
	});

	test('keeps response format, signature steps and best practices as prose, code as code', () => {
		const titles = result.prose.map((p) => p.title);
		expect(titles).toEqual(
			expect.arrayContaining([
				'Response Format',
				'Fixing Signature Errors',
				'Best Practices',
				'Error Handling',
				'Retry Strategy',
			]),
		);
		const handling = result.prose.find((p) => p.title === 'Error Handling')!;
		expect(handling.blocks).toHaveLength(1);
		expect(handling.blocks[0].type).toBe('code');
		expect(handling.blocks[0].text).toContain('# Rate limited - implement backoff');
		const retry = result.prose.find((p) => p.title === 'Retry Strategy')!;
		expect(retry.blocks[0]).toEqual({
			type: 'text',
			text: 'For transient errors (-1001, -1007, -1008), implement exponential backoff:',
		});
		expect(retry.blocks[1].type).toBe('code');
	});
});

describe('code per line with • bullets (weex-spot.md)', () => {
	const result = readSeed('weex-spot.md');

	test('reads 36 codes; two sections both begin "10xx"', () => {
		expect(result.entries).toHaveLength(36);
		expect(result.sections.map((s) => s.id)).toEqual([
			'10xx-general-server-or-network-issues',
			'10xx-authentication-access',
			'11xx-request-content-parameters',
			'20xx-spot-config-validation',
			'22xx-spot-trading',
		]);
		expect(result.unread).toEqual([]);
	});

	test('reads several bullets of one code', () => {
		expect(entry(result, -1140).messages).toEqual([
			'Parameter validation failed.',
			'limit must be between %d and %d.',
			'startTime must be a valid millisecond timestamp.',
			'endTime must be a valid millisecond timestamp.',
		]);
	});
});

describe('code per heading (binance-options.md)', () => {
	const result = readSeed('binance-options.md');

	test('reads 47 codes from `#### \\-1000 UNKNOWN` headings with escaped underscores', () => {
		expect(result.entries).toHaveLength(47);
		expect(entry(result, -1008).name).toBe('TOO_MANY_REQUESTS');
		expect(entry(result, -1008).messages).toHaveLength(4);
		expect(result.unread).toEqual([]);
	});

	test('repairs `Invalid assetã€‚` to `Invalid asset。` with a note, and keeps typos', () => {
		expect(entry(result, -1129).messages).toEqual(['Invalid asset。']);
		expect(entry(result, -1129).notes.join(' ')).toMatch(/ã€‚.*。/);
		expect(entry(result, -1130).messages[1]).toBe('Data sent for paramter %s is not valid.');
	});

	test('keeps the trailing source link as prose', () => {
		expect(
			result.prose.some((p) =>
				p.blocks.some((b) =>
					b.text.includes('developers.binance.com/docs/derivatives/option/error-code'),
				),
			),
		).toBe(true);
	});
});

describe('bad shapes', () => {
	test('a code-bearing line no reader understands is unread and code-bearing', () => {
		const bad = readSource(
			'x.md',
			'10xx - General\n\n-1000 UNKNOWN\n\n• An unknown error.\n\nSee -1001 for details\n',
			1,
		);
		expect(bad.unread).toEqual([{ line: 7, text: 'See -1001 for details', codeBearing: true }]);
	});

	test('one code with two names for one meaning is a problem at the second line', () => {
		const result = readSource('x.md', '10xx - General\n-1000 UNKNOWN\n- a\n-1000 OTHER\n- a\n', 5);
		expect(result.problems).toEqual([
			expect.objectContaining({
				file: 'x.md',
				line: 8,
				message: expect.stringMatching(/-1000.*OTHER.*UNKNOWN/),
			}),
		]);
	});

	test('one code with two names and two meanings keeps both, the second as another listing', () => {
		const result = readSource(
			'x.md',
			'| Code | Message | Description |\n|---|---|---|\n| 13907 | not_fully_filled | Cannot be fully filled. |\n| 13907 | too_many_open_block_rfqs | Too many open RFQs. |\n',
			1,
		);
		expect(result.problems).toEqual([]);
		expect(result.entries).toHaveLength(1);
		expect(result.entries[0]).toMatchObject({
			id: '13907',
			name: 'not_fully_filled',
			description: 'Cannot be fully filled.',
		});
		expect(result.entries[0].alsoIn).toEqual([
			expect.objectContaining({
				name: 'too_many_open_block_rfqs',
				description: 'Too many open RFQs.',
				line: 4,
			}),
		]);
	});
});

describe('the upstream page’s own front matter', () => {
	test('a metadata line naming a code stays text; the rest of the header is blanked, lines kept', () => {
		const body = [
			'---',
			'title: Errors',
			'note: -1000 is retired, use -1001',
			'---',
			'## Orders',
			'',
			'| Code | Text |',
			'| --- | --- |',
			'| -1001 | Unknown error |',
			'',
		].join('\n');
		const result = readSource('fm.md', body, 1);
		expect(result.entries.map((e) => [e.id, e.line])).toEqual([['-1001', 9]]);
		const prose = result.prose.flatMap((p) => p.blocks.map((block) => block.text)).join('\n');
		expect(prose).toContain('note: -1000 is retired, use -1001');
		expect(prose).not.toContain('title: Errors');
	});
});

describe('a lone unsigned code line', () => {
	const read = (body: string) => readSource('lone.md', body, 1);

	test('is read under a caption that names codes, and only there', () => {
		expect(
			read('Error codes:\n\n10201 : Not authenticated\n').entries.map((e) => [e.id, e.title]),
		).toEqual([['10201', 'Not authenticated']]);
		const plain = read('## Notes\n\n2024 : the year the API changed\n');
		expect(plain.entries).toEqual([]);
		expect(plain.unread.map((u) => [u.line, u.codeBearing])).toEqual([[3, true]]);
	});
});
