/**
 * Reading a `_headers` file (Netlify and Cloudflare Pages format) the way the hosts apply it:
 * a line at column 0 is a URL path pattern (`*` matches anything), the indented
 * `Name: value` lines under it are the headers it adds, `#` starts a comment. The test and
 * bench servers serve the build with these rules, and the gates check them.
 */

export interface HeaderRule {
	/** The pattern as written: `/*`, `/pagefind/index/*`. */
	path: string;
	pattern: RegExp;
	/** Header names lower-cased, values as written. */
	headers: Array<[string, string]>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const path = line.trim();
			rules.push({
				path,
				pattern: new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`),
				headers: [],
			});
		} else {
			const at = line.indexOf(':');
			if (at > 0)
				rules
					.at(-1)
					?.headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/** The headers a URL path gets: those of every rule that matches it, a later rule's value replacing an earlier one's. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const rule of rules)
		if (rule.pattern.test(path)) for (const [name, value] of rule.headers) headers.set(name, value);
	return headers;
}
