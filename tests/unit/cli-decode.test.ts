import { describe, expect, it } from 'vitest';
import { run as decode } from '../../src/cli/decode.ts';
import { run as lookup } from '../../src/cli/lookup.ts';

/** Runs a command against the seed sources and keeps what it printed. */
async function call(
	command: typeof decode,
	args: string[],
	sourcesDir = 'tests/fixtures/seeds/sources',
) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await command(args, {
		out: (s) => out.push(s),
		err: (s) => err.push(s),
		sourcesDir,
	});
	return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('error-atlas decode', () => {
	it('prints the documented JSON shape, best first', async () => {
		const input =
			'{"code":-1003,"msg":"Too many requests; current limit is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API."}';
		const { code, out } = await call(decode, ['--json', input]);
		expect(code).toBe(0);
		const json = JSON.parse(out);
		expect(Object.keys(json)).toEqual(['input', 'extracted', 'matches']);
		expect(json.input).toBe(input);
		expect(json.extracted).toEqual({ code: -1003, message: JSON.parse(input).msg });
		expect(json.matches[0]).toEqual({
			dialect: 'binance-usdm',
			id: '-1003',
			code: -1003,
			url: '/binance-usdm/-1003/',
			score: 100,
			kind: 'code+message',
			filled: ['2400'],
			ccxt: null,
			ccxtClass: null,
		});
		for (const match of json.matches)
			expect(Object.keys(match)).toEqual([
				'dialect',
				'id',
				'code',
				'url',
				'score',
				'kind',
				'filled',
				'ccxt',
				'ccxtClass',
			]);
	});

	it('shows every tied dialect in text form, without scores', async () => {
		const { code, out } = await call(decode, [
			'ccxt.base.errors.BadSymbol: somevenue {"code":-1121,"msg":"Invalid symbol."}',
		]);
		expect(code).toBe(0);
		expect(out).toContain('Read: code -1121, message "Invalid symbol." (ccxt)');
		expect(out).toContain('3 pages fit equally well; choose by the venue you called:');
		for (const dialect of ['Binance Options', 'Binance USDⓈ-M Futures', 'WEEX Spot API V3'])
			expect(out).toMatch(new RegExp(`^= +\\d\\. ${dialect} -1121 `, 'm'));
		expect(out).toContain('code matches, message differs');
		expect(out).not.toMatch(/\b100\b/);
	});

	it('ranks the venue a paste names first (ccxt id, API host)', async () => {
		const { out } = await call(decode, [
			'ccxt.base.errors.BadSymbol: binance {"code":-1121,"msg":"Invalid symbol."}',
		]);
		expect(out).toContain('2 pages fit equally well');
		expect(out).toMatch(/^= +1\. Binance Options -1121 .*\n.*the paste names this venue/m);
		expect(out).toMatch(/^  +3\. WEEX Spot API V3 -1121/m);
		const host = await call(decode, [
			'POST https://fapi.binance.com/fapi/v1/order {"code":-1121,"msg":"Invalid symbol."}',
		]);
		expect(host.out).toMatch(/^\* +1\. Binance USDⓈ-M Futures -1121/m);
		// A request path names the API as well as its host does (the sources' hints: fapi, eapi).
		const path = await call(decode, [
			'GET /eapi/v1/ticker 400 {"code":-1121,"msg":"Invalid symbol."}',
		]);
		expect(path.out).toMatch(/^\* +1\. Binance Options -1121/m);
	});

	it('says a bare code was compared by number only, and answers a number inside a range', async () => {
		const bare = await call(decode, ['-2010']);
		expect(bare.out).toContain('code matches; no message given to compare');
		expect(bare.out).not.toContain('message differs');
		const ranged = await call(decode, ['{"code":-4061,"msg":"x"}']);
		expect(ranged.code).toBe(0);
		expect(ranged.out).toMatch(
			/Binance USDⓈ-M Futures range -4059 to -4068: Account Mode Switching/,
		);
		expect(ranged.out).toContain(
			'inside a range the dialect documents as a whole, not a documented code',
		);
	});

	it('joins an unquoted paste and accepts text starting with a minus', async () => {
		const { code, out } = await call(decode, ['--json', '-1121', 'Invalid', 'symbol.']);
		expect(code).toBe(0);
		expect(JSON.parse(out).extracted).toEqual({ code: -1121, message: 'Invalid symbol.' });
	});

	it('says nothing matched, suggests the nearest codes, and exits 1', async () => {
		const { code, out } = await call(decode, ['{"code":-1124,"msg":"nope"}']);
		expect(code).toBe(1);
		expect(out).toContain('No code matches. Nearest:');
		expect(out).toContain('-1125');
		const json = await call(decode, ['--json', '{"code":-1124,"msg":"nope"}']);
		expect(JSON.parse(json.out).matches).toEqual([]);
		expect(json.err).toContain('Nearest:');
	});

	it('escapes terminal control characters from the paste', async () => {
		const { out } = await call(decode, ['error -1121 \u001b]0;owned\u0007Invalid symbol.']);
		expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
		expect(out).toContain('\\u001b');
	});

	it('fails with usage on no text, and with the problems on bad sources', async () => {
		expect((await call(decode, [])).code).toBe(2);
		expect((await call(decode, ['--json'])).err).toContain('usage: error-atlas decode');
		const bad = await call(decode, ['-1121'], 'tests/no-such-dir');
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('no sources found');
	});
});

