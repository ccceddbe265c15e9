import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir } from './dist.ts';
import { checkLinks, siteOrigin } from './links.ts';

describe('links in the built site', () => {
	it('every internal link, asset, redirect target, sitemap entry and API url resolves', () => {
		const dir = distDir();
		const problems = checkLinks(dir, {
			base: process.env.BASE_PATH ?? '/',
			origin: siteOrigin(dir),
		});
		expect(
			problems,
			`${problems.length} broken references:\n${problems.slice(0, 50).join('\n')}`,
		).toEqual([]);
	});
});

describe('the link checker itself', () => {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-links-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const write = (file: string, text: string) => {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), text);
	};
	write(
		'index.html',
		'<link rel="canonical" href="https://atlas.test/"><a href="/a/">a</a><a href="/a/#there">ok</a><a href="/a/#nowhere">x</a><a href="https://atlas.test/gone/">x</a><a href="https://elsewhere.test/gone/">external</a><img src="/_astro/missing.png" alt=""><a href="javascript:alert(1)">x</a>',
	);
	write('a/index.html', '<h2 id="there">There</h2><a href="../b/">rel</a>');
	write(
		'old/index.html',
		'<meta http-equiv="refresh" content="0;url=/moved/"><a href="/moved/">moved</a>',
	);
	write('404.html', '<a href="a/">relative</a>');
	write(
		'_astro/x.css',
		'a{background:url(./y.svg)} b{background:url("data:image/svg+xml,<svg/>")}',
	);
	write('_astro/m.js', 'import("./chunk.js");import{a}from"./there.js";');
	write('_astro/there.js', '');
	write('api/v1/codes.json', '[{"url":"/a/"},{"url":"/nope/"}]');
	write('_redirects', '/x /a/ 301\n/y /missing/ 301\n');
	write(
		'sitemap-0.xml',
		'<urlset><url><loc>https://atlas.test/a/</loc></url><url><loc>https://atlas.test/zz/</loc></url></urlset>',
	);

	it('finds each kind of broken reference and nothing else', () => {
		const problems = checkLinks(dir, { base: '/', origin: siteOrigin(dir) });
		expect(problems.map((problem) => problem.replace(/:.*?: /, ': '))).toEqual([
			'404.html: a[href] "a/": the 404 page is served at any path, so its links must not be relative',
			'_astro/m.js: import "./chunk.js": no file /_astro/chunk.js in the build',
			'_astro/x.css: css url() "./y.svg": no file /_astro/y.svg in the build',
			'_redirects: redirect from /y "/missing/": no file /missing/ in the build',
			'a/index.html: a[href] "../b/": no file /b/ in the build',
			'api/v1/codes.json: JSON "url" "/nope/": no file /nope/ in the build',
			'index.html: a[href] "/a/#nowhere": a/index.html has no element with id "nowhere"',
			'index.html: a[href] "https://atlas.test/gone/": no file /gone/ in the build',
			'index.html: img[src] "/_astro/missing.png": no file /_astro/missing.png in the build',
			'index.html: a[href] "javascript:alert(1)": javascript: URLs are not allowed (and the CSP blocks them)',
			'old/index.html: meta[refresh] "/moved/": no file /moved/ in the build',
			'old/index.html: a[href] "/moved/": no file /moved/ in the build',
			'sitemap-0.xml: sitemap <loc> "https://atlas.test/zz/": no file /zz/ in the build',
		]);
	});
});
