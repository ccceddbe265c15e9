/**
 * `_headers` rules for Pagefind's search bundle.
 *
 * Pagefind writes its index chunks, fragments, filters, metadata and WebAssembly
 * gzip-compressed and inflates each in JavaScript after downloading it. Labelled
 * `Content-Encoding: gzip`, the same bytes are inflated by the browser's network stack as
 * they arrive, and Pagefind skips its own pass: every file starts with a signature that
 * tells it the bytes came in inflated (added for servers that do this,
 * https://github.com/Pagefind/pagefind/issues/27). Nothing else changes: the bytes on the
 * wire are the same, and a host that ignores the header leaves Pagefind inflating as before.
 *
 * Files named with a content hash (`en_1a2b3c4.pf_index`) never change under their name, so
 * they are also cached for a year: a returning visitor's searches fetch only what is new.
 */

export interface BundleFile {
	/** Path inside the bundle folder, `/`-separated: `index/en_1a2b3c4.pf_index`. */
	path: string;
	gzip: boolean;
}

/** The first bytes of every gzip stream (RFC 1952). */
export function isGzip(bytes: Uint8Array): boolean {
	return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Pagefind's content-hashed names: `<language>_<hex hash>.pf_<kind>`. */
const HASHED = /_[0-9a-f]{7,}\.pf_[a-z]+$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';

function headersFor(file: BundleFile): string[] {
	const headers: string[] = [];
	if (file.gzip) headers.push('Content-Encoding: gzip');
	if (HASHED.test(file.path)) headers.push(`Cache-Control: ${IMMUTABLE}`);
	return headers;
}

/**
 * The rules for a bundle served at `bundle` (a URL path ending in `/`). A folder whose files
 * all take the same headers gets one `folder/*` rule; any other file gets a rule of its own.
 * Files that need no header get no rule. Sorted, so two builds write the same text.
 */
export function searchBundleRules(files: BundleFile[], bundle = '/pagefind/'): string {
	const rules = new Map<string, string[]>();
	const folders = new Map<string, BundleFile[]>();
	for (const file of files) {
		const slash = file.path.lastIndexOf('/');
		if (slash < 0) {
			rules.set(bundle + file.path, headersFor(file));
			continue;
		}
		const folder = file.path.slice(0, slash);
		const inside = folders.get(folder);
		if (inside) inside.push(file);
		else folders.set(folder, [file]);
	}
	for (const [folder, inside] of folders) {
		const shared = headersFor(inside[0]).join('\n');
		if (inside.every((file) => headersFor(file).join('\n') === shared))
			rules.set(`${bundle}${folder}/*`, headersFor(inside[0]));
		else for (const file of inside) rules.set(bundle + file.path, headersFor(file));
	}
	return [...rules]
		.filter(([, headers]) => headers.length > 0)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([pattern, headers]) => [pattern, ...headers.map((header) => `  ${header}`)].join('\n'))
		.join('\n');
}