describe('error-atlas lookup', () => {
	it('prints every dialect meaning of a number, with or without the minus', async () => {
		const signed = await call(lookup, ['-1121']);
		const unsigned = await call(lookup, ['1121']);
		expect(signed).toEqual(unsigned);
		expect(signed.code).toBe(0);
		expect(signed.out).toContain('-1121: 4 dialects  https://error-atlas.pages.dev/codes/-1121/');
		expect(signed.out).toContain(
			'Verdict: different meanings across dialects (A: Binance Options, Binance USDⓈ-M Futures, WEEX Spot API V3; B: Gateway API)',
		);
		expect(signed.out).toContain('[A] Binance USDⓈ-M Futures -1121 BAD_SYMBOL: Invalid symbol.');
		expect(signed.out).toContain(
			'[B] Gateway API -1121 Invalid symbol status: Symbol is not trading',
		);
		expect(signed.out).toContain('    https://error-atlas.pages.dev/weex-spot/-1121/');
	});

	it('names the ranges a number falls in', async () => {
		const { code, out } = await call(lookup, ['4005']);
		expect(code).toBe(0);
		expect(out).toMatch(/Binance USDⓈ-M Futures -4001 to -4014 \(a range, not a documented code\)/);
		expect(out).toContain(
			'https://error-atlas.pages.dev/binance-usdm/40xx-filter-and-risk-control-issues/',
		);
	});

	it('prints JSON with --json', async () => {
		const { out } = await call(lookup, ['--json', '1121']);
		const json = JSON.parse(out);
		expect(json.code).toBe(-1121);
		expect(json.entries.map((e: { dialect: string }) => e.dialect).sort()).toEqual([
			'binance-options',
			'binance-usdm',
			'gateway',
			'weex-spot',
		]);
	});

	it('exits 1 with the nearest codes for an unknown number, 2 for a bad one', async () => {
		const missing = await call(lookup, ['-1124']);
		expect(missing.code).toBe(1);
		expect(missing.out).toContain('No dialect defines -1124.');
		expect(missing.out).toContain('-1125');
		// A word may be a venue's string code: looked up as one, not refused.
		const word = await call(lookup, ['BAD_SYMBOL']);
		expect(word.code).toBe(1);
		expect(word.out).toBe('No dialect has the code "BAD_SYMBOL".');
		const bad = await call(lookup, ['!!!']);
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('not a code: "!!!"');
		expect((await call(lookup, [])).err).toContain('missing the code to look up');
		expect((await call(lookup, [])).code).toBe(2);
	});
});
