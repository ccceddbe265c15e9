import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Splits the built `/api/v1/codes.json` into one file per code,
 * `/api/v1/<dialect>/<code>.json`, after the build. As an Astro endpoint each file cost a
 * route render: at 10,000 codes that was about a sixth of the page-generation time, for
 * files that are slices of one already-serialized array. Splitting the built file also
 * guarantees each one is exactly that code's entry in `codes.json`. Under `astro dev` only
 * `codes.json` exists.
 */
export function codeJsonFiles(): AstroIntegration {
	return {
		name: 'error-atlas-code-json',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const api = `${fileURLToPath(dir)}api/v1/`;
				const codes: unknown = JSON.parse(readFileSync(`${api}codes.json`, 'utf8'));
				if (!Array.isArray(codes)) throw new Error(`${api}codes.json is not an array of code entries; src/integrations/code-json.ts splits it into one file per code and needs its shape`);
				const made = new Set<string>();
				for (const entry of codes as Array<{ dialect: string; code: number }>) {
					if (!made.has(entry.dialect)) {
						mkdirSync(`${api}${entry.dialect}`, { recursive: true });
						made.add(entry.dialect);
					}
					writeFileSync(`${api}${entry.dialect}/${entry.code}.json`, JSON.stringify(entry));
				}
				logger.info(`${codes.length} per-code JSON files in ${Math.round(performance.now() - started)}ms`);
			},
		},
	};
}
