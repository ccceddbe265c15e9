/**
 * The decoder on hostile pastes, timed over the built decoder index: the unit tests check
 * that these decode without throwing; how long they take is measured here, not asserted on
 * a busy test machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDecoder, decode } from '../../src/lib/decode/decode.ts';
import { dialectsFromIndex, targetsFromIndex } from '../../src/lib/decode/decoder-index.ts';

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
