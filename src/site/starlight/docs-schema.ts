import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';

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
export function cachedDocsSchema(
	options?: Parameters<typeof docsSchema>[0],
): ReturnType<typeof docsSchema> {
	const schema = docsSchema(options);
	let forPages: ReturnType<typeof schema> | undefined;
	return (context) =>
		isStarlightPageContext(context)
			? (forPages ??= parsedInOneStep(schema(context)))
			: schema(context);
}

type DocsSchema = ReturnType<ReturnType<typeof docsSchema>>;

/**
 * The same validation, run as one synchronous parse inside the asynchronous one
 * `<StarlightPage>` starts. Zod compiles a fast path for an object schema that it takes only
 * in synchronous parses: the asynchronous parse of the docs schema took twice as long, about
 * 0.4 s of a 10,000-code build. Same output, same issues (paths included); a schema that
 * needs an asynchronous parse (a user's async refinement) gets one.
 */
function parsedInOneStep(schema: DocsSchema): DocsSchema {
	const outcome = (result: z.ZodSafeParseResult<unknown>, ctx: z.core.$RefinementCtx) => {
		if (result.success) return result.data;
		for (const issue of result.error.issues) ctx.addIssue({ ...issue });
		return z.NEVER;
	};
	const wrapped = z.unknown().transform((value, ctx) => {
		let result: z.ZodSafeParseResult<unknown>;
		try {
			result = schema.safeParse(value);
		} catch (error) {
			if (!(error instanceof z.core.$ZodAsyncError)) throw error;
			return schema.safeParseAsync(value).then((later) => outcome(later, ctx));
		}
		return outcome(result, ctx);
	});
	return wrapped as unknown as DocsSchema;
}
