import { characterReference } from '../lib/model/entities.ts';

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A value for `data-pagefind-filter`. Pagefind UI writes filter values into its filter panel
 * as HTML, and Pagefind decodes character references in them, so no escaping survives:
 * the characters that could form markup or a reference are dropped instead.
 */
export function pagefindFilterValue(text: string): string {
	return text.replace(/[<>&]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** One start tag of an HTML document. */
export interface StartTag {
	/** Lower-case tag name. */
	name: string;
	/** Attributes by lower-case name, character references decoded. */
	attributes: Map<string, string>;
	/** 1-based line of the `<`. */
	line: number;
	/** The text of a raw-text or escapable raw-text element (`script`, `style`, `title`...), as written. */
	text?: string;
}

/**
 * Elements whose content the browser does not parse as markup: `<script>`, `<style>` and,
 * in a browser running scripts, `<noscript>` (raw text); `<title>`, `<textarea>` (text).
 */
const RAW_TEXT = new Set([
	'script',
	'style',
	'noscript',
	'xmp',
	'iframe',
	'noembed',
	'noframes',
	'title',
	'textarea',
]);
const RAW_TEXT_NO_SCRIPTING = new Set([...RAW_TEXT].filter((name) => name !== 'noscript'));

/** Decodes numeric and the common named character references. */
export function decodeEntities(value: string): string {
	return value.replace(
		/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
		(all, ref: string) => characterReference(ref) ?? all,
	);
}

/** What {@link startTags} reads. */
export interface StartTagOptions {
	/** Read `<noscript>` content as a browser running scripts does (as text, the default) or as markup (`false`). */
	scripting?: boolean;
	/**
	 * Only these tag names (lower case) are returned. The others are still read, so that
	 * quoted attribute values and raw text after them are skipped as the browser skips them,
	 * but without building their attributes: a caller that wants the scripts of a page of
	 * a thousand tags pays for a handful of them.
	 */
	only?: ReadonlySet<string>;
}

/** The end tag that closes each raw-text element, found case-insensitively. */
const RAW_TEXT_END = new Map(
	[...RAW_TEXT].map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'ig')]),
);

/**
 * JavaScript's `\s` (the whitespace this tokenizer has always used), by code unit:
 * ASCII first, the rest only when a character is outside ASCII.
 */
function isSpace(c: number): boolean {
	if (c < 128) return c === 32 || (c >= 9 && c <= 13);
	return (
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;

function isAsciiLetter(c: number): boolean {
	return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The start tags of an HTML document, following the tokenizer of the HTML standard where it
 * matters for finding scripts and links: quoted attribute values may hold `<` and `>`,
 * comments and the content of raw-text elements are not markup, and only a real
 * `<script>` element is a script. It does not build a tree. By default it reads the page as
 * a browser running scripts does.
 *
 * One pass over the text, character by character: the post-build CSP step reads every page
 * of the site with it, so it allocates only for the tags it returns.
 */
export function startTags(html: string, options: StartTagOptions = {}): StartTag[] {
	// With scripting off (what a link checker wants), <noscript> content is markup.
	const rawText = options.scripting === false ? RAW_TEXT_NO_SCRIPTING : RAW_TEXT;
	const only = options.only;
	const tags: StartTag[] = [];
	const n = html.length;
	let i = 0;
	let line = 1;
	let counted = 0;
	const lineAt = (index: number) => {
		for (; counted < index; counted++) if (html.charCodeAt(counted) === 10) line++;
		return line;
	};
	while (i < n) {
		const open = html.indexOf('<', i);
		if (open === -1) break;
		const skipped = pastNonTag(html, open);
		if (skipped !== null) {
			i = skipped;
			continue;
		}
		let j = open + 2;
		for (; j < n; j++) {
			const c = html.charCodeAt(j);
			if (c === GT || c === SLASH || isSpace(c)) break;
		}
		const name = html.slice(open + 1, j).toLowerCase();
		const attributes = !only || only.has(name) ? new Map<string, string>() : null;
		i = readAttributes(html, j, attributes);
		const tag: StartTag | null = attributes ? { name, attributes, line: lineAt(open) } : null;
		if (tag) tags.push(tag);
		// `<script />` still opens a script in HTML: a raw-text element ends only at its end tag.
		if (rawText.has(name)) {
			const close = RAW_TEXT_END.get(name)!;
			close.lastIndex = i;
			const end = close.exec(html)?.index ?? n;
			if (tag) tag.text = html.slice(i, end);
			i = end;
		}
	}
	return tags;
}

/** Where reading goes on when the `<` at `open` starts no tag (a comment, `<!`, `<?`, an end tag, a stray `<`); null at a tag name (an ASCII letter). */
function pastNonTag(html: string, open: number): number | null {
	const n = html.length;
	if (html.startsWith('<!--', open)) {
		const end = html.indexOf('-->', open + 4);
		return end === -1 ? n : end + 3;
	}
	if (open + 1 < n && isAsciiLetter(html.charCodeAt(open + 1))) return null;
	const next = html[open + 1];
	const end = next === '!' || next === '?' || next === '/' ? html.indexOf('>', open) : open;
	return end === -1 ? n : end + 1;
}

/** Reads attributes from `j` up to the `>` that ends the tag (or the end of the text) into `attributes`, the first of a name winning; returns where the tag ends. */
function readAttributes(html: string, j: number, attributes: Map<string, string> | null): number {
	const n = html.length;
	for (;;) {
		while (j < n) {
			const c = html.charCodeAt(j);
			if (c !== SLASH && !isSpace(c)) break;
			j++;
		}
		if (j >= n) return j;
		if (html.charCodeAt(j) === GT) return j + 1;
		// A name: its first character may be `=`, the rest stops at whitespace, `/`, `>` or `=`.
		const nameStart = j;
		for (j++; j < n; j++) {
			const c = html.charCodeAt(j);
			if (c === GT || c === SLASH || c === EQUALS || isSpace(c)) break;
		}
		const nameEnd = j;
		const found = attributeValue(html, j);
		j = found.end;
		if (attributes) {
			const key = html.slice(nameStart, nameEnd).toLowerCase();
			if (!attributes.has(key))
				attributes.set(
					key,
					found.start === -1 ? '' : decodeEntities(html.slice(found.start, found.stop)),
				);
		}
	}
}

/** Where attributeValue found a value; one object for the whole scan, which reads every attribute of every page. */
const value = { start: -1, stop: -1, end: 0 };

/** The value after an attribute name ending at `k`: `="..."`, `='...'`, `=bare` or none (start -1); `end` is where reading goes on. */
function attributeValue(html: string, k: number): typeof value {
	const n = html.length;
	value.start = value.stop = -1;
	while (k < n && isSpace(html.charCodeAt(k))) k++;
	if (k < n && html.charCodeAt(k) === EQUALS) {
		k++;
		while (k < n && isSpace(html.charCodeAt(k))) k++;
		const quote = html.charCodeAt(k);
		if (quote === DQUOTE || quote === SQUOTE) {
			const close = html.indexOf(quote === DQUOTE ? '"' : "'", k + 1);
			value.start = k + 1;
			value.stop = close === -1 ? n : close;
			k = close === -1 ? n : close + 1;
		} else {
			value.start = k;
			for (; k < n; k++) {
				const c = html.charCodeAt(k);
				if (c === GT || isSpace(c)) break;
			}
			value.stop = k;
		}
	}
	value.end = k;
	return value;
}
