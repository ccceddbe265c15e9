import { describe, expect, test } from 'vitest';
import {
	aliasPage,
	aliasRedirects,
	isRedirectAlias,
	planAliases,
} from '../../../../../src/site/build/aliases/alias-pages.ts';
import { inlineHashes } from '../../../../../src/site/build/csp/policy.ts';
import { loadAtlas, readAtlas } from '../../../../../src/lib/atlas.ts';
import { header, SEEDS, sourcesDir } from '../../../helpers/sources.ts';

describe('the seeds', () => {
	const atlas = readAtlas(SEEDS);
	const plan = planAliases(atlas.dialects, atlas.codes);
	const to = (from: string) => plan.aliases.find((alias) => alias.from === from)?.to;

	test('each alias kind leads to the canonical page', () => {
		expect(to('/binance-usdm/1121/')).toBe('/binance-usdm/-1121/');
		expect(to('/binance-usdm/bad_symbol/')).toBe('/binance-usdm/-1121/');
		expect(to('/binance-usdm/BAD_SYMBOL/')).toBe('/binance-usdm/-1121/');
		expect(to('/codes/1121/')).toBe('/codes/-1121/');
		// Gateway codes have no names: only their numbers alias.
		expect(to('/gateway/1121/')).toBe('/gateway/-1121/');
	});

	test('the address of a number only one code has leads to that code, signed and unsigned', () => {
		// -4003 is Binance Options' alone; -1121 has a page of its own.
		expect(
			atlas.codes.filter((entry) => entry.code === -4003).map((entry) => entry.dialect),
		).toEqual(['binance-options']);
		expect(to('/codes/-4003/')).toBe('/binance-options/-4003/');
		expect(to('/codes/4003/')).toBe('/binance-options/-4003/');
		expect(plan.aliases.find((alias) => alias.from === '/codes/-4003/')).toMatchObject({
			kind: 'number',
			title: expect.stringMatching(/^-4003 .* · Binance Options$/),
		});
		expect(to('/codes/-1121/')).toBeUndefined();
	});

	test('skip shared, spaced and cut-short names, and say why', () => {
		expect(plan.skipped.map((skip) => `${skip.path}: ${skip.reason}`)).toEqual([
			'/binance-usdm/move_order_not_allowed.../: the name "MOVE_ORDER_NOT_ALLOWED..." is not an identifier (letters, digits, _)',
			'/binance-usdm/invalid_price_match/: 2 codes of binance-usdm are named INVALID_PRICE_MATCH: -5037, -5038',
		]);
		expect(plan.skipped[1].candidates).toEqual(['/binance-usdm/-5037/', '/binance-usdm/-5038/']);
		expect(to('/binance-usdm/invalid_price_match/')).toBeUndefined();
	});

	test('no alias is a canonical page or appears twice', () => {
		const canonical = new Set([
			...atlas.codes.map((entry) => entry.url),
			...atlas.dialects.flatMap((dialect) => [
				dialect.url,
				...dialect.sections.map((section) => section.url),
			]),
		]);
		const froms = plan.aliases.map((alias) => alias.from);
		expect(froms.filter((from) => canonical.has(from))).toEqual([]);
		expect(new Set(froms).size).toBe(froms.length);
	});

	test('the name spellings are _redirects lines, the numbers stay pages; the target carries the base path, the path does not', () => {
		expect(plan.aliases.filter(isRedirectAlias).every((alias) => alias.kind === 'name')).toBe(true);
		expect(
			plan.aliases.filter((alias) => !isRedirectAlias(alias)).map((alias) => alias.kind),
		).not.toContain('name');
		const redirects = aliasRedirects(plan.aliases, '/errors/');
		expect(redirects).toHaveLength(plan.aliases.filter((alias) => alias.kind === 'name').length);
		expect(redirects).toContainEqual({
			from: '/binance-usdm/bad_symbol/',
			to: '/errors/binance-usdm/-1121/',
			status: 301,
		});
		expect(redirects).toContainEqual({
			from: '/binance-usdm/BAD_SYMBOL/',
			to: '/errors/binance-usdm/-1121/',
			status: 301,
		});
		expect(redirects.find((redirect) => redirect.from === '/binance-usdm/1121/')).toBeUndefined();
		expect(aliasRedirects(plan.aliases, '/')).toContainEqual({
			from: '/binance-usdm/bad_symbol/',
			to: '/binance-usdm/-1121/',
			status: 301,
		});
	});

	test('an alias unfurls like its target', () => {
		const alias = plan.aliases.find((item) => item.from === '/binance-usdm/1121/')!;
		expect(alias).toMatchObject({
			kind: 'unsigned',
			title: '-1121 BAD_SYMBOL · Binance USDⓈ-M Futures',
			description: 'Invalid symbol.',
		});
		const html = aliasPage(
			alias,
			'/errors/binance-usdm/-1121/',
			'https://example.org/errors/binance-usdm/-1121/',
		);
		expect(html).toContain(
			'<meta http-equiv="refresh" content="0;url=/errors/binance-usdm/-1121/">',
		);
		expect(html).toContain(
			'<link rel="canonical" href="https://example.org/errors/binance-usdm/-1121/">',
		);
		expect(html).toContain(
			'<meta property="og:title" content="-1121 BAD_SYMBOL · Binance USDⓈ-M Futures">',
		);
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(
			aliasPage({ title: '<b>"x"</b>', description: '&' }, '/a/', 'https://e.org/a/'),
		).toContain('<title>&#60;b&#62;&#34;x&#34;&#60;/b&#62;</title>');
	});

	test('an alias page holds no inline script or style, whatever its text (the CSP hashes are taken before alias pages exist)', () => {
		const hostile = '</title><script>alert(1)</script><style>*{}</style><SCRIPT>';
		const html = aliasPage(
			{ title: hostile, description: hostile },
			`/a/${hostile}/`,
			`https://e.org/a/${hostile}/`,
		);
		expect(inlineHashes(html)).toEqual({ scripts: [], styles: [] });
		expect(html).not.toMatch(/<s(?:cript|tyle)/i);
	});
});

test('an unsigned number that is itself a code is not aliased', () => {
	const dir = sourcesDir({
		'a.md': `${header({ dialect: 'venue', role: 'primary' })}\n## 10xx - General\n\n-1000 UNKNOWN\n- An unknown error.\n\n1000 POSITIVE\n- A positive code.\n`,
	});
	const atlas = loadAtlas(dir);
	const plan = planAliases(atlas.dialects, atlas.codes);
	expect(plan.aliases.find((alias) => alias.from === '/venue/1000/')).toBeUndefined();
	expect(plan.skipped.map((skip) => skip.reason)).toContain(
		'/venue/1000/ is itself a canonical page',
	);
	expect(plan.aliases.find((alias) => alias.from === '/venue/unknown/')?.to).toBe('/venue/-1000/');
	// Each number is one code's: its own address leads there, never to the other sign's code.
	expect(plan.aliases.find((alias) => alias.from === '/codes/1000/')?.to).toBe('/venue/1000/');
	expect(plan.aliases.find((alias) => alias.from === '/codes/-1000/')?.to).toBe('/venue/-1000/');
	expect(plan.skipped.map((skip) => skip.reason)).toContain(
		'/codes/1000/ already leads to /venue/1000/',
	);
});
