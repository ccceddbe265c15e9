import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { apiPath } from '../../lib/model/urls.ts';
import type { ModelFiles } from './model-files/model-files.ts';
import { moveIntoPlace, stagedOutput } from './staged-files.ts';

/**
 * One JSON file per code, `/api/v1/<dialect>/<id>.json`, and `/api/v1/<dialect>/ccxt.json`
 * (model-files/model-files.ts). As Astro endpoints each file cost a route render, about a
 * sixth of page generation at 10,000 codes; here they are written on a worker thread
 * ({@link stagedOutput}) and their dialect folders moved into the output at the end. Under
 * `astro dev` only `codes.json` exists.
 */
export function codeJsonFiles(files: () => ModelFiles): AstroIntegration {
	return stagedOutput({
		name: 'error-atlas-code-json',
		label: 'per-code JSON files',
		folder: 'code-json',
		files: () => files().json,
		place(staging, out, logger, written) {
			for (const dialect of readdirSync(join(staging, apiPath(''))))
				moveIntoPlace(join(staging, apiPath(dialect)), join(out, apiPath(dialect)));
			logger.info(`${written} per-code JSON files moved into place`);
		},
	});
}
