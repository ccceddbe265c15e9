/**
 * Rendered parts that many pages share, kept once and reused. Starlight renders its header
 * and sidebar anew for every page, though at 10,000 codes nearly all pages share one header
 * and a few dozen sidebars: about a sixth of page generation went into rendering the same
 * HTML again.
 *
 * A page reuses stored parts only when every part it shows is stored; otherwise it renders
 * them all. Astro writes a component's `<script>` once per page, at its first use, and both
 * the header and the sidebar use the theme picker: a stored header next to a freshly rendered
 * sidebar would carry that script twice, and whether it did would depend on which pages
 * happened to render first. So a page either has all its parts rendered or all reused, and
 * both give the same bytes.
 */
export class SharedParts {
	readonly #html = new Map<string, string>();
	readonly #plans = new WeakMap<object, boolean>();

	/**
	 * Whether `page` (any object that lives exactly as long as one page render, such as
	 * Astro's `locals`) reuses stored parts, decided at its first part from every part key the
	 * page will ask for.
	 */
	reuses(page: object, keys: string[]): boolean {
		let plan = this.#plans.get(page);
		if (plan === undefined) this.#plans.set(page, (plan = keys.every((key) => this.#html.has(key))));
		return plan;
	}

	/** The stored HTML of a part. */
	get(key: string): string | undefined {
		return this.#html.get(key);
	}

	/** Stores a part's HTML; the first render of a key is kept (later ones are the same). */
	keep(key: string, html: string): void {
		if (!this.#html.has(key)) this.#html.set(key, html);
	}

	/** How many distinct parts are stored. */
	get size(): number {
		return this.#html.size;
	}
}

/** What Starlight's header shows that can differ between pages of a single-language site. */
export interface HeaderInputs {
	lang: string;
	dir: string;
	siteTitle: string;
	siteTitleHref: string;
}

/** What Starlight's sidebar shows: its entries, with labels, links, badges and the current page mark. */
export interface SidebarInputs {
	sidebar: unknown;
}

/** The keys of a page's shared parts: its header and its sidebar. */
export function partKeys(route: HeaderInputs & SidebarInputs): { header: string; sidebar: string } {
	return {
		header: `header\0${JSON.stringify([route.lang, route.dir, route.siteTitle, route.siteTitleHref])}`,
		sidebar: `sidebar\0${JSON.stringify(route.sidebar)}`,
	};
}
