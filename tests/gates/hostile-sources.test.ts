import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROKEN_SOURCES } from '../fixtures/broken-sources.ts';
import { buildSite, check, cleanup, ROOT, tempDir } from './build.ts';

afterAll(cleanup);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.concurrent('broken sources fail check and the build, with file:line and a hint', () => {
	for (const broken of BROKEN_SOURCES) {
		const dir = join(ROOT, 'tests/fixtures', broken.dir);
		// `file:line: message` then an indented `hint:` line, as formatProblem prints them.
		const report = new RegExp(
			`${escape(`${broken.file}:${broken.line}: `)}${broken.message.source.replace(/^\^/, '').replace(/\$$/, '')}.*\\n\\s+hint: \\S`,
		);

		it(`${broken.dir}: error-atlas check exits 1`, async () => {
			const result = await check(dir);
			expect(result.status, result.output).toBe(1);
			expect(result.stderr).toMatch(report);
		});

		it(`${broken.dir}: the build fails and writes nothing`, async () => {
			const outDir = join(tempDir('out'), 'dist');
			const result = await buildSite(dir, outDir);
			expect(result.status, result.output).not.toBe(0);
			expect(result.output).toMatch(report);
			expect(existsSync(outDir) ? readdirSync(outDir) : [], `${outDir} was written`).toEqual([]);
		});
	}
});
