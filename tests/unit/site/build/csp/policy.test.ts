import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	addHashesToHeaders,
	cspHash,
	inlineHashes,
} from '../../../../../src/site/build/csp/policy.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineHashes', () => {
	it('hashes inline scripts and styles exactly as written, whitespace included', () => {
		const html =
			'<script>\n\tconsole.log(1);\n</script><script type="module">go()</script><style>a{}</style>';
		expect(inlineHashes(html)).toEqual({
			scripts: [sha('\n\tconsole.log(1);\n'), sha('go()')],
			styles: [sha('a{}')],
		});
	});

	it('skips external scripts and data blocks, which CSP does not hash', () => {
		const html =
			'<script src="/_astro/a.js"></script><script type="module" src="/b.js"></script><script type="application/ld+json">{}</script>';
		expect(inlineHashes(html)).toEqual({ scripts: [], styles: [] });
	});

	it('hashes each distinct text once through a shared cache, with the same result', () => {
		const cache = new Map<string, string>();
		const html = '<script>a()</script><style>b{}</style><script>a()</script>';
		expect(inlineHashes(html, cache)).toEqual(inlineHashes(html));
		expect([...cache.keys()]).toEqual(['a()', 'b{}']);
	});

	it('finds elements whatever the case of their names, and none in a page without them', () => {
		expect(inlineHashes('<SCRIPT>x()</SCRIPT><Style>p{}</Style>')).toEqual({
			scripts: [sha('x()')],
			styles: [sha('p{}')],
		});
		expect(inlineHashes('<p>scripts and styles &lt;script&gt;</p>')).toEqual({
			scripts: [],
			styles: [],
		});
	});

	it('hashes an empty inline script too (the browser does)', () => {
		expect(inlineHashes('<script></script>').scripts).toEqual([cspHash('')]);
	});
});

describe('addHashesToHeaders', () => {
	const headers =
		"/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'\n  X-Content-Type-Options: nosniff\n";

	it('adds sorted, deduplicated hashes to script-src and style-src and leaves other lines alone', () => {
		const out = addHashesToHeaders(headers, {
			scripts: ["'sha256-b'", "'sha256-a'", "'sha256-b'"],
			styles: ["'sha256-c'"],
		});
		expect(out).toBe(
			"/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c'\n  X-Content-Type-Options: nosniff\n",
		);
	});

	it('prefers style-src-elem for style elements when the policy has one', () => {
		const out = addHashesToHeaders(
			"/*\n  Content-Security-Policy: script-src 'self'; style-src 'self'; style-src-elem 'self'",
			{
				scripts: [],
				styles: ["'sha256-c'"],
			},
		);
		expect(out).toContain("style-src 'self'; style-src-elem 'self' 'sha256-c'");
	});

	it('refuses a policy without script-src rather than widening default-src', () => {
		expect(() =>
			addHashesToHeaders("/*\n  Content-Security-Policy: default-src 'self'", {
				scripts: ["'sha256-a'"],
				styles: [],
			}),
		).toThrow(/no script-src/);
	});
});

describe('inlineHashes on hostile text', () => {
	it('does not take script-like text in attributes, titles or comments for a script', () => {
		const html =
			'<title>&lt;script&gt;a()</title><title><script>b()</script></title><a href="x?&quot;><script>c()</script>">x</a><!-- <script>d()</script> --><noscript><script>e()</script></noscript><script>real()</script>';
		expect(inlineHashes(html).scripts).toEqual([cspHash('real()')]);
	});
});
