import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { apiPath } from '../../lib/model/urls.ts';
import type { ModelFiles } from './model-files/model-files.ts';
import { moveIntoPlace, stageFiles } from './staged-files.ts';

/**
 * One JSON file per code, `/api/v1/<dialect>/<id>.json`, and `/api/v1/<dialect>/ccxt.json`
 * (model-files/model-files.ts). As Astro endpoints each file cost a route render, about a
 * sixth of page generation at 10,000 codes; here they are written on a worker thread while
 * Pagefind indexes the pages ({@link stageFiles}) and their dialect folders moved into the
 * output at the end. Under `astro dev` only `codes.json` exists.
 */
export function codeJsonFiles(files: () => ModelFiles): AstroIntegration {
	let staging = '';
	let staged: Promise<number> | null = null;
	return {
		name: 'error-atlas-code-json',
		hooks: {
			'astro:config:done': ({ config }) => {
				staging = join(fileURLToPath(config.cacheDir), 'code-json');
			},
			'astro:build:generated': () => {
				rmSync(staging, { recursive: true, force: true });
				staged = stageFiles(staging, files().json);
				staged.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!staged)
					throw new AstroError(
						'the per-code JSON files were never staged: astro:build:generated did not run',
						'check that the codeJsonFiles() integration is in src/site/plugin.ts and that the installed Astro still calls astro:build:generated',
					);
				const written = await staged;
				for (const dialect of readdirSync(join(staging, apiPath(''))))
					moveIntoPlace(
						join(staging, apiPath(dialect)),
						join(fileURLToPath(dir), apiPath(dialect)),
					);
				rmSync(staging, { recursive: true, force: true });
				logger.info(`${written} per-code JSON files moved into place`);
			},
		},
	};
}
