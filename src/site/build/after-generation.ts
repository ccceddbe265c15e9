import { fileURLToPath } from 'node:url';

/**
 * Work on the generated pages that starts as soon as they exist (`astro:build:generated`)
 * and whose result `astro:build:done` awaits. Between the two hooks Starlight's Pagefind run
 * indexes the pages in a separate process, leaving this one idle: started early, the work
 * overlaps it instead of adding its seconds after it. No hook in between changes a page.
 */
export function afterGeneration<T>(work: (out: string) => Promise<T>) {
	let started: Promise<T> | null = null;
	return {
		/** For `astro:build:generated`. */
		start({ dir }: { dir: URL }): void {
			started = work(fileURLToPath(dir));
			// Awaited in build:done; until then a failure must not count as unhandled.
			started.catch(() => {});
		},
		/** For `astro:build:done`: the started work, or the work itself if nothing started it. */
		result(dir: URL): Promise<T> {
			return started ?? work(fileURLToPath(dir));
		},
	};
}
