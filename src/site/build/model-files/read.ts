import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { MODEL_FILES_ROUTE, modelFilesSchema, type ModelFiles } from './model-files.ts';

/** The integration that publishes the model's files route in builds, and how the steps after it get the files. */
export interface ModelFilesReader {
	integration: AstroIntegration;
	/** The files of this build; from `astro:build:generated` on, once this reader's hook has run. */
	files: () => ModelFiles;
}

/**
 * Adds the route of route.ts to builds and reads its file when the pages are generated, then
 * removes it from the output: the build's alias and per-code JSON files come from the
 * collections, as the pages do, and the config never reads the sources. Under `astro dev` the
 * route does not exist (nor do the files it feeds).
 */
export function modelFilesReader(): ModelFilesReader {
	let files: ModelFiles | undefined;
	const integration: AstroIntegration = {
		name: 'error-atlas-model-files',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command !== 'build') return;
				injectRoute({
					pattern: MODEL_FILES_ROUTE,
					entrypoint: new URL('./route.ts', import.meta.url),
					prerender: true,
				});
			},
			'astro:build:generated': ({ dir }) => {
				const file = join(fileURLToPath(dir), MODEL_FILES_ROUTE);
				files = modelFilesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
				rmSync(dirname(file), { recursive: true, force: true });
			},
		},
	};
	return {
		integration,
		files: () => {
			if (!files)
				throw new AstroError(
					`the model's files were never read: ${MODEL_FILES_ROUTE} was not generated before astro:build:generated`,
					'check that the installed Astro still runs astro:build:generated after the pages, and that modelFilesReader() comes before the steps that use it (src/site/plugin.ts)',
				);
			return files;
		},
	};
}
