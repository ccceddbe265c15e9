import { docsSchema } from '@astrojs/starlight/schema';

/** What Astro and `<StarlightPage>` pass to a collection schema function. */
export type SchemaContext = Parameters<ReturnType<typeof docsSchema>>[0];

/**
 * How `<StarlightPage>`'s own `image()` helper (utils/starlight-page.js) reports a bad image.
 * The helper is written inline there and closes over nothing but zod, so every page's copy
 * behaves the same.
 */
export const STARLIGHT_PAGE_IMAGE = 'Invalid image passed to `<StarlightPage>` component';

/** Whether a schema context is the one `<StarlightPage>` builds for each page. */
export function isStarlightPageContext(context: SchemaContext): boolean {
	return context.image.toString().includes(STARLIGHT_PAGE_IMAGE);
}

/**
 * Starlight's docs schema, built once for all `<StarlightPage>` pages. Starlight validates a
 * StarlightPage's frontmatter with the docs collection's schema, and calls the schema
 * function for every page: at 14,000 pages that was about 0.4 ms of zod schema construction
 * and 0.3 ms of its first-parse setup per page (some 10 s of a 10,000-code build), against
 * 0.02 ms to parse with a schema already built. The schema depends on its context only
 * through `image()`; StarlightPage's `image()` is the same on every page, so one schema made
 * with it serves them all. The content layer's `image()` resolves paths against the entry
 * it is made for, so the guides keep a schema per entry. If Starlight ever words its helper
 * differently, pages get a fresh schema each again: slower, never wrong.
 */
export function cachedDocsSchema(options?: Parameters<typeof docsSchema>[0]): ReturnType<typeof docsSchema> {
	const schema = docsSchema(options);
	let forPages: ReturnType<typeof schema> | undefined;
	return (context) => (isStarlightPageContext(context) ? (forPages ??= schema(context)) : schema(context));
}
