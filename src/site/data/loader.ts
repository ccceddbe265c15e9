import type { Loader } from 'astro/loaders';
import { readAtlasOnce, sourcesDir, type AtlasRead } from '../../lib/atlas.ts';
import { formatProblem } from '../../lib/model/problems.ts';

/** Reads the sources once per build, whichever collection (or the config) asks first. */
function atlasFor(base: string): AtlasRead {
	const dir = sourcesDir();
	const atlas = readAtlasOnce(dir, { base });
	if (atlas.problems.length > 0) {
		throw new Error(`Error Atlas cannot import ${dir}:\n${atlas.problems.map(formatProblem).join('\n')}`);
	}
	return atlas;
}

/** A Content Layer loader for one slice of the normalized model (`codes`, `dialects`, `concepts` or the registry's `published` codes). */
export function atlasLoader(kind: 'codes' | 'dialects' | 'concepts' | 'published'): Loader {
	return {
		name: `error-atlas-${kind}`,
		load: async ({ store, parseData, generateDigest, config, logger }) => {
			const atlas = atlasFor(config.base);
			store.clear();
			const items = atlas[kind];
			for (const item of items) {
				const id = 'dialect' in item && 'code' in item ? `${item.dialect}/${item.id}` : item.id;
				const data = await parseData({ id, data: item as unknown as Record<string, unknown> });
				store.set({ id, data, digest: generateDigest(data) });
			}
			logger.info(`${items.length} ${kind} from ${kind === 'concepts' ? atlas.conceptReport.dir : sourcesDir()}`);
		},
	};
}
