import type { CodeEntry, Dialect } from '../model/model.ts';

/** A `<head>` entry in Starlight's shape (`frontmatter.head`). */
export interface HeadEntry {
	tag: 'meta' | 'link';
	attrs: Record<string, string>;
}

/**
 * What the copy buttons of a code page put on the clipboard: each names the code, its name,
 * its dialect and its first message, and links the page, on one line so chat apps keep it whole.
 */
export interface ShareTexts {
	/** The canonical absolute URL. */
	link: string;
	/** ``[-1121 BAD_SYMBOL (Binance USDⓈ-M Futures)](https://…/binance-usdm/-1121/): `Invalid symbol.` ``: the message as code, exactly as the API returns it. */
	markdown: string;
	/** `-1121 BAD_SYMBOL (Binance USDⓈ-M Futures): Invalid symbol. https://…` on one line, so chat apps keep it whole. */
	plain: string;
}

/** `-1121 BAD_SYMBOL`: the code and its name, else its title. */
export function codeLabel(entry: Pick<CodeEntry, 'id' | 'name' | 'title'>): string {
	return `${entry.id} ${entry.name ?? entry.title}`;
}

/** The absolute canonical URL of a page path on `site`. */
export function absoluteUrl(path: string, site: string | URL): string {
	return new URL(path, site).href;
}

/** The texts a ticket or chat needs to name a code exactly and link it. */
export function shareTexts(
	entry: CodeEntry,
	dialect: Pick<Dialect, 'name'>,
	link: string,
): ShareTexts {
	const label = `${codeLabel(entry)} (${dialect.name})`;
	// A code without a name is labelled by its first message already: not twice.
	const message =
		entry.messages[0] !== undefined && entry.messages[0] !== entry.title
			? oneLine(entry.messages[0])
			: '';
	const markdownLink = `[${escapeMarkdownLabel(oneLine(label))}](${escapeMarkdownUrl(link)})`;
	return {
		link,
		markdown: message ? `${markdownLink}: ${markdownCode(message)}` : markdownLink,
		plain: `${message ? `${label}: ${message}` : label} ${link}`,
	};
}

/**
 * The unfurl of a code page: `og:title` names the code and its dialect (the page `<title>`
 * keeps Starlight's `… | Error Atlas`), and a JSON alternate points tools at the data.
 * `og:description` is Starlight's, from the frontmatter description (the first message).
 * The same `og:title` is the page's title in search results (`data-pagefind-meta`): three
 * dialects define -1121 BAD_SYMBOL, and the results must say which is which.
 */
export function codeHead(
	entry: CodeEntry,
	dialect: Pick<Dialect, 'name'>,
	jsonPath: string,
): HeadEntry[] {
	const title = `${codeLabel(entry)} · ${dialect.name}`;
	return [
		{
			tag: 'meta',
			attrs: { property: 'og:title', content: title, 'data-pagefind-meta': 'title[content]' },
		},
		{ tag: 'meta', attrs: { name: 'twitter:title', content: title } },
		{ tag: 'link', attrs: { rel: 'alternate', type: 'application/json', href: jsonPath } },
	];
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

// Brackets and backslashes would end or break the link text; nothing else needs escaping there.
function escapeMarkdownLabel(text: string): string {
	return text.replace(/[\\[\]]/g, '\\$&');
}

// A code span: the message shows as typed (no `*`, `_` or `<` read as Markdown), fenced by more
// backticks than it holds in a row, and padded when it starts or ends with one.
function markdownCode(text: string): string {
	const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
	const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}

function escapeMarkdownUrl(url: string): string {
	return url.replace(
		/[()\s]/g,
		(char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
	);
}
