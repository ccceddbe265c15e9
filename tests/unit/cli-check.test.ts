import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli/check.ts';
import { header, SEEDS, sourcesDir } from './helpers/sources.ts';

function capture(dir: string) {
	const out: string[] = [];
	const err: string[] = [];
	return {
		io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), sourcesDir: dir },
		out,
		err,
	};
}

describe('error-atlas check', () => {
	test('passes on the seeds and prints a report per source', async () => {
		const { io, out, err } = capture(SEEDS);
		expect(await run([], io)).toBe(0);
		expect(err).toEqual([]);
		expect(out).toContain(
			'binance-usdm.md  binance-usdm (primary): 67 codes, 3 sections, 0 ranges, 0 HTTP statuses, 1 prose part, 1 note',
		);
		expect(out).toContain(
			'  binance-options.md:154: note on -1129: Encoding damage `ã€‚` repaired to `。` (UTF-8 text that was read as Windows-1252 upstream).',
		);
		expect(out.at(-1)).toBe('ok: 5 sources, no unread code-bearing line');
	});

	test('prints every one-line summary before the first detail line', async () => {
		const { io, out } = capture(SEEDS);
		await run([], io);
		const details = out.findIndex((line) => line.startsWith('  '));
		expect(out.slice(0, details)).toEqual([
			'binance-options.md  binance-options (primary): 47 codes, 3 sections, 0 ranges, 0 HTTP statuses, 3 prose parts, 9 notes',
			'binance-usdm-summary.md  binance-usdm (secondary): 89 codes, 5 sections, 7 ranges, 0 HTTP statuses, 1 prose part, 61 notes',
			'binance-usdm.md  binance-usdm (primary): 67 codes, 3 sections, 0 ranges, 0 HTTP statuses, 1 prose part, 1 note',
			'gateway.md  gateway (primary): 70 codes, 7 sections, 0 ranges, 10 HTTP statuses, 9 prose parts, 0 notes',
			'weex-spot.md  weex-spot (primary): 36 codes, 5 sections, 0 ranges, 0 HTTP statuses, 2 prose parts, 0 notes',
			'dialect binance-options: 47 codes in 3 sections, 0 ranges',
			'dialect binance-usdm: 92 codes in 5 sections, 7 ranges',
			'dialect gateway: 70 codes in 7 sections, 0 ranges',
			'dialect weex-spot: 36 codes in 5 sections, 0 ranges',
			expect.stringMatching(/^concepts: \d+ in /),
			// The seeds' folder is named sources, so it could have a registry beside it; it has none.
			expect.stringMatching(/^registry: none at .*tests\/fixtures\/seeds\/registry\.json; /),
		]);
		expect(out.slice(details, -1).every((line) => line.startsWith('  '))).toBe(true);
	});

	test('counts in the singular when there is one', async () => {
		const dir = sourcesDir({
			'a.md': `${header({ dialect: 'x', role: 'primary' })}10xx - General\n-1000 UNKNOWN\n- a\n`,
		});
		const { io, out } = capture(dir);
		expect(await run([dir], io)).toBe(0);
		expect(out[0]).toBe(
			'a.md  x (primary): 1 code, 1 section, 0 ranges, 0 HTTP statuses, 0 prose parts, 0 notes',
		);
		expect(out[1]).toBe('dialect x: 1 code in 1 section, 0 ranges');
		expect(out.at(-1)).toBe('ok: 1 source, no unread code-bearing line');
	});

	test('fails with file:line and a hint on a line no reader understood', async () => {
		const dir = sourcesDir({
			'a.md': `${header({ dialect: 'x', role: 'primary' })}10xx - General\n-1000 UNKNOWN\n- a\n\nSee -1001.\n`,
		});
		const { io, out, err } = capture(dir);
		expect(await run([dir], io)).toBe(1);
		expect(out).toContain('  a.md:12: not data (holds a code): See -1001.');
		expect(err[0]).toMatch(
			/^a\.md:12: this line holds a code but no reader understood it: "See -1001\."\n {2}hint: /,
		);
		expect(err.at(-1)).toBe(`1 problem in ${dir}`);
	});
});
