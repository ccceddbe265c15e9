import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run as check } from '../../../src/cli/check.ts';
import { run as lookup } from '../../../src/cli/lookup.ts';
import { readAtlas } from '../../../src/lib/atlas.ts';
import { createDecoder, decode } from '../../../src/lib/decode/decode.ts';
import { buildDecoderIndex, targetsFromIndex } from '../../../src/lib/decode/decoder-index.ts';
import { decodeDialects, decodeTargets } from '../../../src/lib/decode/targets.ts';
import { parseStringCodes } from '../../../src/lib/import/codes.ts';
import { buildLookupIndex } from '../../../src/lib/lookup/lookup-index.ts';
import { resolveMissing } from '../../../src/lib/lookup/missing.ts';
import { sourcesDir } from '../helpers/sources.ts';

/** Venues whose codes are strings (Kraken, HTX, Coinbase shapes), declared with `codes: strings`. */
const FIXTURES = join(import.meta.dirname, '../../fixtures');
const dir = join(FIXTURES, 'string-codes');
const atlas = readAtlas(dir);
const ids = (dialect: string) =>
	atlas.codes
		.filter((entry) => entry.dialect === dialect)
		.map((entry) => [entry.id, entry.code, entry.title, entry.url]);

async function call(command: typeof lookup, args: string[], sourcesDir = dir) {
	const out: string[] = [];
	const status = await command(args, {
		out: (s) => out.push(s),
		err: (s) => out.push(s),
		sourcesDir,
	});
	return { status, out: out.join('\n') };
}

describe('string codes in the import', () => {
	test('read with no problem and no unread line', () => {
		expect(atlas.problems).toEqual([]);
		expect(atlas.reports.flatMap((report) => report.unread)).toEqual([]);
	});

	test('the id is the code as the API returns it, the code is null, the URL its slug', () => {
		expect(ids('kraken-like')).toEqual([
			[
				'EGeneral:Invalid arguments',
				null,
				'The request payload is malformed, incorrect or ambiguous',
				'/kraken-like/egeneral-invalid-arguments/',
			],
			[
				'EGeneral:Permission denied',
				null,
				"API key doesn't have permission to make this request",
				'/kraken-like/egeneral-permission-denied/',
			],
			[
				'EOrder:Insufficient funds',
				null,
				'Client does not have the necessary funds',
				'/kraken-like/eorder-insufficient-funds/',
			],
			[
				'EOrder:Orders limit exceeded',
				null,
				'The user/pair has exceeded the total count of open orders',
				'/kraken-like/eorder-orders-limit-exceeded/',
			],
		]);
		expect(ids('coinbase-like').map(([id, , , url]) => [id, url])).toEqual([
			['INSUFFICIENT_FUND', '/coinbase-like/insufficient_fund/'],
			['INVALID_LIMIT_PRICE_POST_ONLY', '/coinbase-like/invalid_limit_price_post_only/'],
		]);
	});

	test('code marks are not part of the id; a cell of two ids is shared; a number stays a number', () => {
		expect(ids('htx-like').map(([id, code]) => [id, code])).toEqual([
			['order-accountbalance-error', null],
			['api-signature-not-valid', null],
			['order-limitorder-amount-min-error', null],
			['order-limitorder-amount-max-error', null],
			['1002', 1002],
		]);
		const min = atlas.codes.find((entry) => entry.id === 'order-limitorder-amount-min-error')!;
		expect(min.sharedWith).toEqual(['order-limitorder-amount-max-error']);
	});

	test('parseStringCodes takes identifiers, not sentences', () => {
		expect(parseStringCodes('`EOrder:Insufficient funds`')).toEqual([
			{ id: 'EOrder:Insufficient funds', code: null },
		]);
		expect(parseStringCodes('a_b / c_d')).toEqual([
			{ id: 'a_b', code: null },
			{ id: 'c_d', code: null },
		]);
		expect(
			parseStringCodes('The order amount is out of the allowed range for this pair'),
		).toBeNull();
		expect(parseStringCodes('账户余额不足')).toBeNull();
	});

	test('without `codes: strings`, a code column of identifiers fails check with the hint to declare it', async () => {
		const read = readAtlas(join(FIXTURES, 'undeclared-strings'));
		expect(read.problems).toEqual([
			{
				file: 'coinbase-like.md',
				line: 10,
				message:
					'the "Error Code" column holds identifiers, not numbers (INSUFFICIENT_FUND): its codes cannot be read as numbers',
				hint: "if this venue's error codes are strings, declare `codes: strings` in the source's front matter",
			},
		]);
		expect((await call(check, [], join(FIXTURES, 'undeclared-strings'))).status).toBe(1);
	});

	test('two ids of one dialect with the same slug fail check', () => {
		const read = readAtlas(join(FIXTURES, 'slug-clash'));
		expect(read.problems.map((problem) => [problem.file, problem.line, problem.message])).toEqual([
			[
				'clash.md',
				14,
				'the string code "EOrder Insufficient-Funds" has the URL /clash/eorder-insufficient-funds/, which is already the code EOrder:Insufficient funds',
			],
		]);
	});
});

