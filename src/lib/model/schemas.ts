import { z } from 'zod';
import { CCXT_EXCEPTIONS, CONCEPT_CLASSES, RETRY_ADVICE } from './vocabulary.ts';
import { GUIDE_LINKS } from './guides.ts';

/**
 * Top-level folders the site uses for itself: its routes, Astro's and Pagefind's output and
 * the guides. A dialect's pages live in a folder named by its id, so a dialect with one of
 * these ids would mix its pages with the site's (and `compare/` is left out of the search
 * index). `decoder` is a folder of the JSON API, beside the dialects' folders there.
 */
export const RESERVED_DIALECT_IDS: readonly string[] = [
	'_astro',
	'api',
	'changes',
	'codes',
	'compare',
	'concepts',
	'decode',
	'decoder',
	'pagefind',
	'search',
	'sources',
	...GUIDE_LINKS.map((guide) => guide.link.replace(/^\/|\/$/g, '')),
];

/** What a source is to its dialect: the primary decides, a secondary adds, a translation translates. */
export const SOURCE_ROLES = ['primary', 'secondary', 'translation'] as const;

/** The YAML header every file in `content/sources/` starts with. */
export const frontMatterSchema = z
	.object({
		dialect: z
			.string()
			.regex(
				/^[a-z][a-z0-9-]*$/,
				'must be lowercase letters, digits and dashes, e.g. `binance-usdm`',
			)
			.refine((id) => !RESERVED_DIALECT_IDS.includes(id), {
				error: (issue) =>
					`\`${String(issue.input)}\` is taken by the site's own pages (${RESERVED_DIALECT_IDS.join(', ')}); pick another id`,
			}),
		dialectName: z.string().min(1),
		vendor: z.string().min(1),
		role: z.enum(SOURCE_ROLES, { error: 'must be `primary`, `secondary` or `translation`' }),
		/** The page's language (BCP 47, e.g. `en`, `zh-CN`); a translation adds texts in it to the primary's codes. */
		lang: z
			.string()
			.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as `en` or `zh-CN`')
			.default('en'),
		/** What in a pasted error names this venue (ccxt ids, API hosts): the decoder ranks the dialect first when one appears. */
		hints: z.array(z.string().min(2)).default([]),
		title: z.string().min(1),
		// Only web addresses: the URL becomes a link on every page of the dialect, and a
		// `javascript:` or `data:` URL there would run whatever the source put in it.
		url: z
			.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
			.optional(),
		/** The public repository the text was copied from (`owner/name`), with `path` and `commit`. */
		repository: z
			.string()
			.regex(/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/, 'must be a repository as `owner/name`')
			.optional(),
		/** The file in `repository` whose text this is. */
		path: z.string().min(1).optional(),
		/** When the text is an excerpt of `path` (the error-code part of a whole API reference): its lines there, `399-455`. */
		lines: z
			.string()
			.regex(/^\d+-\d+$/, 'must be a line range such as `399-455`')
			.optional(),
		/** The commit of `repository` the text was copied at (40 hex digits). */
		commit: z
			.string()
			.regex(/^[0-9a-f]{40}$/, 'must be a full commit id (40 hex digits)')
			.optional(),
		/** When the text was read (YYYY-MM-DD). */
		retrieved: z.iso.date({ error: 'must be a date as YYYY-MM-DD' }).optional(),
		/** A translation's codes that the venue documents in its language only (OKX's Chinese page): added as codes of the dialect. */
		adds: z.array(z.union([z.string().min(1), z.number().int()])).default([]),
		/** `strings` for venues whose codes are strings (`EOrder:Insufficient funds`): a name-like label is then the code. */
		codes: z
			.enum(['numbers', 'strings'], { error: 'must be `numbers` or `strings`' })
			.default('numbers'),
		/** The ccxt exchange (and market) that talks to this API, e.g. `binanceusdm` or `{ exchange: binance, market: linear }`. */
		ccxt: z
			.union([
				z.string().regex(/^[a-z][a-z0-9]*$/),
				z.strictObject({
					exchange: z.string().regex(/^[a-z][a-z0-9]*$/),
					market: z.string().min(1).optional(),
				}),
			])
			.optional(),
	})
	.strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export const sourceRefSchema = z.strictObject({ file: z.string(), role: z.enum(SOURCE_ROLES) });
