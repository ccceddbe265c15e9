import type { CodeEntry, Dialect } from '../model/model.ts';

/** A `<head>` entry in Starlight's shape (`frontmatter.head`). */
export interface HeadEntry {
	tag: 'meta' | 'link';
	attrs: Record<string, string>;
}

/** What the copy buttons of a code page put on the clipboard. */
export interface ShareTexts {
	/** The canonical absolute URL. */
	link: string;
	/** `[-1121 BAD_SYMBOL (Binance USDⓈ-M Futures)](https://…/binance-usdm/-1121/)` */
	markdown: string;
	/** `-1121 BAD_SYMBOL (Binance USDⓈ-M Futures): Invalid symbol. https://…` on one line, so chat apps keep it whole. */
	plain: string;
}

/** `-1121 BAD_SYMBOL`: the code and its name, else its title. */
export function codeLabel(entry: Pick<CodeEntry, 'id' | 'name' | 'title'>): string {
	return `${entry.id} ${entry.name ?? entry.title}`;
}

/** The absolute canonical URL of a page path (base included) on `site`. */
export function absoluteUrl(path: string, site: string | URL): string {
	return new URL(path, site).href;
}

/** The texts a ticket or chat needs to name a code exactly and link it. */
export function shareTexts(entry: CodeEntry, dialect: Pick<Dialect, 'name'>, link: string): ShareTexts {
	const label = `${codeLabel(entry)} (${dialect.name})`;
	const message = entry.messages[0];
	const plainLabel = message && message !== entry.title ? `${label}: ${oneLine(message)}` : label;
	return {
		link,
		markdown: `[${escapeMarkdownLabel(oneLine(label))}](${escapeMarkdownUrl(link)})`,
		plain: `${plainLabel} ${link}`,
	};
}

/**
 * The unfurl of a code page: `og:title` names the code and its dialect (the page `<title>`
 * keeps Starlight's `… | Error Atlas`), and a JSON alternate points tools at the data.
 * `og:description` is Starlight's, from the frontmatter description (the first message).
 */
export function codeHead(entry: CodeEntry, dialect: Pick<Dialect, 'name'>, jsonPath: string): HeadEntry[] {
	const title = `${codeLabel(entry)} · ${dialect.name}`;
	return [
		{ tag: 'meta', attrs: { property: 'og:title', content: title } },
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

function escapeMarkdownUrl(url: string): string {
	return url.replace(/[()\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
