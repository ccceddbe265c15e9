import { dirname, relative, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { atlasStamp, readAtlas, sourcesDir, type AtlasRead } from '../../lib/atlas.ts';
import { conceptsDir } from '../../lib/concepts/concepts.ts';
import { formatProblem } from '../../lib/model/problems.ts';
import { registryPath } from '../../lib/registry/file.ts';

type Kind = 'codes' | 'dialects' | 'concepts' | 'published';

let last: { stamp: string; atlas: AtlasRead } | undefined;

/**
 * The atlas, read by whichever collection asks first and shared by the others (the four loaders
 * live in one module graph, content.config.ts); read again only when a source, a concept or the
 * registry has changed since, as under `astro dev`. Collections share the result: none may change it.
 */
function importedAtlas(): AtlasRead {
	const dir = sourcesDir();
	const stamp = atlasStamp(dir);
	if (last?.stamp !== stamp) last = { stamp, atlas: readAtlas(dir) };
	const { atlas } = last;
	if (atlas.problems.length > 0) {
		throw new Error(
			`Error Atlas cannot import ${dir}:\n${atlas.problems.map(formatProblem).join('\n')}`,
		);
	}
	return atlas;
}

async function fill(kind: Kind, context: LoaderContext): Promise<void> {
	const { store, logger } = context;
	const atlas = importedAtlas();
	store.clear();
	const items = atlas[kind];
	for (const item of items) {
		const id = 'dialect' in item && 'code' in item ? `${item.dialect}/${item.id}` : item.id;
		const data = await context.parseData({ id, data: item });
		store.set({ id, data, digest: context.generateDigest(data) });
	}
	logger.info(
		`${items.length} ${kind} from ${kind === 'concepts' ? atlas.conceptReport.dir : sourcesDir()}`,
	);
}

/** What the atlas is read from: the sources' and concepts' `*.md` files and the registry beside them. */
function readsFrom(): { dirs: string[]; files: string[] } {
	const dir = sourcesDir();
	const registry = registryPath(dir);
	return { dirs: [dir, conceptsDir(dir)], files: registry ? [registry] : [] };
}

/**
 * A Content Layer loader for one slice of the normalized model (`codes`, `dialects`, `concepts`
 * or the registry's `published` codes), its URLs from the site root: pages read it through
 * src/site/data/atlas.ts, which puts the base path on. Under `astro dev` it watches what the atlas is read
 * from, as Astro's glob() loader watches its files, and loads again when a source, a concept
 * or the registry changes, so the pages show the edit; an edit that does not import is logged
 * and the pages keep the last good import. It is the only reader of the sources in the site:
 * the sidebar and a build's alias and per-code JSON files come from the collections too.
 */
export function atlasLoader(kind: Kind): Loader {
	return {
		name: `error-atlas-${kind}`,
		load: async (context) => {
			await fill(kind, context);
			const { watcher, logger } = context;
			if (!watcher) return;
			const { dirs, files } = readsFrom();
			watcher.add([...dirs, ...files]);
			const watched = (path: string) =>
				files.includes(path) || (path.endsWith('.md') && dirs.includes(dirname(path)));
			const reload = async (path: string) => {
				if (!watched(path)) return;
				try {
					await fill(kind, context);
					logger.info(
						`reloaded after ${relative(process.cwd(), path).split(sep).join('/')} changed`,
					);
				} catch (error) {
					logger.error(`kept the last import: ${(error as Error).message}`);
				}
			};
			for (const event of ['change', 'add', 'unlink'] as const)
				watcher.on(event, (path: string) => void reload(path));
		},
	};
}
