import { describe, expect, it } from 'vitest';
import { createDecoder, decode, decodeExtracted, SCORES } from '../../../src/lib/decode/decode.ts';
import type { DecodeTarget } from '../../../src/lib/decode/decode.ts';
import {
	buildDecoderIndex,
	dialectsFromIndex,
	targetsFromIndex,
} from '../../../src/lib/decode/decoder-index.ts';
import { loadAtlas } from '../../../src/lib/atlas.ts';
import { decodeTargets } from '../../../src/lib/decode/targets.ts';
import { HOSTILE_PASTES } from '../../../scripts/bench/hostile.ts';

/** Messages copied from the seeds, so the fixtures behave like the real sources. */
function entry(
	dialect: string,
	code: number,
	name: string | null,
	messages: string[],
): DecodeTarget {
	return {
		dialect,
		id: String(code),
		code,
		name,
		title: name ?? messages[0],
		url: `/${dialect}/${code}/`,
		messages,
	};
}

const fixtures: DecodeTarget[] = [
	entry('binance-usdm', -1001, 'DISCONNECTED', [
		'Internal error; unable to process your request. Please try again.',
	]),
	entry('binance-usdm', -1003, 'TOO_MANY_REQUESTS', [
		'Too many requests; current limit is %s requests per minute. Please use the websocket for live updates to avoid polling the API.',
		'Way too many requests; IP banned until %s. Please use the websocket for live updates to avoid bans.',
	]),
	entry('binance-usdm', -1013, 'INVALID_MESSAGE', ['INVALID_MESSAGE.']),
	entry('binance-usdm', -1121, 'BAD_SYMBOL', ['Invalid symbol.']),
	entry('gateway', -1001, null, ['Disconnected']),
	entry('gateway', -1121, null, ['Invalid symbol status']),
	entry('weex-spot', -1121, 'INVALID_SYMBOL', ['Invalid symbol.']),
	entry('weex-spot', -1140, 'PARAM_VALIDATE_ERROR', [
		'Parameter validation failed.',
		'limit must be between %d and %d.',
		'startTime must be a valid millisecond timestamp.',
	]),
];
const decoder = createDecoder(fixtures);
const brief = (text: string) =>
	decode(decoder, text).matches.map((m) => `${m.dialect} ${m.code} ${m.kind} ${m.score}`);

