// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { cspHashes } from './src/site/build/csp-hashes.ts';
import { loadAtlasOnce, sourcesDir } from './src/lib/atlas.ts';
import { siteUrl } from './src/lib/model/urls.ts';
import { sidebar } from './src/site/starlight/sidebar.ts';
import { aliasPages } from './src/site/build/aliases.ts';
import { codeJsonFiles } from './src/site/build/code-json.ts';
import { searchIndex } from './src/site/build/search-index.ts';
import { SEARCH_RANKING } from './src/site/search/ranking.ts';

const site = siteUrl();
const base = process.env.BASE_PATH ?? '/';
// Read with the site's base path, so the content loaders reuse this read (readAtlasOnce)
// instead of parsing every source again.
const atlas = loadAtlasOnce(sourcesDir(), { base });

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
			customCss: ['./src/styles/atlas.css', './src/styles/code-page.css', './src/styles/tables.css', './src/styles/deep-links.css'],
			// Each dialect once, never every code: a sidebar of thousands of links is what makes
			// large Starlight sites slow. A dialect's own pages list its sections (src/site/starlight/sidebar.ts).
			sidebar: sidebar(atlas.dialects),
			lastUpdated: false,
			pagination: true,
			// Our 404 page resolves unknown addresses (src/pages/404.astro); the head additions are in src/site/starlight/route-data.ts.
			disable404Route: true,
			routeMiddleware: ['./src/site/starlight/escape-title.ts', './src/site/starlight/route-data.ts', './src/site/starlight/code-page-sidebar.ts'],
			components: {
				Search: './src/components/SiteSearch.astro',
				Pagination: './src/components/Pagination.astro',
				Header: './src/components/Header.astro',
				Sidebar: './src/components/Sidebar.astro',
				PageSidebar: './src/components/PageSidebar.astro',
				PageTitle: './src/components/PageTitle.astro',
			},
		}),
		// After Starlight and its pages, so the hashes cover every inline script they hold.
		cspHashes(),
		// After Starlight, whose astro:build:done writes the search bundle: adds its _headers rules.
		searchIndex(),
		// Moves its pages into place after the search index and the CSP hashes, so neither reads
		// them: aliasPages refuses to write one with inline code.
		aliasPages(atlas),
		codeJsonFiles(atlas),
	],
});
