import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { Atlas } from '../../lib/atlas.ts';
import { codeEntrySchema } from '../../lib/model/schemas.ts';
import { isRetired, publishedCodeSchema } from '../../lib/registry/registry.ts';
import { ccxtCoverage, ccxtReviewMap, dialectCcxtMaps } from '../../lib/ccxt/coverage.ts';
import { apiPath, ccxtJsonPath, codeJsonPath } from '../../lib/model/urls.ts';
import { moveIntoPlace, stageFiles } from './staged-files.ts';
import { codeWithBase } from '../data/with-base-paths.ts';

/**
 * One JSON file per code, `/api/v1/<dialect>/<id>.json`: each exactly that code's entry in
 * `/api/v1/codes.json` (the entry as the `codes` collection's schema gives it, so the keys
 * come in the same order). As Astro endpoints each file cost a route render, about a sixth of
 * page generation at 10,000 codes; here they are written on a worker thread while the pages
 * render ({@link stageFiles}) and their dialect folders moved into the output at the end.
 * Their URLs carry the base path, as the pages' model does (src/site/data/atlas.ts). Beside
 * them, `/api/v1/<dialect>/ccxt.json` for each dialect that names its ccxt exchange.
 * Under `astro dev` only `codes.json` exists.
 */
export function codeJsonFiles(atlas: Atlas): AstroIntegration {
	let base = '/';
	let staging = '';
	let staged: Promise<number> | null = null;
	return {
		name: 'error-atlas-code-json',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				staging = join(fileURLToPath(config.cacheDir), 'code-json');
			},
			'astro:build:setup': () => {
				if (staged) return;
				const files = atlas.codes.map((entry): [string, string] => [
					codeJsonPath(entry.dialect, entry.id),
					JSON.stringify(codeEntrySchema.parse(codeWithBase(entry, base))),
				]);
				// A retired code's file stays too, as the registry remembers it (`retired` says since when).
				files.push(
					...atlas.published
						.filter(isRetired)
						.map((entry): [string, string] => [
							codeJsonPath(entry.dialect, entry.id),
							JSON.stringify(publishedCodeSchema.parse(codeWithBase(entry, base))),
						]),
				);
				files.push(...ccxtReviewFiles(atlas));
				rmSync(staging, { recursive: true, force: true });
				staged = stageFiles(staging, files);
				staged.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!staged)
					throw new AstroError(
						'the per-code JSON files were never staged: astro:build:setup did not run',
						'check that the codeJsonFiles() integration is in astro.config.mjs and that the installed Astro still calls astro:build:setup',
					);
				const files = await staged;
				for (const dialect of readdirSync(join(staging, apiPath(''))))
					moveIntoPlace(
						join(staging, apiPath(dialect)),
						join(fileURLToPath(dir), apiPath(dialect)),
					);
				rmSync(staging, { recursive: true, force: true });
				logger.info(`${files} per-code JSON files moved into place`);
			},
		},
	};
}

/** `/api/v1/<dialect>/ccxt.json` for each dialect that names its ccxt exchange: written beside its codes' files. */
function ccxtReviewFiles(atlas: Atlas): Array<[string, string]> {
	return atlas.dialects.flatMap((dialect): Array<[string, string]> => {
		const maps = dialectCcxtMaps(dialect);
		if (!maps) return [];
		const codes = atlas.codes.filter((entry) => entry.dialect === dialect.id);
		const coverage = ccxtCoverage(maps, codes, atlas.concepts);
		return [
			[
				ccxtJsonPath(dialect.id),
				JSON.stringify(ccxtReviewMap(dialect, coverage, maps, codes, atlas.concepts)),
			],
		];
	});
}
