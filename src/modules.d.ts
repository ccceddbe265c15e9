// Types for the two modules our .astro files import that ship none, so `astro check` reads
// those files as strictly as tsc reads the rest.

declare module 'virtual:starlight/user-config' {
	const config: import('@astrojs/starlight/types').StarlightConfig;
	export default config;
}

declare module '@pagefind/default-ui' {
	/** The part of Pagefind's default UI the search boxes use (SearchBox.astro). */
	export class PagefindUI {
		constructor(options: {
			element: HTMLElement | string;
			baseUrl?: string;
			bundlePath?: string;
			showImages?: boolean;
			showSubResults?: boolean;
			ranking?: { metaWeights?: Record<string, number>; [option: string]: unknown };
			autofocus?: boolean;
			translations?: Record<string, string>;
		});
		triggerSearch(term: string): void;
	}
}
