import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, check, cleanup, ROOT, runNode, tempDir } from './build.ts';

afterAll(cleanup);

// The registry's promise, end to end: a code removed from a copy of a source fails check,
// naming it; after `registry update` the build still publishes its page, marked retired, at
// the same URL, with its per-code JSON, and the dialect page lists it.
describe('a code a source stops documenting', () => {
	it('fails check until the registry retires it, then keeps its page at its URL', async () => {
		const root = tempDir('registry');
		const sources = join(root, 'sources');
		mkdirSync(sources);
		copyFileSync(
			join(ROOT, 'tests/fixtures/seeds/sources/weex-spot.md'),
			join(sources, 'weex-spot.md'),
		);
		const update = (day: string) =>
			runNode(['bin/error-atlas.mjs', 'registry', 'update', sources], { ERROR_ATLAS_TODAY: day });
		expect((await update('2026-12-01')).status).toBe(0);

		const file = join(sources, 'weex-spot.md');
		const text = readFileSync(file, 'utf8');
		const removed = '-1135 INVALID_JSON\n\n  • Invalid JSON request.\n\n';
		expect(text).toContain(removed);
		const reworded = [
			'  • Combination of optional parameters invalid.',
			'  • Combination of optional parameters is invalid.',
		] as const;
		expect(text).toContain(reworded[0]);
		writeFileSync(file, text.replace(removed, '').replace(...reworded));
		const stale = await check(sources);
		expect(stale.status, stale.output).toBe(1);
		expect(stale.output).toContain('  gone: weex-spot/-1135');
		expect(stale.output).toContain(
			'  changed: weex-spot/-1128: "INVALID_PARAM_COMBINATION | Combination of optional parameters invalid." -> "INVALID_PARAM_COMBINATION | Combination of optional parameters is invalid."',
		);
		expect(stale.stderr).toContain('out of date with the sources: 1 changed, 1 gone');

		const updated = await update('2026-12-07');
		expect(updated.status, updated.output).toBe(0);
		expect(updated.output).toContain('1 changed, 1 gone; 36 codes, 1 retired');
		expect((await check(sources)).status).toBe(0);

		const dist = join(tempDir('out'), 'dist');
		const build = await buildSite(sources, dist);
		expect(build.status, build.output).toBe(0);
		const page = readFileSync(join(dist, 'weex-spot/-1135/index.html'), 'utf8');
		expect(page).toContain('<h1');
		expect(page).toContain('-1135 INVALID_JSON');
		expect(page).toMatch(
			/<p class="retired-notice" data-retired="2026-12-07"[^>]*>.*No longer documented/s,
		);
		expect(page).toContain('Invalid JSON request.');
		expect(
			JSON.parse(readFileSync(join(dist, 'api/v1/weex-spot/-1135.json'), 'utf8')),
		).toMatchObject({
			dialect: 'weex-spot',
			id: '-1135',
			retired: '2026-12-07',
			first: '2026-12-01',
		});
		expect(
			JSON.parse(readFileSync(join(dist, 'api/v1/retired.json'), 'utf8')).map(
				(entry: { url: string }) => entry.url,
			),
		).toEqual(['/weex-spot/-1135/']);
		expect(readFileSync(join(dist, 'weex-spot/index.html'), 'utf8')).toMatch(
			/<li data-retired="2026-12-07"><a href="\/weex-spot\/-1135\/" class="code-link"><s>-1135<\/s><\/a>/,
		);
		// The documented codes are as before; the reworded one says since when, and keeps what it said.
		expect(existsSync(join(dist, 'weex-spot/-1140/index.html'))).toBe(true);
		const changed = readFileSync(join(dist, 'weex-spot/-1128/index.html'), 'utf8');
		expect(changed).toMatch(
			/class="code-history"[^>]*data-first="2026-12-01" data-changed="2026-12-07"/,
		);
		expect(changed).toMatch(
			/<summary>Its text until 2026-12-07<\/summary>.*Combination of optional parameters invalid\./s,
		);

		// The changes page and its feed say what happened that day.
		const changes = readFileSync(join(dist, 'changes/weex-spot/index.html'), 'utf8');
		const day =
			/<section class="change-day" data-date="2026-12-07" data-dialect="weex-spot".*?<\/section>/s.exec(
				changes,
			)?.[0] ?? '';
		expect(day).toMatch(
			/<div data-kind="changed"><dt>Text changed<\/dt><dd><a href="\/weex-spot\/-1128\/"/,
		);
		expect(day).toMatch(
			/<div data-kind="retired"><dt>Retired<\/dt><dd><a href="\/weex-spot\/-1135\/"/,
		);
		expect(changes).toContain(
			'<link rel="alternate" type="application/atom+xml" title="WEEX Spot API V3 changes" href="/changes/weex-spot.xml"',
		);
		const feed = readFileSync(join(dist, 'changes/weex-spot.xml'), 'utf8');
		expect(feed).toContain('<title>WEEX Spot API V3, 2026-12-07: 1 changed, 1 retired</title>');
		expect(feed).toContain('Retired: -1135 INVALID_JSON');
	});
});