export const sectionRefSchema = z.strictObject({ id: z.string(), title: z.string() });

/** A code's texts in another language. */
export const translationSchema = z.strictObject({
	title: z.string().nullable(),
	messages: z.array(z.string()),
	description: z.string().nullable(),
});

/** A code's texts in a second section of the same source, shown apart from the first. */
export const occurrenceSchema = z.strictObject({
	section: sectionRefSchema,
	name: z.string().nullable(),
	title: z.string().nullable(),
	messages: z.array(z.string()),
	description: z.string().nullable(),
	solution: z.string().nullable(),
});

/** The exception ccxt raises for a code, read from the `ccxt` package's own error maps. */
export const ccxtMappingSchema = z.strictObject({
	/** The ccxt exchange and market whose maps were read. */
	exchange: z.string(),
	market: z.string().nullable(),
	/** The class raised; `ExchangeError`, ccxt's generic one, when nothing matched. */
	class: z.string(),
	/** How ccxt finds it: by the code, by a message's exact text, by a phrase a message contains; null: nothing matched. */
	match: z.enum(['code', 'message', 'broad']).nullable(),
	/** The key of ccxt's map that matched (the code, the message, the phrase). */
	key: z.string().nullable(),
	/** The class and its ancestors in ccxt's hierarchy, nearest first, ending at `BaseError`. */
	chain: z.array(z.string()).min(1),
	/** What the class means for the caller. */
	retry: z.enum([
		'retry-with-backoff',
		'wait-then-retry',
		'fix-nonce',
		'fix-credentials',
		'fix-request',
	]),
	/** The version of the ccxt package read. */
	version: z.string(),
});

/** A normalized code entry, as stored in the `codes` collection and served by the API. */
export const codeEntrySchema = z.strictObject({
	dialect: z.string(),
	/**
	 * The code exactly as the API returns it: a number as written (`-1121`, `50013`, `30012_4`),
	 * or a string (`EOrder:Insufficient funds`, `order-accountbalance-error`). Its URL segment is
	 * its slug (`codeSlug` in urls.ts): a numeric id itself.
	 */
	id: z
		.string()
		.min(1)
		.max(200)
		.regex(/^\S(.*\S)?$/, 'must not start or end with white space'),
	/** The integer the API returns; a sub-code's is its main code's; null for a string code. */
	code: z.number().int().nullable(),
	name: z.string().nullable(),
	/** True when the source shows the name cut short (`MOVE_ORDER_NOT_ALLOWED...`) or shared by several codes. */
	nameTruncated: z.boolean(),
	/** The name, else the source's label, else the first message, else the description. */
	title: z.string().min(1),
	/** Verbatim message variants in source order; `%s`, `{param0}`, `{0}` are placeholders. */
	messages: z.array(z.string()),
	description: z.string().nullable(),
	solution: z.string().nullable(),
	/** A secondary source's description, attributed to it; `sharedWith` lists the codes its row also covers. */
	summary: z
		.strictObject({ text: z.string(), source: sourceRefSchema, sharedWith: z.array(z.string()) })
		.nullable(),
	/** Codes the primary source describes in the same row: the description is theirs together. */
	sharedWith: z.array(z.string()),
	/** The HTTP status the source gives for this code. */
	httpStatus: z.number().int().nullable(),
	/** Struck through in the source: retired, kept so its links keep answering. */
	deprecated: z.boolean(),
	section: sectionRefSchema,
	/** Other sections of the source that list this code with other texts. */
	alsoIn: z.array(occurrenceSchema),
	/** Id of the shared meaning this code has across dialects (`content/concepts/<id>.md`), or null. */
	concept: z.string().nullable(),
	/** What ccxt raises for it; null when the dialect names no ccxt exchange. */
	ccxt: ccxtMappingSchema.nullable(),
	/** Page path of the code, from the site root (`/binance-usdm/-1121/`); the site serves it under its base path. */
	url: z.string(),
	sources: z.array(sourceRefSchema).min(1),
	/** Texts by language (`zh-CN`), from the page's second listing or a translated source. */
	translations: z.record(z.string(), translationSchema),
	/** What normalization changed and why. */
	notes: z.array(z.string()),
});

/** A table of messages that names no code, matched by the decoder (`"Filter failure: TICK_SIZE"`). */
export const messageTableSchema = z.strictObject({
	title: z.string(),
	section: sectionRefSchema,
	rows: z.array(z.strictObject({ message: z.string(), description: z.string().nullable() })),
	source: sourceRefSchema,
});

