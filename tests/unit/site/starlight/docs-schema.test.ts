import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { describe, expect, it } from 'vitest';
import {
	cachedDocsSchema,
	isStarlightPageContext,
	STARLIGHT_PAGE_IMAGE,
	type SchemaContext,
} from '../../../../src/site/starlight/docs-schema.ts';

// The helper as utils/starlight-page.js writes it, made anew for every page.
const pageContext = () =>
	({
		image: () =>
			z.custom(
				(value) =>
					value &&
					(typeof value === 'function' || typeof value === 'object') &&
					'src' in value &&
					'width' in value &&
					'height' in value &&
					'format' in value,
				'Invalid image passed to `<StarlightPage>` component. Expected imported `ImageMetadata` object.',
			),
	}) as unknown as SchemaContext;
// The content layer's helper resolves paths against the entry it was made for.
const entryContext = (file: string) =>
	({ image: () => z.string().transform((path) => `${file}:${path}`) }) as unknown as SchemaContext;

const frontmatter = {
	title: '-1121 BAD_SYMBOL',
	description: 'Invalid symbol.',
	prev: { link: '/binance-usdm/-1120/', label: '-1120 BAD_INTERVAL' },
	next: false,
	head: [{ tag: 'meta', attrs: { property: 'og:title', content: '-1121 BAD_SYMBOL · Binance' } }],
};

describe('cachedDocsSchema', () => {
	it('recognizes the image helper of the installed <StarlightPage>', () => {
		const source = readFileSync(
			fileURLToPath(
				new URL(
					'../../../../node_modules/@astrojs/starlight/dist/utils/starlight-page.js',
					import.meta.url,
				),
			),
			'utf8',
		);
		expect(source).toMatch(
			/image: \(\(\) => z\.custom\([^\n]*Invalid image passed to `<StarlightPage>` component/,
		);
		expect(source).toContain(STARLIGHT_PAGE_IMAGE);
		expect(isStarlightPageContext(pageContext())).toBe(true);
		expect(isStarlightPageContext(entryContext('a.md'))).toBe(false);
	});

	it('builds the schema once for all StarlightPage pages, and once per entry for the collection', () => {
		const schema = cachedDocsSchema();
		expect(schema(pageContext())).toBe(schema(pageContext()));
		expect(schema(entryContext('a.md'))).not.toBe(schema(entryContext('a.md')));
	});

	it('validates exactly as a schema built for the page', async () => {
		const cached = cachedDocsSchema()(pageContext());
		const fresh = docsSchema()(pageContext());
		expect(await cached.parseAsync(frontmatter)).toEqual(await fresh.parseAsync(frontmatter));
		await expect(cached.parseAsync({ ...frontmatter, title: 3 })).rejects.toThrow();
		await expect(
			cached.parseAsync({ ...frontmatter, hero: { image: { alt: 'x', file: 'a.png' } } }),
		).rejects.toThrow();
	});

	it('reports the same issues, at the same paths, as a schema built for the page', async () => {
		const cached = cachedDocsSchema()(pageContext());
		const fresh = docsSchema()(pageContext());
		for (const bad of [
			{ ...frontmatter, title: 3 },
			{ ...frontmatter, head: [{ tag: 'blink' }] },
			{ ...frontmatter, prev: 7, hero: { image: { alt: 'x', file: 'a.png' } } },
		]) {
			const issues = (await cached.safeParseAsync(bad)).error?.issues.map(
				({ code, path, message }) => ({ code, path, message }),
			);
			expect(issues?.length).toBeGreaterThan(0);
			expect(issues).toEqual(
				(await fresh.safeParseAsync(bad)).error?.issues.map(({ code, path, message }) => ({
					code,
					path,
					message,
				})),
			);
		}
	});

	it('still runs an asynchronous refinement a site adds to the schema', async () => {
		const extend = z.object({
			slow: z
				.string()
				.refine(async (value) => value === 'ok', 'not ok')
				.optional(),
		});
		const cached = cachedDocsSchema({ extend })(pageContext());
		expect(await cached.parseAsync({ ...frontmatter, slow: 'ok' })).toMatchObject({ slow: 'ok' });
		await expect(cached.parseAsync({ ...frontmatter, slow: 'no' })).rejects.toThrow(/not ok/);
	});
});
