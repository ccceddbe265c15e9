import { z } from 'zod';
import { CCXT_EXCEPTIONS, CONCEPT_CLASSES, RETRY_ADVICE } from './model.ts';
import { GUIDE_LINKS } from './guides.ts';

/**
 * Top-level folders the site uses for itself: its routes, Astro's and Pagefind's output and
 * the guides. A dialect's pages live in a folder named by its id, so a dialect with one of
 * these ids would mix its pages with the site's (and `codes/` and `compare/` are left out of
 * the search index).
 */
export const RESERVED_DIALECT_IDS: readonly string[] = [
	'_astro', 'api', 'codes', 'compare', 'concepts', 'decode', 'pagefind', 'search',
	...GUIDE_LINKS.map((guide) => guide.link.replace(/^\/|\/$/g, '')),
];

/** The YAML header every file in `content/sources/` starts with. */
export const frontMatterSchema = z
	.object({
		dialect: z
			.string()
			.regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes, e.g. `binance-usdm`')
			.refine((id) => !RESERVED_DIALECT_IDS.includes(id), { error: (issue) => `\`${String(issue.input)}\` is taken by the site's own pages (${RESERVED_DIALECT_IDS.join(', ')}); pick another id` }),
		dialectName: z.string().min(1),
		vendor: z.string().min(1),
		role: z.enum(['primary', 'secondary'], { error: 'must be `primary` or `secondary`' }),
		title: z.string().min(1),
		// Only web addresses: the URL becomes a link on every page of the dialect, and a
		// `javascript:` or `data:` URL there would run whatever the source put in it.
		url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).optional(),
	})
	.strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

const sourceRef = z.object({ file: z.string(), role: z.enum(['primary', 'secondary']) });
const sectionRef = z.object({ id: z.string(), title: z.string() });

/** A normalized code entry, as stored in the `codes` collection and served by the API. */
export const codeEntrySchema = z.object({
	dialect: z.string(),
	code: z.number().int(),
	name: z.string().nullable(),
	nameTruncated: z.boolean(),
	title: z.string().min(1),
	messages: z.array(z.string()),
	description: z.string().nullable(),
	solution: z.string().nullable(),
	summary: z.object({ text: z.string(), source: sourceRef }).nullable(),
	section: sectionRef,
	concept: z.string().nullable(),
	url: z.string(),
	sources: z.array(sourceRef).min(1),
	notes: z.array(z.string()),
});

/** A normalized dialect, as stored in the `dialects` collection and served by the API. */
export const dialectSchema = z.object({
	id: z.string(),
	name: z.string(),
	vendor: z.string(),
	url: z.string(),
	codeCount: z.number().int(),
	sources: z.array(
		z.object({ file: z.string(), role: z.enum(['primary', 'secondary']), title: z.string(), url: z.string().nullable() }),
	),
	sections: z.array(
		sectionRef.extend({ url: z.string(), description: z.string().nullable(), codes: z.array(z.number().int()) }),
	),
	ranges: z.array(
		z.object({
			from: z.number().int(),
			to: z.number().int(),
			title: z.string(),
			description: z.string(),
			section: sectionRef,
			source: sourceRef,
		}),
	),
	httpStatuses: z.array(
		z.object({ status: z.number().int(), meaning: z.string(), description: z.string().nullable(), source: sourceRef }),
	),
	prose: z.array(
		z.object({
			title: z.string().nullable(),
			blocks: z.array(z.object({ type: z.enum(['text', 'code']), text: z.string() })),
			source: sourceRef,
			line: z.number().int(),
		}),
	),
});

/** `dialect/code` as concept files name a code, e.g. `gateway/-2010`. */
const codeRefSchema = z
	.string()
	.regex(/^[a-z][a-z0-9-]*\/-?\d+$/, 'must name a code as `dialect/code`, e.g. `gateway/-2010`');

/** The YAML header of a file in `content/concepts/`; the explanation follows it. */
export const conceptFrontMatterSchema = z
	.object({
		/** Same as the file name without `.md`; it is the concept's URL, `/concepts/<id>/`. */
		id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes, e.g. `invalid-symbol`'),
		title: z.string().min(1),
		class: z.enum(CONCEPT_CLASSES),
		retry: z.enum(RETRY_ADVICE),
		/** The ccxt exception class raised for it. */
		ccxt: z.enum(CCXT_EXCEPTIONS),
		/** Names or messages that mean this concept; compared after normalization (`BAD_SYMBOL` = `Invalid symbol.`). */
		match: z.array(z.string().min(1)).default([]),
		/** Codes that have this meaning although matching misses them; overrides win over matching. */
		include: z.array(codeRefSchema).default([]),
		/** Codes that matching puts here wrongly. */
		exclude: z.array(codeRefSchema).default([]),
	})
	.strict();

export type ConceptFrontMatter = z.infer<typeof conceptFrontMatterSchema>;

/** A concept with its members, as stored in the `concepts` collection and served by the API. */
export const conceptSchema = z.object({
	id: z.string(),
	title: z.string(),
	class: z.enum(CONCEPT_CLASSES),
	retry: z.enum(RETRY_ADVICE),
	ccxt: z.enum(CCXT_EXCEPTIONS),
	explanation: z.array(z.string()),
	url: z.string(),
	members: z.array(z.object({ dialect: z.string(), code: z.number().int(), title: z.string(), url: z.string() })),
});
