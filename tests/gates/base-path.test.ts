/**
 * Deploying under a sub-path must keep every URL under it: a build with BASE_PATH=/errors
 * is crawled for links, assets, redirects, form actions and data URLs that escape the prefix.
 * It builds the real site once (about 10 s on two cores), into a temporary directory: a gate,
 * not a unit test, so the unit suite stays quick.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import type { LookupIndex } from '../../src/lib/lookup/lookup-index.ts';
import { resolveAddress } from '../../src/site/lookup/resolve-address.ts';
import { parseRedirectsFile } from '../../src/site/build/redirects-file.ts';
import { cleanEnv } from './build.ts';

const BASE = '/errors';
const SITE = 'https://atlas.example.org';
const root = new URL('../..', import.meta.url).pathname;
let out = '';

beforeAll(() => {
	out = mkdtempSync(join(tmpdir(), 'atlas-base-'));
	const env = cleanEnv();
	const build = spawnSync(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out],
		{
			cwd: root,
			env: { ...env, BASE_PATH: BASE, SITE_URL: SITE, ASTRO_TELEMETRY_DISABLED: '1' },
			encoding: 'utf8',
		},
	);
	if (build.status !== 0)
		throw new Error(`the BASE_PATH=${BASE} build failed:\n${build.stdout}\n${build.stderr}`);
}, 240_000);

afterAll(() => {
	if (out) rmSync(out, { recursive: true, force: true });
});

function files(dir: string, suffix: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith(suffix))
		.map((name) => join(dir, name));
}

/** The address a built file answers at, e.g. `/errors/binance-usdm/-1121/`. */
function pageUrl(file: string): URL {
	const path = relative(out, file).replace(/(^|\/)index\.html$/, '$1');
	return new URL(`${BASE}/${path}`, SITE);
}

const URL_ATTRIBUTES = /\s(href|src|action|poster|srcset|content|data-[\w-]+)="([^"]*)"/g;

