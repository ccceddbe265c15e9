import { i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { atlasLoader } from './site/data/loader.ts';
import { codeEntrySchema, conceptSchema, dialectSchema } from './lib/model/schemas.ts';
import { publishedCodeSchema } from './lib/registry/registry.ts';
import { cachedDocsSchema } from './site/starlight/docs-schema.ts';
import { pageTitleSchema } from './site/starlight/page-title.ts';

export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: cachedDocsSchema({ extend: pageTitleSchema }),
	}),
	codes: defineCollection({ loader: atlasLoader('codes'), schema: codeEntrySchema }),
	dialects: defineCollection({ loader: atlasLoader('dialects'), schema: dialectSchema }),
	concepts: defineCollection({ loader: atlasLoader('concepts'), schema: conceptSchema }),
	published: defineCollection({ loader: atlasLoader('published'), schema: publishedCodeSchema }),
	// Starlight reads this collection on every build for UI string overrides, and Astro warns about
	// a collection that is missing or empty; one empty English entry overrides nothing and keeps
	// the build log to warnings about the content.
	i18n: defineCollection({ loader: () => [{ id: 'en' }], schema: i18nSchema() }),
};
