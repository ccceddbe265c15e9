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
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'xmp', 'iframe', 'noembed', 'noframes', 'title', 'textarea']);
const RAW_TEXT_NO_SCRIPTING = new Set([...RAW_TEXT].filter((name) => name !== 'noscript'));

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes numeric and the common named character references. */
export function decodeEntities(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1]?.toLowerCase() === 'x' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
		}
		return NAMED[ref.toLowerCase()] ?? all;
	});
}

/**
 * The start tags of an HTML document, following the tokenizer of the HTML standard where it
 * matters for finding scripts and links: quoted attribute values may hold `<` and `>`,
 * comments and the content of raw-text elements are not markup, and only a real
 * `<script>` element is a script. It does not build a tree. By default it reads the page as
 * a browser running scripts does.
 */
export function startTags(html: string, options: { scripting?: boolean } = {}): StartTag[] {
	// With scripting off (what a link checker wants), <noscript> content is markup.
	const rawText = options.scripting === false ? RAW_TEXT_NO_SCRIPTING : RAW_TEXT;
	const tags: StartTag[] = [];
	const tagName = /[a-zA-Z][^\s/>]*/y;
	const attribute = /[\s/]*(?:(>)|([^\s/>=][^\s/>=]*|=[^\s/>=]*)\s*(?:=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?)/y;
	let i = 0;
	let line = 1;
	let counted = 0;
	const lineAt = (index: number) => {
		for (; counted < index; counted++) if (html.charCodeAt(counted) === 10) line++;
		return line;
	};
	while (i < html.length) {
		const open = html.indexOf('<', i);
		if (open === -1) break;
		if (html.startsWith('<!--', open)) {
			const end = html.indexOf('-->', open + 4);
			i = end === -1 ? html.length : end + 3;
			continue;
		}
		tagName.lastIndex = open + 1;
		const nameMatch = tagName.exec(html);
		if (!nameMatch) {
			const next = html[open + 1];
			const end = next === '!' || next === '?' || next === '/' ? html.indexOf('>', open) : open;
			i = end === -1 ? html.length : end + 1;
			continue;
		}
		const name = nameMatch[0].toLowerCase();
		const attributes = new Map<string, string>();
		let j = tagName.lastIndex;
		for (;;) {
			attribute.lastIndex = j;
			const match = attribute.exec(html);
			if (!match || match[0] === '') {
				j = html.length;
				break;
			}
			j = attribute.lastIndex;
			if (match[1]) break;
			const key = match[2]!.toLowerCase();
			if (!attributes.has(key)) attributes.set(key, decodeEntities(match[3] ?? match[4] ?? match[5] ?? ''));
		}
		const tag: StartTag = { name, attributes, line: lineAt(open) };
		tags.push(tag);
		i = j;
		// `<script />` still opens a script in HTML: a raw-text element ends only at its end tag.
		if (rawText.has(name)) {
			const close = new RegExp(`</${name}[\\s/>]`, 'ig');
			close.lastIndex = i;
			const end = close.exec(html)?.index ?? html.length;
			tag.text = html.slice(i, end);
			i = end;
		}
	}
	return tags;
}