/** Every URL an HTML page points at, with where it was found. */
function urlsOf(html: string): Array<{ attribute: string; value: string }> {
	const found: Array<{ attribute: string; value: string }> = [];
	for (const [, attribute, raw] of html.matchAll(URL_ATTRIBUTES)) {
		const value = raw.replaceAll('&amp;', '&').replaceAll('&#38;', '&');
		if (attribute === 'content') {
			// Meta refresh (`0;url=/x/`) and absolute URLs (og:url); other content is prose.
			const refresh = /^\d+;\s*url=(.*)$/i.exec(value);
			if (refresh) found.push({ attribute, value: refresh[1] });
			else if (/^https?:\/\//.test(value)) found.push({ attribute, value });
		} else if (attribute === 'srcset') {
			for (const candidate of value.split(','))
				found.push({ attribute, value: candidate.trim().split(/\s+/)[0] });
		} else if (attribute.startsWith('data-')) {
			if (/^(\/|https?:\/\/)/.test(value)) found.push({ attribute, value });
		} else {
			found.push({ attribute, value });
		}
	}
	return found;
}

/** Why a URL found on `page` escapes the base path, or null when it stays inside (or leaves the site). */
function escapes(value: string, page: URL): string | null {
	if (value === '' || value.startsWith('#') || /^(mailto|tel|data|javascript):/i.test(value))
		return null;
	const url = new URL(value, page);
	if (url.origin !== page.origin) return null;
	return url.pathname === BASE || url.pathname.startsWith(`${BASE}/`)
		? null
		: `${value} resolves to ${url.pathname}`;
}

/** The built file an internal path is served from, if any. */
function served(pathname: string): boolean {
	const path = decodeURIComponent(pathname.slice(BASE.length));
	return existsSync(join(out, path)) && !path.endsWith('/')
		? true
		: existsSync(join(out, path, 'index.html'));
}

describe(`a BASE_PATH=${BASE} build`, () => {
	test('has no link, asset, redirect or data URL outside the prefix, and every internal link resolves', () => {
		const pages = files(out, '.html');
		expect(pages.length).toBeGreaterThan(900);
		const problems: string[] = [];
		for (const file of pages) {
			const page = pageUrl(file);
			for (const { attribute, value } of urlsOf(readFileSync(file, 'utf8'))) {
				const escape = escapes(value, page);
				if (escape) {
					problems.push(`${relative(out, file)}: ${attribute}="${value}": ${escape}`);
					continue;
				}
				const url = new URL(value, page);
				// /codes/<n>/ pages belong to the cross-dialect change; only our aliases point there.
				if (
					url.origin === page.origin &&
					!served(url.pathname) &&
					!url.pathname.startsWith(`${BASE}/codes/`)
				) {
					problems.push(
						`${relative(out, file)}: ${attribute}="${value}": nothing is built at ${url.pathname}`,
					);
				}
			}
		}
		expect(problems.slice(0, 20)).toEqual([]);
	});

	test('sends the aliases, the JSON index and the search under the prefix', () => {
		expect(readFileSync(join(out, 'binance-usdm/1121/index.html'), 'utf8')).toContain(
			`url=${BASE}/binance-usdm/-1121/`,
		);
		expect(readFileSync(join(out, 'binance-usdm/1121/index.html'), 'utf8')).toContain(
			`href="${SITE}${BASE}/binance-usdm/-1121/"`,
		);
		expect(readFileSync(join(out, 'codes/1121/index.html'), 'utf8')).toContain(
			`url=${BASE}/codes/-1121/`,
		);

		const index = JSON.parse(readFileSync(join(out, 'api/v1/index.json'), 'utf8'));
		expect(index.base).toBe(`${BASE}/`);
		const urls = JSON.stringify(index).match(/"url":"[^"]*"/g)!;
		expect(urls.filter((url) => !url.startsWith(`"url":"${BASE}/`))).toEqual([]);
		expect(JSON.parse(readFileSync(join(out, 'api/v1/binance-usdm/-1121.json'), 'utf8')).url).toBe(
			`${BASE}/binance-usdm/-1121/`,
		);

		const scripts = files(join(out, '_astro'), '.js').map((file) => readFileSync(file, 'utf8'));
		expect(scripts.filter((script) => /bundlePath:`\/`|baseUrl:`\/`/.test(script))).toEqual([]);
		expect(scripts.some((script) => script.includes(`${BASE}/`))).toBe(true);
	});

	test('writes the name aliases to _redirects, each target under the prefix and built; the 404 page resolves the same addresses', async () => {
		expect(existsSync(join(out, 'binance-usdm/bad_symbol/index.html'))).toBe(false);
		const text = readFileSync(join(out, '_redirects'), 'utf8');
		// Paths below the prefix, as _headers' patterns are; the Location the browser follows carries it.
		expect(text).toContain(`\n/binance-usdm/bad_symbol/ ${BASE}/binance-usdm/-1121/ 301\n`);
		expect(text).toContain(`\n/binance-usdm/BAD_SYMBOL/ ${BASE}/binance-usdm/-1121/ 301\n`);
		const rules = [...parseRedirectsFile(text).values()];
		expect(rules.length).toBeGreaterThan(100);
		expect(
			rules
				.filter(
					(rule) =>
						rule.from.startsWith(`${BASE}/`) || !rule.to.startsWith(`${BASE}/`) || !served(rule.to),
				)
				.slice(0, 10),
		).toEqual([]);

		const index = JSON.parse(readFileSync(join(out, 'api/v1/index.json'), 'utf8')) as LookupIndex;
		const host = await serve(out, 0, `${BASE}/`);
		const plain = await serve(out, 0, `${BASE}/`, { redirects: false });
		// The 404 page's script, with the build's base path as Vite builds it in.
		vi.stubEnv('BASE_URL', `${BASE}/`);
		try {
			const at = (server: typeof host, path: string) =>
				fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, {
					redirect: 'manual',
				});
			const redirected = await at(host, `${BASE}/binance-usdm/bad_symbol/`);
			expect([redirected.status, redirected.headers.get('location')]).toEqual([
				301,
				`${BASE}/binance-usdm/-1121/`,
			]);
			// Outside the prefix, nothing answers: a line's path is the site's path below it.
			expect((await at(host, '/binance-usdm/bad_symbol/')).status).toBe(404);
			expect((await at(plain, `${BASE}/binance-usdm/bad_symbol/`)).status).toBe(404);
			for (const rule of rules)
				expect(resolveAddress(`${BASE}${rule.from}`, index), rule.from).toEqual({
					kind: 'redirect',
					url: rule.to,
				});
		} finally {
			vi.unstubAllEnvs();
			for (const server of [host, plain]) {
				server.closeAllConnections();
				server.close();
			}
		}
	});

	test('writes absolute URLs on the site under the prefix in the sitemap and OpenSearch description', () => {
		const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
		const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
		expect(locs.filter((loc) => !loc.startsWith(`${SITE}${BASE}/`))).toEqual([]);
		// Canonical pages only: no alias, no 404.
		expect(locs).toContain(`${SITE}${BASE}/binance-usdm/-1121/`);
		expect(locs.filter((loc) => /\/(1121|bad_symbol|BAD_SYMBOL|404)\/$/.test(loc))).toEqual([]);
		expect(readFileSync(join(out, 'opensearch.xml'), 'utf8')).toContain(
			`template="${SITE}${BASE}/search/?q={searchTerms}"`,
		);
	});

	test('gives every page a canonical link on the site and no inline event handler', () => {
		const html = readFileSync(join(out, 'binance-usdm/-1121/index.html'), 'utf8');
		expect(html).toContain(`<link rel="canonical" href="${SITE}${BASE}/binance-usdm/-1121/"/>`);
		const inline = files(out, '.html').filter((file) =>
			/<[^>]+\son[a-z]+=/i.test(readFileSync(file, 'utf8')),
		);
		expect(inline.map((file) => relative(out, file))).toEqual([]);
	});
});
