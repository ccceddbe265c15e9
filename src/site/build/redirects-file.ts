/**
 * Writing and reading a `_redirects` file (Netlify and Cloudflare Pages format) the way the
 * hosts apply its static lines: `from to [status]`, one per line, `#` starts a comment, the
 * first line for a path wins, the status defaults to 301 (Netlify's default), and the query
 * string of the request is kept. Lines with a splat (`*`), a placeholder (`:name`) or
 * conditions are dynamic rules, which the atlas never writes: they are left out here, so a
 * local server never pretends to apply them. The test server (scripts/serve.ts) and the
 * alias gate read the build's file with these rules.
 */

export interface Redirect {
	/** The URL path the rule answers, as written: `/binance-usdm/bad_symbol/`. */
	from: string;
	/** Where it sends the browser: `/binance-usdm/-1121/`. */
	to: string;
	status: number;
}

const DYNAMIC = /\*|(^|\/):[A-Za-z]/;

/** The static rules of a `_redirects` file, first line for a path first. */
export function parseRedirectsFile(text: string): Map<string, Redirect> {
	const rules = new Map<string, Redirect>();
	for (const line of text.split('\n')) {
		const trimmed = line.trim();
		if (!trimmed || trimmed.startsWith('#')) continue;
		const [from, to, status, ...rest] = trimmed.split(/\s+/);
		if (!from || !to || rest.length > 0 || DYNAMIC.test(from)) continue;
		const code = status === undefined ? 301 : Number(status);
		if (!/^3\d\d$/.test(String(code))) continue;
		if (!rules.has(from)) rules.set(from, { from, to, status: code });
	}
	return rules;
}

/** The status and Location a request gets, or null when no rule answers its path. */
export function redirectFor(
	rules: Map<string, Redirect>,
	pathname: string,
	search = '',
): { status: number; location: string } | null {
	const rule = rules.get(pathname);
	if (!rule) return null;
	const query = search.replace(/^\?/, '');
	const location = query ? `${rule.to}${rule.to.includes('?') ? '&' : '?'}${query}` : rule.to;
	return { status: rule.status, location };
}

/** The text of a `_redirects` file: a `#` comment, then one `from to status` line per rule, sorted by path so two builds write the same bytes. */
export function redirectsFileText(comment: string, rules: Redirect[]): string {
	const lines = [...rules]
		.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
		.map((rule) => {
			if (/\s/.test(rule.from + rule.to))
				throw new Error(`a _redirects line cannot hold a space: ${rule.from} -> ${rule.to}`);
			return `${rule.from} ${rule.to} ${rule.status}`;
		});
	const header = comment
		.split('\n')
		.map((line) => (line ? `# ${line}` : '#'))
		.join('\n');
	return `${header}\n${lines.join('\n')}\n`;
}
