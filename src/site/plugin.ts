/**
 * Error Atlas as one Starlight plugin: what the site adds to Starlight, in the order it needs,
 * so astro.config.mjs reads as configuration. It never reads the sources: the content loader
 * does (src/site/data/loader.ts), and the sidebar's dialects, the alias files and the
 * per-code JSON files come from the collections.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { aliasPages } from './build/aliases/aliases.ts';
import { codeJsonFiles } from './build/code-json.ts';
import { cspHashes } from './build/csp/hashes.ts';
import { modelFilesReader } from './build/model-files/read.ts';
import { searchIndex } from './build/search/search-index.ts';
import { sidebar } from './starlight/sidebar.ts';

const COMPONENTS = {
	Search: './src/components/SiteSearch.astro',
	Pagination: './src/components/Pagination.astro',
	Header: './src/components/Header.astro',
	Sidebar: './src/components/Sidebar.astro',
	PageSidebar: './src/components/PageSidebar.astro',
	PageTitle: './src/components/PageTitle.astro',
};

const CSS = [
	'./src/styles/atlas.css',
	'./src/styles/code-page.css',
	'./src/styles/tables.css',
	'./src/styles/deep-links.css',
];

/** In this order: each reads what the one before it set on the route. */
const ROUTE_MIDDLEWARE = [
	'./src/site/starlight/escape-title.ts',
	'./src/site/starlight/route-data.ts',
	'./src/site/starlight/code-page-sidebar.ts',
	'./src/site/starlight/site-sidebar.ts',
];

export function errorAtlas(): StarlightPlugin {
	return {
		name: 'error-atlas',
		hooks: {
			'config:setup'({ config, updateConfig, addIntegration, addRouteMiddleware }) {
				updateConfig({
					customCss: [...(config.customCss ?? []), ...CSS],
					components: { ...config.components, ...COMPONENTS },
					// Each dialect once, never every code: a sidebar of thousands of links is what makes
					// large Starlight sites slow. A dialect's own pages list its sections (starlight/sidebar.ts).
					// The dialects are filled in from the collection (starlight/site-sidebar.ts).
					sidebar: sidebar([]),
					// Our 404 page resolves unknown addresses (src/pages/404.astro).
					disable404Route: true,
				});
				for (const entrypoint of ROUTE_MIDDLEWARE) addRouteMiddleware({ entrypoint });
				// Starlight puts these right after itself, in this order, so their astro:build:done
				// hooks run after its own (which writes the search bundle). The CSP hashes cover every
				// inline script of the pages; the search index adds its _headers rules; the alias files
				// are moved in after both, so neither reads them (aliasPages refuses one with inline code).
				// The model's files are read from the build's output before any of them is written.
				const model = modelFilesReader();
				addIntegration(translationsCache());
				addIntegration(model.integration);
				addIntegration(cspHashes());
				addIntegration(searchIndex());
				addIntegration(aliasPages(model.files));
				addIntegration(codeJsonFiles(model.files));
			},
		},
	};
}

/** Adds the middleware that caches Starlight's UI strings (starlight/memo-translations.ts), after Starlight's own sets them. */
function translationsCache(): AstroIntegration {
	return {
		name: 'error-atlas-translations-cache',
		hooks: {
			'astro:config:setup': ({ addMiddleware }) =>
				addMiddleware({
					entrypoint: new URL('./starlight/translations-middleware.ts', import.meta.url),
					order: 'post',
				}),
		},
	};
}
