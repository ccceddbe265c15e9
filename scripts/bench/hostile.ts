/**
 * Hostile input, timed: the decoder on pastes built to be slow (over the built decoder's parts)
 * and the HTML scanner of the CSP step on pathological markup. The unit tests check that
 * these are handled correctly; how long they take is measured here, not asserted on a busy
 * test machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	partedDecoder,
	type DecoderHead,
	type DecoderPart,
} from '../../src/lib/decode/decoder-parts.ts';
import { startTags } from '../../src/site/html.ts';

const MB = 1024 * 1024;

/**
 * Pastes built to make a naive parser or matcher slow: huge, repetitive, escaped, or binary,
 * one for each reader of the extractor (bodies, exception lines, shapes, labels). The unit
 * tests decode every one of them; their time is measured here.
 */
export const HOSTILE_PASTES: readonly string[] = [
	`${'x'.repeat(MB)}\n{"code":-1121,"msg":"Invalid symbol."}\n${'y '.repeat(1024)}`,
	'INFO heartbeat ok\n'.repeat(60_000) + '{"code":-1003,"msg":"Too many requests."}',
	' '.repeat(MB),
	'{'.repeat(MB),
	'"code":'.repeat(MB / 7),
	`{"code":-1003,${'"msg":'.repeat(MB / 6)}`,
	`{"code":-1003,"msg":"${'\\\\'.repeat(MB)}`,
	`{"code":-1003,"msg":"${'\\'.repeat(MB)}`,
	`{"code":-1003,"msg":"${'Too many requests; current limit is '.repeat(30)}"}`,
	`error -1001 ${' '.repeat(MB)}x`,
	'-1000 '.repeat(MB / 6),
	`${'-'.repeat(MB)}1121`,
	`APIError(code=-1013): ${'%s '.repeat(MB / 3)}`,
	`ClientError: (400, -1013, '${"\\'".repeat(MB / 2)}`,
	'a\n'.repeat(MB / 2),
	'\u0000\u202e'.repeat(MB / 2),
	'\ud800'.repeat(MB),
	`<html>${'<title>'.repeat(MB / 7)}`,
	'["error",1,'.repeat(MB / 11),
	`{"error":[${' '.repeat(MB)}`,
	'1 |'.repeat(MB / 3),
	`${'x'.repeat(MB)}Error: y\n    at f`,
	`{"status": ${'9'.repeat(MB)}`,
	'"msg":{'.repeat(MB / 7),
	`ExchangeError('${'a.'.repeat(MB / 2)}`,
	`**${'x'.repeat(MB)}`,
	`{${'"a":1,'.repeat(MB / 6)}"code":5}`,
	'('.repeat(60_000) + ' -1100 ' + ')'.repeat(60_000),
	"'a".repeat(60_000) + ' Error -1100',
	'a.b.c.d.e.f: x\n'.repeat(20_000),
	'a.'.repeat(60_000) + 'Error: x',
	'\\"'.repeat(60_000) + '&quot;'.repeat(10_000),
	'Code: 12345\n'.repeat(20_000),
];

/**
 * The slowest of the hostile pastes, in milliseconds, decoded as the paste box does (over the
 * decoder's parts in dist), each once after its parts were read, so disk time is not counted.
 */
export async function decodeWorstMs(dist: string): Promise<number | null> {
	const folder = join(dist, 'api/v1/decoder');
	const read = (name: string): unknown =>
		JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8'));
	let decoder: ReturnType<typeof partedDecoder>;
	try {
		decoder = partedDecoder(read('head') as DecoderHead, async (name) => read(name) as DecoderPart);
	} catch {
		return null;
	}
	let worst = 0;
	for (const paste of HOSTILE_PASTES) {
		await decoder.decode(paste);
		const started = performance.now();
		await decoder.decode(paste);
		worst = Math.max(worst, performance.now() - started);
	}
	return worst;
}

/** Markup that makes a naive tag scanner quadratic: unclosed quotes, endless tags, no end tags. */
const PATHOLOGICAL_HTML = ['<a b="', '<a ', '<script>', '<a b=c d', '<!--'].map((unit) =>
	unit.repeat(200_000),
);

/** The slowest scan of the pathological markup, in milliseconds. */
export function htmlScanWorstMs(): number {
	let worst = 0;
	for (const html of PATHOLOGICAL_HTML) {
		const started = performance.now();
		startTags(html);
		worst = Math.max(worst, performance.now() - started);
	}
	return worst;
}