describe('decode: ranking', () => {
	it('ranks code and message > code alone > message under another code', () => {
		expect(brief('{"code":-1121,"msg":"Invalid symbol."}')).toEqual([
			'binance-usdm -1121 code+message 100',
			'weex-spot -1121 code+message 100',
			'gateway -1121 code 57',
		]);
		expect(brief('{"code":-1001,"msg":"Invalid symbol."}')).toEqual([
			'binance-usdm -1001 code 50',
			'gateway -1001 code 50',
			'binance-usdm -1121 message 30',
			'weex-spot -1121 message 30',
		]);
	});

	it('keeps equal matches tied, in the dialects order, with equal scores', () => {
		const matches = decode(decoder, 'APIError(code=-1121): Invalid symbol.').matches;
		expect(matches[0].score).toBe(matches[1].score);
		expect(matches.slice(0, 2).map((m) => m.dialect)).toEqual(['binance-usdm', 'weex-spot']);
	});

	it('keeps a tie whole at the limit', () => {
		const { matches } = decodeExtracted(
			decoder,
			{ code: -1121, message: 'Invalid symbol.' },
			{ limit: 1 },
		);
		expect(matches.map((m) => m.dialect)).toEqual(['binance-usdm', 'weex-spot']);
	});

	it('prefers the dialect whose message fits when the client added text', () => {
		expect(brief('{"code":-1001,"msg":"Disconnected from server"}')).toEqual([
			'gateway -1001 code+message 90',
			'binance-usdm -1001 code 51',
		]);
	});

	it('reads a code without its minus sign', () => {
		expect(brief('1121')).toEqual([
			'binance-usdm -1121 code 50',
			'gateway -1121 code 50',
			'weex-spot -1121 code 50',
		]);
	});

	it('matches a message sent as the code name', () => {
		expect(brief('{"code":-1013,"msg":"INVALID_MESSAGE"}')).toEqual([
			'binance-usdm -1013 code+message 100',
		]);
	});

	it('orders every result by score', () => {
		const scores = decode(decoder, 'error -1001 Invalid symbol.').matches.map((m) => m.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		expect(SCORES.exact).toBeGreaterThan(SCORES.partial);
	});
});

describe('decode: each client format', () => {
	const cases: Array<[string, string]> = [
		['raw JSON', '{"code":-1013,"msg":"INVALID_MESSAGE."}'],
		['JSON with message and spaces', '{ "code" : -1013, "message" : "INVALID_MESSAGE." }'],
		[
			'HTTP dump',
			'HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n\r\n{"code":-1013,"msg":"INVALID_MESSAGE."}',
		],
		['ccxt', 'ccxt.base.errors.BadRequest: binance {"code":-1013,"msg":"INVALID_MESSAGE."}'],
		['python-binance', 'APIError(code=-1013): INVALID_MESSAGE.'],
		[
			'binance-connector',
			"ClientError: (400, -1013, 'INVALID_MESSAGE.', {'Content-Type': 'application/json'})",
		],
		['log line', 'WARN order rejected: error -1013 INVALID_MESSAGE.'],
	];
	for (const [format, text] of cases) {
		it(`decodes ${format}`, () => {
			const [top] = decode(decoder, text).matches;
			expect(top).toMatchObject({
				dialect: 'binance-usdm',
				code: -1013,
				kind: 'code+message',
				url: '/binance-usdm/-1013/',
			});
		});
	}

	it('decodes python-binance with a message no source lists as the code alone', () => {
		const result = decode(decoder, 'APIError(code=-1013): Filter failure: LOT_SIZE');
		expect(result.extracted).toMatchObject({ code: -1013, message: 'Filter failure: LOT_SIZE' });
		expect(result.matches.map((m) => m.kind)).toEqual(['code']);
	});
});

describe('decode: templates', () => {
	it('reports the values a template filled in', () => {
		const text =
			'{"code":-1003,"msg":"Too many requests; current limit is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API."}';
		const [top] = decode(decoder, text).matches;
		expect(top).toMatchObject({ code: -1003, kind: 'code+message', filled: ['2400'] });
		expect(top.template).toMatch(/^Too many requests; current limit is %s/);
	});

	it('fills %d templates (weex-spot -1140)', () => {
		const [top] = decode(
			decoder,
			'{"code":-1140,"msg":"limit must be between 1 and 1000."}',
		).matches;
		expect(top).toMatchObject({
			dialect: 'weex-spot',
			code: -1140,
			kind: 'code+message',
			filled: ['1', '1000'],
		});
	});

	it('finds a template message under no code at all', () => {
		const matches = decode(
			decoder,
			'Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.',
		).matches;
		expect(matches).toEqual([
			expect.objectContaining({ code: -1003, kind: 'message', filled: ['1700000000000'] }),
		]);
	});
});

describe('decode: no match', () => {
	it('suggests the nearest codes for an unknown code', () => {
		const result = decode(decoder, '{"code":-1124,"msg":"no such thing"}');
		expect(result.matches).toEqual([]);
		expect(result.suggestions.slice(0, 3).map((s) => `${s.dialect} ${s.code} ${s.reason}`)).toEqual(
			[
				'binance-usdm -1121 nearby code',
				'gateway -1121 nearby code',
				'weex-spot -1121 nearby code',
			],
		);
	});

	it('suggests codes with similar words for an unknown message', () => {
		const result = decode(decoder, 'symbol invalid for this account');
		expect(result.matches).toEqual([]);
		expect(result.suggestions[0]).toMatchObject({ code: -1121, reason: 'similar message' });
	});

	it('returns nothing, not an error, for text that says nothing', () => {
		expect(decode(decoder, 'hello world')).toMatchObject({ matches: [], suggestions: [] });
		expect(decode(decoder, '')).toMatchObject({
			matches: [],
			suggestions: [],
			extracted: { format: 'empty' },
		});
	});
});

describe('decoder index', () => {
	it('round-trips through JSON and decodes the same', () => {
		const index = JSON.parse(JSON.stringify(buildDecoderIndex(fixtures)));
		expect(targetsFromIndex(index)).toEqual(fixtures);
		const fromIndex = createDecoder(targetsFromIndex(index));
		const text = '{"code":-1121,"msg":"Invalid symbol."}';
		expect(decode(fromIndex, text)).toEqual(decode(decoder, text));
	});

	it('carries the class ccxt raises for each code, and decodes by it the same', () => {
		const classed = fixtures.map((target, i): DecodeTarget =>
			i % 3 === 0 ? target : { ...target, ccxt: i % 2 === 0 ? 'BadSymbol' : 'ExchangeError' },
		);
		const index = JSON.parse(JSON.stringify(buildDecoderIndex(classed)));
		expect([...index.ccxtClasses].sort()).toEqual(['BadSymbol', 'ExchangeError']);
		expect(targetsFromIndex(index)).toEqual(classed);
		const text = 'ccxt.base.errors.BadSymbol: binance {"code":-1121,"msg":"Invalid symbol."}';
		expect(decode(createDecoder(targetsFromIndex(index)), text)).toEqual(
			decode(createDecoder(classed), text),
		);
	});

	it('ignores a malformed index or rows', () => {
		expect(targetsFromIndex(null)).toEqual([]);
		expect(targetsFromIndex({ version: 2, dialects: [], rows: [] })).toEqual([]);
		expect(
			targetsFromIndex({
				version: 1,
				dialects: ['a'],
				rows: [
					[5, 1, null, null, null, '/', []],
					'x',
					[0, 1, null, null, 't', '/a/1/', ['m']],
					[0, 1, '1_2', null, 't', '/a/1_2/', ['m']],
				],
			}),
		).toEqual([
			{ dialect: 'a', id: '1', code: 1, name: null, title: 't', url: '/a/1/', messages: ['m'] },
			{ dialect: 'a', id: '1_2', code: 1, name: null, title: 't', url: '/a/1_2/', messages: ['m'] },
		]);
	});
});

describe('decode: the real seeds', () => {
	const atlas = loadAtlas('tests/fixtures/seeds/sources');
	const real = createDecoder(decodeTargets(atlas.codes, atlas.dialects));
	const top = (text: string) => decode(real, text).matches;

	it('shows every dialect an ambiguous paste fits, tied', () => {
		const matches = top('{"code":-1121,"msg":"Invalid symbol."}');
		const best = matches.filter((m) => m.score === matches[0].score);
		expect(best.map((m) => m.dialect).sort()).toEqual([
			'binance-options',
			'binance-usdm',
			'weex-spot',
		]);
		expect(best.every((m) => m.kind === 'code+message')).toBe(true);
		expect(matches.find((m) => m.dialect === 'gateway' && m.code === -1121)?.kind).toBe('code');
	});

	it('fills the rate limit of binance-usdm -1003', () => {
		const [first] = top(
			'{"code":-1003,"msg":"Too many requests; current limit is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API."}',
		);
		expect(first).toMatchObject({
			dialect: 'binance-usdm',
			code: -1003,
			kind: 'code+message',
			filled: ['2400'],
		});
	});

	it('fills binance-options -1008 with three values', () => {
		const [first] = top(
			'{"code":-1008,"msg":"Too much request weight used; current limit is 6000 request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API."}',
		);
		expect(first).toMatchObject({
			dialect: 'binance-options',
			code: -1008,
			filled: ['6000', '1', 'MINUTE'],
		});
	});

	it('reads the log line of the brief as binance -1001, and gateway -1001 as the code alone', () => {
		const matches = top(
			'error -1001 Internal error; unable to process your request. Please try again.',
		);
		expect(
			matches
				.filter((m) => m.kind === 'code+message')
				.map((m) => m.dialect)
				.sort(),
		).toEqual(['binance-options', 'binance-usdm']);
		expect(matches.find((m) => m.dialect === 'gateway')).toMatchObject({
			code: -1001,
			kind: 'code',
		});
	});

	it('reads gateway -1001 from its own example payload', () => {
		expect(top('{"code": -1001, "msg": "Disconnected from server"}')[0]).toMatchObject({
			dialect: 'gateway',
			code: -1001,
		});
	});

	it('fills weex-spot -1140 templates', () => {
		expect(top('{"code":-1140,"msg":"limit must be between 1 and 1000."}')[0]).toMatchObject({
			dialect: 'weex-spot',
			filled: ['1', '1000'],
		});
	});

	it('publishes a small index that decodes like the entries', () => {
		const json = JSON.stringify(buildDecoderIndex(decodeTargets(atlas.codes, atlas.dialects)));
		expect(json.length).toBeLessThan(64 * 1024);
		const fromIndex = createDecoder(targetsFromIndex(JSON.parse(json)));
		const text =
			"APIError(code=-1102): Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.";
		expect(decode(fromIndex, text).matches).toEqual(decode(real, text).matches);
	});

	// How long hostile pastes take is measured by the bench (scripts/bench/hostile.ts), not here.
	it('decodes a 1 MB paste, reading its head and tail', () => {
		const paste = `${'x'.repeat(1024 * 1024)}\n{"code":-1121,"msg":"Invalid symbol."}\n${'y '.repeat(1024)}`;
		expect(decode(real, paste).matches[0]).toMatchObject({ code: -1121, kind: 'code+message' });
	});
});

describe('decode: fuzz', () => {
	/** A small seeded generator, so a failure can be replayed. */
	function random(seed: number): () => number {
		let state = seed >>> 0;
		return () => {
			state = (state * 1664525 + 1013904223) >>> 0;
			return state / 2 ** 32;
		};
	}
	const pieces = [
		'{',
		'}',
		'"',
		"'",
		':',
		',',
		'=',
		'(',
		')',
		'[',
		']',
		'\\',
		'\\u',
		'%s',
		'%d',
		'\n',
		'\r',
		'\t',
		' ',
		'-',
		'-1121',
		'1121',
		'code',
		'"code":',
		'msg',
		'"msg":',
		'message=',
		'APIError(code=',
		'ClientError: (400, ',
		'error ',
		'HTTP/1.1 ',
		'Invalid symbol.',
		'Too many requests; current limit is ',
		'__proto__',
		'constructor',
		'\u0000',
		'\u202e',
		'\ud800',
		'😀',
		'İ',
		'<img src=x onerror=alert(1)>',
		'.*+?^${}',
		'9'.repeat(40),
	];
	const seedAtlas = loadAtlas('tests/fixtures/seeds/sources');
	const seeds = createDecoder(decodeTargets(seedAtlas.codes, seedAtlas.dialects));

	it('never throws on random pastes', () => {
		const next = random(20261121);
		for (let run = 0; run < 3000; run++) {
			const length = Math.floor(next() * 40);
			let text = '';
			for (let i = 0; i < length; i++) {
				text +=
					next() < 0.7
						? pieces[Math.floor(next() * pieces.length)]
						: String.fromCharCode(Math.floor(next() * 0xffff));
			}
			const result = decode(seeds, text);
			expect(Array.isArray(result.matches)).toBe(true);
			for (const match of result.matches) expect(Number.isFinite(match.score)).toBe(true);
		}
	});

	// The same pastes the bench times (scripts/bench/hostile.ts): here, that each is decoded.
	it('never throws on hostile pastes, 1 MB included', () => {
		for (const text of HOSTILE_PASTES) expect(decode(seeds, text).input).toBe(text);
	});
});

describe('decode: ranges, venue hints and ties', () => {
	const targets = [
		entry('alpha', -1121, 'BAD_SYMBOL', ['Invalid symbol.']),
		entry('beta', -1121, 'BAD_SYMBOL', ['Invalid symbol.']),
		entry('gamma', -1121, null, ['Invalid symbol status']),
	];
	const dialects = [
		{
			id: 'alpha',
			name: 'Alpha',
			hints: ['alpha', 'api.alpha.com'],
			ranges: [
				{ from: -4059, to: -4068, title: 'Position mode switch failed', url: '/alpha/40xx/' },
			],
		},
		{ id: 'beta', name: 'Beta', hints: ['alpha', 'beta'], ranges: [] },
		{
			id: 'gamma',
			name: 'Gamma',
			hints: [],
			ranges: [{ from: 50000, to: 53999, title: 'Trade', url: '/gamma/trade/' }],
		},
	];
	const decoder = createDecoder(targets, dialects);

	it('keeps equal matches tied, in dialect order', () => {
		const matches = decode(decoder, '{"code":-1121,"msg":"Invalid symbol."}').matches;
		expect(matches.map((m) => [m.dialect, m.kind])).toEqual([
			['alpha', 'code+message'],
			['beta', 'code+message'],
			['gamma', 'code'],
		]);
		expect(matches[0].score).toBe(matches[1].score);
		expect(matches[2].score).toBeLessThan(SCORES.partial);
	});

	it('ranks the dialects a paste names first, the most specific hint winning', () => {
		const named = decode(decoder, 'BadSymbol: beta {"code":-1121,"msg":"Invalid symbol."}').matches;
		expect(named.map((m) => [m.dialect, m.hinted ?? false])).toEqual([
			['beta', true],
			['alpha', false],
			['gamma', false],
		]);
		expect(named[0].score).toBe(SCORES.exact + SCORES.hint);
		const shared = decode(decoder, 'alpha {"code":-1121,"msg":"Invalid symbol."}').matches;
		expect(shared.filter((m) => m.hinted).map((m) => m.dialect)).toEqual(['alpha', 'beta']);
		const host = decode(
			decoder,
			'POST https://api.alpha.com/v1/order -> {"code":-1121,"msg":"Invalid symbol."}',
		).matches;
		expect(host.filter((m) => m.hinted).map((m) => m.dialect)).toEqual(['alpha']);
		expect(
			decode(decoder, 'alphabet {"code":-1121,"msg":"Invalid symbol."}').matches.some(
				(m) => m.hinted,
			),
		).toBe(false);
	});

	it("ranks first, of an ambiguous code, those ccxt raises the paste's class for; a named venue still comes first", () => {
		const classed = (dialect: string, ccxt: string): DecodeTarget => ({
			...entry(dialect, -2010, 'NEW_ORDER_REJECTED', ['New order rejected.']),
			ccxt,
		});
		const venues = createDecoder(
			[
				classed('alpha', 'OrderNotFillable'),
				classed('beta', 'InsufficientFunds'),
				classed('gamma', 'ExchangeError'),
			],
			dialects,
		);
		const paste = (klass: string, venue = 'somex') =>
			`ccxt.base.errors.${klass}: ${venue} {"code":-2010,"msg":"New order rejected."}`;
		const ranked = decode(venues, paste('InsufficientFunds')).matches;
		expect(ranked.map((m) => [m.dialect, m.ccxtClass ?? null])).toEqual([
			['beta', 'InsufficientFunds'],
			['alpha', null],
			['gamma', null],
		]);
		expect(ranked[0].score).toBe(SCORES.exact + SCORES.ccxtClass);
		// ccxt's generic class, which it raises where its maps have nothing, counts as a class too.
		expect(decode(venues, paste('ExchangeError')).matches[0]).toMatchObject({
			dialect: 'gamma',
			ccxtClass: 'ExchangeError',
		});
		// Named by its host, alpha's -2010 is the venue's code, whatever the class says.
		expect(
			decode(venues, paste('InsufficientFunds', 'api.alpha.com')).matches.map((m) => m.dialect),
		).toEqual(['alpha', 'beta', 'gamma']);
		// A code only one dialect has is not ambiguous: no class bonus to give.
		const single = createDecoder(
			[
				classed('alpha', 'OrderNotFillable'),
				{ ...entry('beta', -1121, 'BAD_SYMBOL', ['Invalid symbol.']), ccxt: 'BadSymbol' },
			],
			dialects,
		);
		expect(
			decode(single, 'ccxt.base.errors.BadSymbol: somex {"code":-1121,"msg":"Invalid symbol."}')
				.matches[0],
		).toMatchObject({ dialect: 'beta', score: SCORES.exact });
	});

	it("ranks the named venue's code above the same number elsewhere, even when the other message fits better", () => {
		const venues = createDecoder(
			[
				entry('alpha', -2010, 'NEW_ORDER_REJECTED', []),
				entry('gamma', -2010, null, ['Insufficient balance']),
			],
			dialects,
		);
		const paste =
			'alpha {"code":-2010,"msg":"Account has insufficient balance for requested action."}';
		const matches = decode(venues, paste).matches;
		expect(matches.map((m) => [m.dialect, m.kind])).toEqual([
			['alpha', 'code'],
			['gamma', 'code+message'],
		]);
		expect(matches[0].score).toBeGreaterThan(matches[1].score);
		// Named nowhere, the better message still wins.
		const unnamed = decode(
			venues,
			'{"code":-2010,"msg":"Account has insufficient balance for requested action."}',
		).matches;
		expect(unnamed[0].dialect).toBe('gamma');
		// A named venue without the code changes nothing.
		const elsewhere = decode(
			venues,
			'beta {"code":-2010,"msg":"Account has insufficient balance for requested action."}',
		).matches;
		expect(elsewhere[0].dialect).toBe('gamma');
	});

	it('answers a number inside a documented range as a range, below documented codes', () => {
		const [match] = decode(
			decoder,
			'{"code":-4061,"msg":"Position mode cannot be changed"}',
		).matches;
		expect(match).toMatchObject({
			dialect: 'alpha',
			kind: 'range',
			id: null,
			code: -4061,
			url: '/alpha/40xx/',
			score: SCORES.range,
		});
		expect(match.range).toEqual({
			from: -4059,
			to: -4068,
			title: 'Position mode switch failed',
			url: '/alpha/40xx/',
		});
		expect(decode(decoder, '51234').matches.map((m) => [m.dialect, m.kind])).toEqual([
			['gamma', 'range'],
		]);
		// The minus people drop is read back for a range too.
		expect(decode(decoder, '4061').matches.map((m) => m.code)).toEqual([-4061]);
	});

	it('round-trips names, hints and ranges through the decoder index', () => {
		const index = JSON.parse(JSON.stringify(buildDecoderIndex(targets, dialects)));
		expect(dialectsFromIndex(index)).toEqual(dialects);
		const fromIndex = createDecoder(targetsFromIndex(index), dialectsFromIndex(index));
		const text = 'beta {"code":-4061,"msg":"x"}';
		expect(decode(fromIndex, text)).toEqual(decode(decoder, text));
	});
});
