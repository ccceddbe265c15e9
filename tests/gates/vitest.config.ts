import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The quality gates that need a build: `npm run test:gates` runs them after `npm run build`
 * (the link, HTML and header gates read `dist/`; the source and determinism gates build
 * fixtures of their own into temporary directories).
 */
export default defineConfig({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	test: {
		include: ['tests/gates/**/*.test.ts'],
		// Generous: html-validate reads every page, and a loaded two-core machine took 140 s once.
		testTimeout: 300_000,
		hookTimeout: 180_000,
		// One file at a time: every production build of this checkout writes its prerender
		// chunks to the project's own .astro/.prerender/, so two site builds at once (the
		// determinism and BASE_PATH gates) delete each other's chunks. Within a file, the
		// broken-source builds still run side by side: they stop before prerendering.
		fileParallelism: false,
	},
});
