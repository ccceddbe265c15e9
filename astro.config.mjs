// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { siteUrl } from './src/lib/model/urls.ts';
import { errorAtlas } from './src/site/plugin.ts';
import { SEARCH_RANKING } from './src/site/search/ranking.ts';

const site = siteUrl();
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	output: 'static',
	// Pages render while earlier ones are written: with one at a time the build waited on the
	// file system for about a third of page generation (measured at 10,000 codes; BENCHMARKS.md).
	build: { concurrency: 8 },
	// Scripts as files, never inlined into each page: the browser caches them across pages, and
	// 13,000 pages no longer carry the same 3 KB each (Pagefind and the CSP step read every byte).
	vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
	trailingSlash: 'always',
	// Test builds of fixture sources run side by side; each needs its own content cache. The
	// default is per checkout too: git worktrees share node_modules through a symlink, and in
	// node_modules/.astro parallel builds overwrote each other's content data store.
	cacheDir: process.env.ATLAS_CACHE_DIR ?? './.astro/cache/',
	integrations: [
		starlight({
			title: 'Error Atlas',
			description: 'Exchange API error codes, one page per code, compared across venues.',
			logo: { src: './src/assets/logo.svg', replacesTitle: false },
			favicon: '/favicon.svg',
			pagefind: { ranking: SEARCH_RANKING },
			lastUpdated: false,
			pagination: true,
			// The sidebar, our pages' components, route middleware and build steps (src/site/plugin.ts).
			plugins: [errorAtlas()],
		}),
	],
});
