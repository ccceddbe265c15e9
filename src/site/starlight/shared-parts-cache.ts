/**
 * Rendered parts that many pages share, kept once and reused. Starlight renders its header,
 * sidebar and table of contents anew for every page, though at 10,000 codes nearly all pages
 * share one header, a few dozen sidebars and a handful of tables of contents (code pages have
 * the same headings): about a fifth of page generation went into rendering the same HTML again.
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
	readonly #keys = new WeakMap<object, PartKeys>();

	/** The part keys of `page` (see {@link reuses}), worked out once per page. */
	keys(page: object, route: PartInputs): PartKeys {
		let keys = this.#keys.get(page);
		if (!keys) this.#keys.set(page, (keys = partKeys(route)));
		return keys;
	}

	/**
	 * Whether `page` (any object that lives exactly as long as one page render, such as
	 * Astro's `locals`) reuses stored parts, decided at its first part from every part key the
	 * page will ask for.
	 */
	reuses(page: object, keys: string[]): boolean {
		let plan = this.#plans.get(page);
		if (plan === undefined)
			this.#plans.set(page, (plan = keys.every((key) => this.#html.has(key))));
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

/**
 * What the shared parts show: the header inputs, the sidebar entries (labels, links, badges,
 * the current page mark) and the table of contents (its levels and headings).
 */
export interface PartInputs extends HeaderInputs {
	sidebar: unknown;
	toc: unknown;
}

export interface PartKeys {
	header: string;
	sidebar: string;
	toc: string;
}

/** The keys of a page's shared parts. The UI strings of all three depend on the language only. */
export function partKeys(route: PartInputs): PartKeys {
	return {
		header: `header\0${JSON.stringify([route.lang, route.dir, route.siteTitle, route.siteTitleHref])}`,
		sidebar: `sidebar\0${route.lang}\0${json(route.sidebar)}`,
		toc: `toc\0${route.lang}\0${route.dir}\0${JSON.stringify(route.toc ?? null)}`,
	};
}

const frozenJson = new WeakMap<object, string>();

/**
 * `JSON.stringify`, kept for frozen objects: the sidebar code pages share is frozen through and
 * through (src/site/starlight/sidebar.ts), and writing its 10 KB of JSON for every page was
 * most of the time spent on part keys.
 */
function json(value: unknown): string {
	if (typeof value !== 'object' || value === null || !Object.isFrozen(value))
		return JSON.stringify(value);
	let text = frozenJson.get(value);
	if (text === undefined) frozenJson.set(value, (text = JSON.stringify(value)));
	return text;
}
