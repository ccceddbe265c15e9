import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, cleanup, ROOT, tempDir } from './build.ts';
import { listFiles } from './dist.ts';

afterAll(cleanup);

function digests(dir: string): Map<string, string> {
	return new Map(
		listFiles(dir).map((file) => [
			file,
			createHash('sha256')
				.update(readFileSync(join(dir, file)))
				.digest('hex'),
		]),
	);
}

describe('deterministic output', () => {
	// The second build renders Starlight's header, sidebar and table of contents afresh on every
	// page and gives code pages their sidebar as a prop, as Starlight builds it
	// (ATLAS_SHARED_PARTS=off): the shared parts and the shared code-page sidebar
	// (src/site/starlight/code-page-sidebar.ts) must not change a byte.
	it('two builds of the same sources, cold cache then warm, with and without shared parts, are byte-identical', async () => {
		const sources = join(ROOT, 'tests/fixtures/small');
		const cache = tempDir('cache');
		const first = join(tempDir('first'), 'dist');
		const second = join(tempDir('second'), 'dist');
		for (const [outDir, env] of [
			[first, {}],
			[second, { ATLAS_SHARED_PARTS: 'off' }],
		] as const) {
			const result = await buildSite(sources, outDir, cache, env);
			expect(result.status, result.output).toBe(0);
			// The CSP scan takes each page from build middleware as it renders (src/site/build/csp/hashes.ts);
			// pages it has to read back from disk mean Astro no longer renders them where the middleware sees them.
			expect(result.output).toMatch(/pages hashed as they rendered, 0 read from disk\)/);
		}
		const a = digests(first);
		const b = digests(second);
		const pages = (files: Map<string, string>) =>
			[...files.keys()].filter((file) => file.endsWith('.html'));
		expect(pages(b)).toEqual(pages(a));
		expect(pages(a)).toContain('alpha/-1121/index.html');

		const api = [...a.keys()].filter((file) => file.startsWith('api/v1/'));
		expect(api).toEqual(expect.arrayContaining(['api/v1/codes.json', 'api/v1/dialects.json']));
		for (const file of api)
			expect(b.get(file), `${file} differs between the two builds`).toBe(a.get(file));

		// Everything else should be identical too; name the files that are not.
		const differing = [...new Set([...a.keys(), ...b.keys()])].filter(
			(file) => a.get(file) !== b.get(file),
		);
		expect(differing, 'files that differ between two builds of the same sources').toEqual([]);
	});
});
