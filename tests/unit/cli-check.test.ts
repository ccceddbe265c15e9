import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli/check.ts';
import { header, SEEDS, sourcesDir } from './helpers/sources.ts';

function capture(dir: string) {
	const out: string[] = [];
	const err: string[] = [];
	return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), sourcesDir: dir }, out, err };
}

describe('error-atlas check', () => {
	test('passes on the seeds and prints a report per source', async () => {
		const { io, out, err } = capture(SEEDS);
		expect(await run([], io)).toBe(0);
		expect(err).toEqual([]);
		expect(out).toContain(
			'binance-usdm.md  binance-usdm (primary): 67 codes, 3 sections, 0 ranges, 0 HTTP statuses, 1 prose parts, 1 notes',
		);
		expect(out).toContain('  binance-options.md:154: note on -1129: Encoding damage `ã€‚` repaired to `。` (UTF-8 text that was read as Windows-1252 upstream).');
		expect(out.at(-1)).toBe('ok: 5 sources, no unread code-bearing line');
	});

	test('fails with file:line and a hint on a line no reader understood', async () => {
		const dir = sourcesDir({ 'a.md': `${header({ dialect: 'x', role: 'primary' })}10xx - General\n-1000 UNKNOWN\n- a\n\nSee -1001.\n` });
		const { io, out, err } = capture(dir);
		expect(await run([dir], io)).toBe(1);
		expect(out).toContain('  a.md:12: not data (holds a code): See -1001.');
		expect(err[0]).toMatch(/^a\.md:12: this line holds a code but no reader understood it: "See -1001\."\n  hint: /);
		expect(err.at(-1)).toBe(`1 problem in ${dir}`);
	});
});