describe('string codes in lookup, decode and the 404 page', () => {
	test('lookup finds a string code as written or by its slug, case aside', async () => {
		for (const asked of [
			'EOrder:Insufficient funds',
			'eorder-insufficient-funds',
			'EORDER:INSUFFICIENT FUNDS',
		]) {
			const { status, out } = await call(lookup, ['--json', asked]);
			expect(status).toBe(0);
			expect(JSON.parse(out).entries.map((entry: { id: string }) => entry.id)).toEqual([
				'EOrder:Insufficient funds',
			]);
		}
		const { status, out } = await call(lookup, ['EOrder:Unknown thing']);
		expect(status).toBe(1);
		expect(out).toBe('No dialect has the code "EOrder:Unknown thing".');
	});

	const decoder = createDecoder(
		targetsFromIndex(
			JSON.parse(
				JSON.stringify(
					buildDecoderIndex(decodeTargets(atlas.codes), decodeDialects(atlas.dialects)),
				),
			),
		),
		decodeDialects(atlas.dialects),
	);
	test.each([
		['{"error":["EOrder:Insufficient funds"]}', 'kraken-like', 'EOrder:Insufficient funds'],
		[
			'{"status":"error","err-code":"order-accountbalance-error","err-msg":"account balance insufficient","data":null}',
			'htx-like',
			'order-accountbalance-error',
		],
		[
			'{"error":{"code":"INSUFFICIENT_FUND","message":"Insufficient balance in source account"}}',
			'coinbase-like',
			'INSUFFICIENT_FUND',
		],
		[
			'ccxt.base.errors.ExchangeError: krakenlike {"error":["EGeneral:Permission denied"]}',
			'kraken-like',
			'EGeneral:Permission denied',
		],
	])('decode reads the string code in %s', (paste, dialect, id) => {
		const { matches } = decode(decoder, paste);
		expect(matches[0]).toMatchObject({ dialect, id, code: null });
	});

	test('a string code inside a longer word is not that code', () => {
		const { matches } = decode(decoder, '{"err-code":"order-accountbalance-error-x"}');
		expect(matches.some((match) => match.id === 'order-accountbalance-error')).toBe(false);
	});

	test('another spelling of a string code page leads to it', () => {
		const index = buildLookupIndex(atlas.dialects, atlas.codes);
		expect(resolveMissing('/kraken-like/EOrder:Insufficient%20funds/', index)).toEqual({
			kind: 'redirect',
			url: '/kraken-like/eorder-insufficient-funds/',
		});
		expect(resolveMissing('/coinbase-like/INSUFFICIENT_FUND/', index)).toEqual({
			kind: 'redirect',
			url: '/coinbase-like/insufficient_fund/',
		});
	});
});

describe('string code cells the reader cannot take', () => {
	const source = (row: string) =>
		`---\ndialect: venue\ndialectName: Venue\nvendor: Test\nrole: primary\ntitle: Errors\ncodes: strings\n---\n## Errors\n\n| Error | Additional Info |\n| --- | --- |\n| EGeneral:Invalid arguments | The request payload is malformed |\n| EAPI:Invalid key | An invalid key was supplied |\n| EAPI:Invalid nonce | An invalid nonce was supplied |\n${row}\n`;
	const read = (row: string) => readAtlas(sourcesDir({ 'venue.md': source(row) }));

	test('an optional part after the code (Kraken `[:<code>]`) is left out of the id, with a note', () => {
		const atlas = read(
			'| EGeneral:Internal error[:<code>] | Internal Support. Please contact support. |',
		);
		expect(atlas.problems).toEqual([]);
		const entry = atlas.codes.find((code) => code.id === 'EGeneral:Internal error')!;
		expect(entry.messages[0] ?? entry.description).toBe(
			'Internal Support. Please contact support.',
		);
		expect(atlas.reports[0].notes).toEqual([
			expect.objectContaining({ line: 16, text: expect.stringContaining('`[:<code>]`') }),
		]);
	});

	test('any other cell in the code column fails check at its line, never passed over as text', () => {
		const atlas = read('| EGeneral: {see the (status) page} for more!!! | Something |');
		expect(atlas.problems).toEqual([
			expect.objectContaining({
				file: 'venue.md',
				line: 16,
				message: expect.stringMatching(/^the code cell "EGeneral: \{see/),
			}),
		]);
	});
});
