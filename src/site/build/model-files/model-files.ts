import { z } from 'zod';
import type { Atlas } from '../../../lib/atlas.ts';
import { ccxtCoverage, ccxtReviewMap, dialectCcxtMaps } from '../../../lib/ccxt/coverage.ts';
import { ccxtJsonPath, codeJsonPath } from '../../../lib/model/urls.ts';
import { isRetired } from '../../../lib/registry/registry.ts';
import { codeWithBase } from '../../data/with-base-paths.ts';
import { aliasPlanSchema, planAliases } from '../aliases/alias-pages.ts';

/**
 * What the build writes from the model alone, beside the pages: the aliases to publish and
 * the per-code JSON files. The route of route.ts makes it from the collections, the one read
 * of the atlas, and the build steps (aliases.ts, code-json.ts) write it out.
 */
export const modelFilesSchema = z.strictObject({
	aliases: aliasPlanSchema,
	/** `[path, text]` of each JSON file, the path from the output folder: `api/v1/okx/51008.json`. */
	json: z.array(z.tuple([z.string(), z.string()])),
});
export type ModelFiles = z.infer<typeof modelFilesSchema>;

/** The route the build reads {@link ModelFiles} from, and removes before the output is final. */
export const MODEL_FILES_ROUTE = '/_error-atlas/model-files.json';

/**
 * {@link ModelFiles} of an atlas whose URLs are from the site root (as the collections hold
 * them). Each code's file is exactly its entry in `/api/v1/codes.json`, with the base path
 * in front of its URL; a retired code's file stays too, as the registry remembers it
 * (`retired` says since when); and `/api/v1/<dialect>/ccxt.json` for each dialect that
 * names its ccxt exchange.
 */
export function modelFiles(atlas: Atlas, base: string): ModelFiles {
	const json = atlas.codes.map((entry): [string, string] => [
		codeJsonPath(entry.dialect, entry.id),
		JSON.stringify(codeWithBase(entry, base)),
	]);
	for (const entry of atlas.published.filter(isRetired))
		json.push([codeJsonPath(entry.dialect, entry.id), JSON.stringify(codeWithBase(entry, base))]);
	json.push(...ccxtReviewFiles(atlas));
	return { aliases: planAliases(atlas.dialects, atlas.codes), json };
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
