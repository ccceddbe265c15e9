import { createHash } from 'node:crypto';
import { startTags } from '../../html.ts';

/**
 * Content-Security-Policy support for a static host: the policy lives in `_headers`, and the
 * hashes of the inline `<script>` and `<style>` elements the build emitted are added to it
 * after the build. Starlight inlines its theme, sidebar and search-dialog scripts with
 * `is:inline`, which Astro's own `security.csp` does not hash, so Astro's CSP alone would
 * block them.
 */

/** The hashes of one page's (or a whole site's) inline elements, as CSP sources (`'sha256-...'`). */
export interface InlineHashes {
	scripts: string[];
	styles: string[];
}

/** Script `type`s the browser executes; data blocks (`application/ld+json`) need no hash. */
const EXECUTABLE = /^(?:|module|text\/javascript|application\/javascript)$/i;

/** `'sha256-<base64>'` of a text, as a CSP source expression. */
export function cspHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** {@link cspHash} through a cache of text to hash, when one is given. */
function cachedHash(text: string, cache: Map<string, string> | undefined): string {
	if (!cache) return cspHash(text);
	let hash = cache.get(text);
	if (hash === undefined) cache.set(text, (hash = cspHash(text)));
	return hash;
}

/** The elements CSP hashes. */
const HASHED = new Set(['script', 'style']);

/**
 * Hashes every inline executable `<script>` and every `<style>` element of an HTML page.
 * The hash covers the element's text exactly as written, which is what browsers hash. Only
 * real elements count: `<script>` written inside an attribute value or a `<title>` is text.
 *
 * A page whose text nowhere holds `<script` or `<style` (in any case) has neither element,
 * since the tokenizer reads an element's name right after its `<`; such a page (a redirect,
 * say) is not tokenized at all. `cache` (text to hash) serves a caller that hashes many
 * pages sharing the same inline code.
 */
export function inlineHashes(html: string, cache?: Map<string, string>): InlineHashes {
	const scripts: string[] = [];
	const styles: string[] = [];
	if (!/<s(?:cript|tyle)/i.test(html)) return { scripts, styles };
	for (const tag of startTags(html, { only: HASHED })) {
		if (
			tag.name === 'script' &&
			!tag.attributes.has('src') &&
			EXECUTABLE.test(tag.attributes.get('type')?.trim() ?? '')
		)
			scripts.push(cachedHash(tag.text ?? '', cache));
		else if (tag.name === 'style') styles.push(cachedHash(tag.text ?? '', cache));
	}
	return { scripts, styles };
}

/**
 * Adds hashes to every `Content-Security-Policy` line of a `_headers` file: scripts to
 * `script-src`, styles to `style-src-elem` (or `style-src` when the policy has no
 * `style-src-elem`). Sources are deduplicated and sorted so two builds write the same file.
 * Throws when a policy lacks the directive to extend: appending to `default-src` would silently
 * widen it for every other kind of resource.
 */
export function addHashesToHeaders(headers: string, hashes: InlineHashes): string {
	return headers
		.split('\n')
		.map((line) => {
			const match = /^(\s+Content-Security-Policy:\s*)(.*)$/i.exec(line);
			if (!match) return line;
			const directives = match[2]
				.split(';')
				.map((directive) => directive.trim())
				.filter(Boolean);
			const names = directives.map((directive) => directive.split(/\s+/)[0].toLowerCase());
			if (!names.includes('script-src')) {
				throw new Error(
					`_headers: the Content-Security-Policy has no script-src directive to add inline script hashes to: ${line.trim()}`,
				);
			}
			const styleDirective = names.includes('style-src-elem') ? 'style-src-elem' : 'style-src';
			if (hashes.styles.length > 0 && !names.includes(styleDirective)) {
				throw new Error(
					`_headers: the Content-Security-Policy has no style-src directive to add inline style hashes to: ${line.trim()}`,
				);
			}
			const extended = directives.map((directive, i) => {
				const add =
					names[i] === 'script-src'
						? hashes.scripts
						: names[i] === styleDirective
							? hashes.styles
							: [];
				if (add.length === 0) return directive;
				const [name, ...sources] = directive.split(/\s+/);
				return [name, ...new Set([...sources, ...[...new Set(add)].sort()])].join(' ');
			});
			return `${match[1]}${extended.join('; ')}`;
		})
		.join('\n');
}
