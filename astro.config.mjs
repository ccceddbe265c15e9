// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { loadAtlas, sourcesDir } from './src/lib/atlas.ts';
import { sidebar } from './src/lib/sidebar.ts';

const site = process.env.SITE_URL ?? 'https://error-atlas.pages.dev';
const base = process.env.BASE_PATH ?? '/';
// The sidebar lists dialects and their sections, never every code: a sidebar of
// thousands of links is what makes large Starlight sites slow.
const atlas = loadAtlas(sourcesDir());

export default defineConfig({
	site,
	base,
	output: 'static',
	// A cache per checkout: git worktrees share node_modules through a symlink, and in the default
	// node_modules/.astro parallel builds overwrote each other's content data store.
	cacheDir: './.astro/cache/',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'Error Atlas',
			description: 'Exchange API error codes, one page per code, compared across venues.',
			logo: { src: './src/assets/logo.svg', replacesTitle: false },
			favicon: '/favicon.svg',
			customCss: ['./src/styles/atlas.css'],
			sidebar: sidebar(atlas.dialects),
			lastUpdated: false,
			pagination: true,
		}),
	],
});
