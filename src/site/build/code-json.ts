import { AstroError } from 'astro/errors';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { afterGeneration } from './after-generation.ts';

/**
 * Splits the built `/api/v1/codes.json` into one file per code,
 * `/api/v1/<dialect>/<code>.json`, after the build. As an Astro endpoint each file cost a
 * route render: at 10,000 codes that was about a sixth of the page-generation time, for
 * files that are slices of one already-serialized array. Splitting the built file also
 * guarantees each one is exactly that code's entry in `codes.json`. Under `astro dev` only
 * `codes.json` exists.
 *
 * The files are written while Pagefind indexes the pages ({@link afterGeneration}), which
 * reads HTML only.
 */
export function codeJsonFiles(): AstroIntegration {
	const split = afterGeneration(splitCodes);
	return {
		name: 'error-atlas-code-json',
		hooks: {
			'astro:build:generated': (options) => split.start(options),
			'astro:build:done': async ({ dir, logger }) => {
				const { files, ms } = await split.result(dir);
				logger.info(`${files} per-code JSON files in ${ms}ms`);
			},
		},
	};
}

/** Files written at once. */
const BATCH = 64;

async function splitCodes(out: string): Promise<{ files: number; ms: number }> {
	const started = performance.now();
	const api = `${out}api/v1/`;
	const codes: unknown = JSON.parse(readFileSync(`${api}codes.json`, 'utf8'));
	if (!Array.isArray(codes)) throw new AstroError(`${api}codes.json is not an array of code entries`, 'src/site/build/code-json.ts splits it into one file per code: check src/pages/api/v1/codes.json.ts');
	const entries = codes as Array<{ dialect: string; id: string }>;
	await Promise.all([...new Set(entries.map((entry) => entry.dialect))].map((dialect) => mkdir(`${api}${dialect}`, { recursive: true })));
	for (let i = 0; i < entries.length; i += BATCH) {
		await Promise.all(entries.slice(i, i + BATCH).map((entry) => writeFile(`${api}${entry.dialect}/${entry.id}.json`, JSON.stringify(entry))));
	}
	return { files: entries.length, ms: Math.round(performance.now() - started) };
}
