import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineHashes } from '../../src/site/build/csp/policy.ts';
import { headersFor, parseHeadersFile } from '../../src/site/build/headers-file.ts';
import { isGzip } from '../../src/site/build/search/search-headers.ts';
import { distDir, listFiles, read, tags } from './dist.ts';

function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name.toLowerCase(), sources]),
	);
}

describe('security headers', () => {
	const dir = distDir();
	const text = read(dir, '_headers');
	const rules = parseHeadersFile(text);
	const everyPath = rules.find((rule) => rule.path === '/*');
	const all = everyPath && new Map(everyPath.headers);
	const csp = directives(all?.get('content-security-policy') ?? '');
	const pages = listFiles(dir).filter((file) => file.endsWith('.html'));

	it('every response gets a CSP, nosniff and a Referrer-Policy', () => {
		expect(all, '_headers has no `/*` rule').toBeDefined();
		expect(all!.get('x-content-type-options')).toBe('nosniff');
		expect(all!.get('referrer-policy')).toMatch(
			/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
		);
		expect(csp.size, 'the `/*` rule has no Content-Security-Policy').toBeGreaterThan(0);
	});

	it('the CSP allows no inline script or eval except by hash, no plugins, no framing', () => {
		for (const name of ['script-src', 'style-src']) {
			const sources = csp.get(name) ?? [];
			expect(sources, `${name} is missing`).not.toHaveLength(0);
			for (const bad of [
				"'unsafe-inline'",
				"'unsafe-eval'",
				"'unsafe-hashes'",
				'*',
				'data:',
				'http:',
				'https:',
			]) {
				expect(sources, `${name} allows ${bad}`).not.toContain(bad);
			}
		}
		expect(csp.get('object-src')).toEqual(["'none'"]);
		expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
		expect(csp.get('base-uri')).toBeDefined();
	});

	it('the CSP lists the hash of every inline script and style the pages contain', () => {
		const missing: string[] = [];
		const scripts = new Set(csp.get('script-src'));
		const styles = new Set(csp.get('style-src-elem') ?? csp.get('style-src'));
		for (const page of pages) {
			const hashes = inlineHashes(read(dir, page));
			for (const hash of hashes.scripts)
				if (!scripts.has(hash)) missing.push(`${page}: inline script ${hash}`);
			for (const hash of hashes.styles)
				if (!styles.has(hash)) missing.push(`${page}: inline style ${hash}`);
		}
		expect(missing, `inline code the CSP would block:\n${missing.slice(0, 20).join('\n')}`).toEqual(
			[],
		);
	});

	it('no page has an inline event handler (the CSP would block it)', () => {
		const handlers: string[] = [];
		for (const page of pages) {
			for (const tag of tags(read(dir, page))) {
				for (const name of tag.attributes.keys())
					if (/^on[a-z]+$/.test(name))
						handlers.push(`${page}:${tag.line}: <${tag.name} ${name}=...>`);
			}
		}
		expect(handlers).toEqual([]);
	});

	it('the search bundle: gzip files are served as gzip-encoded, nothing else is, hashed names are cached for good', () => {
		const bundle = listFiles(dir).filter((file) => file.startsWith('pagefind/'));
		const wrong: string[] = [];
		let gzip = 0;
		for (const file of bundle) {
			const isCompressed = isGzip(readFileSync(join(dir, file)).subarray(0, 2));
			const headers = headersFor(rules, `/${file}`);
			if (isCompressed) gzip++;
			if ((headers.get('content-encoding') === 'gzip') !== isCompressed)
				wrong.push(
					`/${file}: ${isCompressed ? 'gzip' : 'not gzip'}, Content-Encoding ${headers.get('content-encoding') ?? 'none'}`,
				);
			if (/\.pf_index$/.test(file) && !/immutable/.test(headers.get('cache-control') ?? ''))
				wrong.push(`/${file}: not cached as immutable`);
		}
		expect(gzip, 'Pagefind wrote no gzip file').toBeGreaterThan(0);
		expect(wrong.slice(0, 20)).toEqual([]);
		expect(
			headersFor(rules, '/pagefind/pagefind.js').get('cache-control'),
			'pagefind.js keeps its name across builds',
		).toBeUndefined();
	});

	it('every header line fits Cloudflare Pages’ 2,000-character limit', () => {
		const long = text.split('\n').filter((line) => line.length > 2000);
		expect(long.map((line) => `${line.slice(0, 60)}... (${line.length} characters)`)).toEqual([]);
	});
});
