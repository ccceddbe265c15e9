import { z } from 'astro/zod';

/**
 * Frontmatter for our page title (src/components/PageTitle.astro), added to Starlight's docs
 * schema. The plain `title` stays the whole text, for `<title>`, Open Graph and results.
 */
export const pageTitleSchema = z.object({
	/**
	 * A code page's code and name as data, so the title sets them in monospace and breaks the
	 * name only after an underscore, and the search index weighs them apart.
	 */
	codeTitle: z
		.object({
			/** The code as the source writes it, e.g. `-1121`. */
			id: z.string(),
			/** Its name, e.g. `BAD_SYMBOL`. */
			name: z.string().nullable(),
			/** Without a name, the label the source wrote beside the code, unless it is the first message (indexed with the messages). */
			label: z.string().nullable(),
		})
		.optional(),
	/**
	 * How much the title's words count in search (Pagefind's `data-pagefind-weight`, 0 to 10;
	 * 7 is what Pagefind gives an `<h1>`). Pages that summarize code pages (a number across
	 * dialects, a concept) set it low, so the code pages rank first.
	 */
	titleWeight: z.number().min(0).max(10).optional(),
});

/** A page's front matter as PageTitle.astro reads it: Starlight's title and our fields. */
export type PageTitleData = z.infer<typeof pageTitleSchema> & { title: string };

/**
 * Search weights of a code page's title: the number decides, the name counts less than the
 * messages. `kind` is for the words saying what the page is ("error code", CODE_PAGE_KIND),
 * indexed on every code page at a weight too low to rank by: Pagefind returns only pages that
 * hold every word of a query, so "binance error -2019", "-1021 error" or "error code -1121"
 * found no code page (or only guides) while the site never wrote "error" on a code page.
 */
export const CODE_TITLE_WEIGHT = { code: 10, name: 2, kind: 0.5 } as const;

/** What every code page is, indexed with its title (see CODE_TITLE_WEIGHT.kind). */
export const CODE_PAGE_KIND = 'error code';

/** Title weight of pages that summarize code pages (a number across dialects, a concept): found, but after the codes. */
export const SUMMARY_TITLE_WEIGHT = 0.5;