/** A normalized dialect, as stored in the `dialects` collection and served by the API. */
export const dialectSchema = z.strictObject({
	id: z.string(),
	name: z.string(),
	vendor: z.string(),
	/** Page path of the dialect, from the site root; the site serves it under its base path. */
	url: z.string(),
	/** Number of codes, for listings. */
	codeCount: z.number().int(),
	/** What in a pasted error names this venue. */
	hints: z.array(z.string()),
	/** The ccxt exchange (and market) whose error maps give its codes' classes, and the ccxt version read; null when it names none. */
	ccxt: z
		.strictObject({ exchange: z.string(), market: z.string().nullable(), version: z.string() })
		.nullable(),
	sources: z.array(
		z.strictObject({
			file: z.string(),
			role: z.enum(SOURCE_ROLES),
			lang: z.string(),
			title: z.string(),
			url: z.string().nullable(),
			/** Where the text was copied from: `owner/name`, the file in it and the commit; null when the source does not say. */
			repository: z.string().nullable(),
			path: z.string().nullable(),
			/** The lines of `path` the text is, when it is an excerpt (`399-455`). */
			lines: z.string().nullable(),
			commit: z.string().nullable(),
			/** When the text was read (YYYY-MM-DD). */
			retrieved: z.string().nullable(),
			/** How many codes this source lists (a translation: how many it translates). */
			codeCount: z.number().int(),
			/** Lines `check` left unread (text that is neither data nor prose); none of them holds a code, or the source would fail. */
			unreadLines: z.number().int(),
		}),
	),
	sections: z.array(
		sectionRefSchema.extend({
			/** Page path of the section index, from the site root; the site serves it under its base path. */
			url: z.string(),
			description: z.string().nullable(),
			/** Ids of its codes in source order. */
			codes: z.array(z.string()),
		}),
	),
	/** Spans of codes a source describes as a whole (`-4001 to -4014`); never expanded. */
	ranges: z.array(
		z.strictObject({
			from: z.number().int(),
			to: z.number().int(),
			title: z.string(),
			description: z.string(),
			section: sectionRefSchema,
			source: sourceRefSchema,
		}),
	),
	httpStatuses: z.array(
		z.strictObject({
			status: z.number().int(),
			meaning: z.string(),
			description: z.string().nullable(),
			source: sourceRefSchema,
		}),
	),
	messageTables: z.array(messageTableSchema),
	/** Non-code parts of a source (response format, best practices), kept as written. */
	prose: z.array(
		z.strictObject({
			title: z.string().nullable(),
			blocks: z.array(z.strictObject({ type: z.enum(['text', 'code']), text: z.string() })),
			source: sourceRefSchema,
			/** Source line where this part starts. */
			line: z.number().int(),
		}),
	),
});

/** `dialect/code` as concept files name a code, e.g. `gateway/-2010`. */
const codeRefSchema = z
	.string()
	.regex(
		/^[a-z][a-z0-9-]*\/\S(.*\S)?$/,
		'must name a code as `dialect/code`, e.g. `gateway/-2010` or `htx-spot/order-accountbalance-error`',
	);

/** The YAML header of a file in `content/concepts/`; the explanation follows it. */
export const conceptFrontMatterSchema = z
	.object({
		/** Same as the file name without `.md`; it is the concept's URL, `/concepts/<id>/`. */
		id: z
			.string()
			.regex(
				/^[a-z][a-z0-9-]*$/,
				'must be lowercase letters, digits and dashes, e.g. `invalid-symbol`',
			),
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
export const conceptSchema = z.strictObject({
	id: z.string(),
	title: z.string(),
	class: z.enum(CONCEPT_CLASSES),
	retry: z.enum(RETRY_ADVICE),
	ccxt: z.enum(CCXT_EXCEPTIONS),
	explanation: z.array(z.string()),
	url: z.string(),
	members: z.array(
		z.strictObject({
			dialect: z.string(),
			id: z.string(),
			code: z.number().int().nullable(),
			title: z.string(),
			url: z.string(),
			/** The class ccxt raises for this code, by its own maps (`ExchangeError` where they have nothing); null where the dialect names no ccxt exchange. */
			ccxt: z.string().nullable(),
		}),
	),
});
