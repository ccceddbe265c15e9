/**
 * Hostile input, timed: the decoder on pastes built to be slow (over the built decoder index)
 * and the HTML scanner of the CSP step on pathological markup. The unit tests check that
 * these are handled correctly; how long they take is measured here, not asserted on a busy
 * test machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDecoder, decode } from '../../src/lib/decode/decode.ts';
import { dialectsFromIndex, targetsFromIndex } from '../../src/lib/decode/decoder-index.ts';
import { startTags } from '../../src/site/build/html.ts';

const MB = 1024 * 1024;

/** Pastes built to make a naive parser or matcher slow: huge, repetitive, escaped, or binary. */
export const HOSTILE_PASTES: readonly string[] = [
	`${'x'.repeat(MB)}\n{"code":-1121,"msg":"Invalid symbol."}\n${'y '.repeat(1024)}`,
	'INFO heartbeat ok\n'.repeat(60_000) + '{"code":-1003,"msg":"Too many requests."}',
	`{"code":-1003,"msg":"${'\\\\'.repeat(MB)}`,
	`{"code":-1003,"msg":"${'Too many requests; current limit is '.repeat(30)}"}`,
	`error -1001 ${' '.repeat(MB)}x`,
	'-1000 '.repeat(MB / 6),
	`APIError(code=-1013): ${'%s '.repeat(MB / 3)}`,
	'a\n'.repeat(MB / 2),
	'\ud800'.repeat(MB),
];

/** The slowest of the hostile pastes, in milliseconds (each decoded once after a warm-up). */
export function decodeWorstMs(dist: string): number | null {
	let index: unknown;
	try {
		index = JSON.parse(readFileSync(join(dist, 'api/v1/decoder.json'), 'utf8'));
	} catch {
		return null;
	}
	const decoder = createDecoder(targetsFromIndex(index), dialectsFromIndex(index));
	decode(decoder, '{"code":-1121,"msg":"Invalid symbol."}');
	let worst = 0;
	for (const paste of HOSTILE_PASTES) {
		const started = performance.now();
		decode(decoder, paste);
		worst = Math.max(worst, performance.now() - started);
	}
	return worst;
}

/** Markup that makes a naive tag scanner quadratic: unclosed quotes, endless tags, no end tags. */
const PATHOLOGICAL_HTML = ['<a b="', '<a ', '<script>', '<a b=c d', '<!--'].map((unit) => unit.repeat(200_000));

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
