import { expect, test, type Page } from '@playwright/test';
import { SEARCH_RANKING } from '../../src/site/search/ranking.ts';
import { openSearchDialog } from './search-dialog.ts';
import { CODES, DIALECTS, pathOf, pathsWhere, withId, withMessage, withName } from './shipped.ts';

async function search(page: Page, query: string): Promise<string[]> {
	await page.goto('about/');
	const input = await openSearchDialog(page);
	await input.fill(query);
	const links = page.locator(
		'#starlight__search .pagefind-ui__result-inner > .pagefind-ui__result-title > a',
	);
	await expect(links.first()).toBeVisible();
	// Pagefind draws its results one by one: read them once all of the first page are there.
	const message = await page.locator('#starlight__search .pagefind-ui__message').textContent();
	const total = Number(/^(\d+)/.exec(message ?? '')?.[1] ?? 1);
	await expect.poll(() => links.count()).toBeGreaterThanOrEqual(Math.min(total, 5));
	// Paths relative to the base path, so the ranking tests also hold for a BASE_PATH build.
	const base = new URL('../', page.url()).pathname;
	const paths = await links.evaluateAll((anchors) =>
		anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
	return paths.map((path) => `/${path.slice(base.length)}`);
}

for (const query of ['-1121', '1121']) {
	test(`searching ${query} brings the -1121 code pages first`, async ({ page }) => {
		const results = await search(page, query);
		const expected = withId('-1121');
		expect(expected.length).toBeGreaterThanOrEqual(4);
		// The dialog shows five at first: as many of them as there are -1121 pages are those.
		for (const path of results.slice(0, Math.min(expected.length, 5)))
			expect(path, `results: ${results.join(', ')}`).toMatch(/\/-1121\/$/);
		const all = (await ranked(page, query)).map((result) => result.path);
		expect(all.slice(0, expected.length).sort(), all.join(', ')).toEqual(expected);
	});
}

test('searching BAD_SYMBOL brings the BAD_SYMBOL pages first', async ({ page }) => {
	const named = withName('BAD_SYMBOL');
	expect(named).toEqual(
		expect.arrayContaining(['/binance-options/-1121/', '/binance-usdm/-1121/']),
	);
	const results = (await ranked(page, 'BAD_SYMBOL')).map((result) => result.path);
	expect(results.slice(0, named.length).sort()).toEqual(named);
});

test('searching recvWindow brings code pages about it first', async ({ page }) => {
	const results = await search(page, 'recvWindow');
	const about = new Set(
		pathsWhere((entry) =>
			[entry.title, ...entry.messages].some((text) => /recvwindow/i.test(text)),
		),
	);
	expect(about.size).toBeGreaterThanOrEqual(3);
	expect(
		results.slice(0, 3).every((path) => about.has(path)),
		results.join(', '),
	).toBe(true);
	const titles = await page
		.locator('#starlight__search .pagefind-ui__result-inner > .pagefind-ui__result-title')
		.allTextContents();
	expect(titles[0]).toMatch(/RECV|TIMESTAMP/i);
});

test('the home page search box finds a code', async ({ page }) => {
	await page.goto('./');
	const input = page.locator('#atlas-search input');
	await input.fill('BAD_SYMBOL');
	await expect(page.locator('#atlas-search .pagefind-ui__result-link').first()).toHaveAttribute(
		'href',
		/\/-1121\/$/,
	);
});

test('the search dialog works on a page where the browser never goes idle', async ({ page }) => {
	// A browser kept busy runs an idle callback only at its timeout, and never one without.
	await page.addInitScript(() => {
		window.requestIdleCallback = (callback, options) => {
			if (options?.timeout !== undefined)
				setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 0 }), options.timeout);
			return 0;
		};
	});
	await page.goto('about/');
	const input = await openSearchDialog(page);
	await input.fill('BAD_SYMBOL');
	await expect(
		page.locator('#starlight__search .pagefind-ui__result-link').first(),
	).toHaveAttribute('href', /\/-1121\/$/);
});

/** The "Decode this error" link of a search box, and where it leads: the decoder's path and its `?q=`. */
async function decodeLink(
	page: Page,
	box: string,
): Promise<{ text: string; path: string; q: string | null }> {
	const link = page.locator(`${box} .atlas-paste-notice a`);
	await expect(link).toBeVisible();
	const url = new URL((await link.getAttribute('href'))!, page.url());
	return { text: (await link.textContent())!, path: url.pathname, q: url.searchParams.get('q') };
}

const pastes = [
	{
		what: 'a pasted JSON body',
		text: '{"code":-1121,"msg":"Invalid symbol."}',
		code: '/-1121/',
		term: '-1121',
	},
	{
		what: 'a pasted exception line',
		text: 'APIError(code=-1021): Timestamp for this request is outside of the recvWindow.',
		code: '/-1021/',
		term: '-1021',
	},
];

test.describe('a pasted client error', () => {
	for (const { what, text, code, term } of pastes) {
		test(`${what} in the dialog finds its code page and offers to decode it`, async ({ page }) => {
			// Every word must match in Pagefind: `code`, `msg`, `APIError` are on no page, so the paste as typed found nothing.
			const results = await search(page, text);
			expect(results[0], results.join(', ')).toMatch(new RegExp(`^/[a-z0-9-]+${code}$`));
			// The field shows what is searched; the link keeps the whole paste.
			await expect(page.locator('#starlight__search input.pagefind-ui__search-input')).toHaveValue(
				term,
			);
			const base = new URL('../', page.url()).pathname;
			expect(await decodeLink(page, '#starlight__search')).toEqual({
				text: 'Decode this error',
				path: `${base}decode/`,
				q: text,
			});
		});

		test(`${what} in the home page box finds its code page and offers to decode it`, async ({
			page,
		}) => {
			await page.goto('./');
			await page.locator('#atlas-search input').fill(text);
			await expect(page.locator('#atlas-search input')).toHaveValue(term);
			const links = page.locator('#atlas-search .pagefind-ui__result-link');
			await expect(links.first()).toBeVisible();
			const hrefs = await links.evaluateAll((anchors) =>
				anchors.slice(0, 4).map((a) => (a as HTMLAnchorElement).pathname),
			);
			const base = new URL('./', page.url()).pathname;
			expect(hrefs[0], hrefs.join(', ')).toMatch(new RegExp(`^${base}[a-z0-9-]+${code}$`));
			expect(await decodeLink(page, '#atlas-search')).toEqual({
				text: 'Decode this error',
				path: `${base}decode/`,
				q: text,
			});
		});
	}

	test('the decode link opens the decoder with the paste in it', async ({ page }) => {
		const { text } = pastes[0];
		await search(page, text);
		await page.locator('#starlight__search .atlas-paste-notice a').click();
		await expect(page).toHaveURL(/\/decode\/\?q=/);
		await expect(page.locator('#atlas-decode-input')).toHaveValue(text);
	});

	test('a plain query shows no decode link, in the dialog and in the home page box', async ({
		page,
	}) => {
		for (const query of ['-1121', 'binance -2019', 'invalid symbol']) {
			await search(page, query);
			await expect(page.locator('#starlight__search .atlas-paste-notice')).toBeHidden();
		}
		await page.goto('./');
		await page.locator('#atlas-search input').fill('BAD_SYMBOL');
		await expect(page.locator('#atlas-search .pagefind-ui__result-link').first()).toBeVisible();
		await expect(page.locator('#atlas-search .atlas-paste-notice')).toBeHidden();
	});

	test('clearing the box takes the decode link away with the results', async ({ page }) => {
		await search(page, pastes[0].text);
		await expect(page.locator('#starlight__search .atlas-paste-notice')).toBeVisible();
		await page.locator('#starlight__search .pagefind-ui__search-clear').click();
		await expect(page.locator('#starlight__search .atlas-paste-notice')).toBeHidden();
	});
});

test('the search index arrives gzip-encoded, so the browser inflates it and Pagefind does not', async ({
	page,
}) => {
	const chunks: Array<{ url: string; encoding: string | undefined }> = [];
	page.on('response', (response) => {
		if (/\/pagefind\/(index\/.*\.pf_index|.*\.pf_meta|wasm\..*\.pagefind)$/.test(response.url())) {
			chunks.push({ url: response.url(), encoding: response.headers()['content-encoding'] });
		}
	});
	const results = await search(page, 'BAD_SYMBOL');
	expect(results.length).toBeGreaterThan(0);
	expect(chunks.filter((chunk) => chunk.url.endsWith('.pf_index')).length).toBeGreaterThan(0);
	expect(chunks.filter((chunk) => chunk.encoding !== 'gzip')).toEqual([]);
});

/**
 * The ranked result paths and titles of a query, from the built index through Pagefind's own
 * API with the site's ranking, all of them (the dialog shows five at first).
 */
async function ranked(page: Page, query: string): Promise<Array<{ path: string; title: string }>> {
	if (!page.url().startsWith('http')) await page.goto('about/');
	const base = new URL('./', page.url()).pathname.replace(/about\/$/, '');
	return page.evaluate(
		async ({ query, base, ranking }) => {
			const pagefind = await import(`${base}pagefind/pagefind.js`);
			await pagefind.options({ ranking });
			const search = await pagefind.search(query);
			const data = await Promise.all(
				search.results.map(
					(result: { data: () => Promise<{ url: string; meta: { title: string } }> }) =>
						result.data(),
				),
			);
			return data.map((item) => ({
				path: `/${item.url.slice(base.length)}`,
				title: item.meta.title,
			}));
		},
		{ query, base, ranking: SEARCH_RANKING },
	);
}

const CODE_PAGES = new Set(CODES.map(pathOf));
const isCodePage = (path: string) => CODE_PAGES.has(path);

test.describe('search results', () => {
	test('carry the dialect in their titles, once each, with no #_top sub-result', async ({
		page,
	}) => {
		await search(page, '-1121');
		const titles = await page
			.locator('#starlight__search .pagefind-ui__result-inner > .pagefind-ui__result-title')
			.allTextContents();
		// "<id> <name, else its label> · <dialect>", for each -1121 page the dialog shows first.
		const dialectName = new Map(DIALECTS.map((dialect) => [dialect.id, dialect.name]));
		const expected = CODES.filter((entry) => entry.id === '-1121').map(
			(entry) => `-1121 ${entry.name ?? entry.title} · ${dialectName.get(entry.dialect)}`,
		);
		expect(expected).toEqual(
			expect.arrayContaining([
				'-1121 BAD_SYMBOL · Binance Options',
				'-1121 Invalid symbol status · Gateway API',
			]),
		);
		const shown = Math.min(expected.length, 5);
		expect(
			titles
				.slice(0, shown)
				.map((title) => title.trim())
				.every((title) => expected.includes(title)),
			titles.join(' | '),
		).toBe(true);
		// A code page is one result; guides keep their sections as sub-results, never `#_top`.
		const codeResults = page.locator('#starlight__search .pagefind-ui__result', {
			has: page.locator(
				'.pagefind-ui__result-inner > .pagefind-ui__result-title a[href*="/-1121/"]:not([href*="/codes/"])',
			),
		});
		await expect(codeResults).toHaveCount(shown);
		await expect(codeResults.locator('.pagefind-ui__result-nested')).toHaveCount(0);
		await expect(page.locator('#starlight__search a[href*="#_top"]')).toHaveCount(0);
		await search(page, 'BAD_SYMBOL');
		await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toHaveText(
			/^-1121 BAD_SYMBOL · /,
		);
		await expect(page.locator('#starlight__search a[href*="#_top"]')).toHaveCount(0);
		await expect(
			page
				.locator('#starlight__search .pagefind-ui__result', {
					has: page.locator('a[href*="/-1121/"]:not([href*="/codes/"])'),
				})
				.locator('.pagefind-ui__result-nested'),
		).toHaveCount(0);
	});

	test('an exact name ranks its code first', async ({ page }) => {
		expect(withName('INVALID_SYMBOL_STATUS')).toContain(
			(await ranked(page, 'INVALID_SYMBOL_STATUS'))[0]?.path,
		);
		// A code of that name first, and every one (Binance's, any other venue's `too_many_requests`) before any page that is not a code page.
		const named = withName('TOO_MANY_REQUESTS');
		expect(named).toEqual(
			expect.arrayContaining(['/binance-options/-1008/', '/binance-usdm/-1003/']),
		);
		const many = (await ranked(page, 'TOO_MANY_REQUESTS')).map((result) => result.path);
		expect(named, many.join(', ')).toContain(many[0]);
		const firstOther = many.findIndex((path) => !isCodePage(path));
		for (const path of named)
			expect(many.indexOf(path), `${path} in ${many.join(', ')}`).toBeGreaterThanOrEqual(0);
		for (const path of named)
			expect(
				firstOther === -1 || many.indexOf(path) < firstOther,
				`${path} in ${many.join(', ')}`,
			).toBe(true);
		expect(withName('ME_RECVWINDOW_REJECT')).toContain(
			(await ranked(page, 'ME_RECVWINDOW_REJECT'))[0]?.path,
		);
	});

	test('an exact message ranks its codes first', async ({ page }) => {
		expect(withMessage('Invalid symbol.')).toEqual(
			expect.arrayContaining([
				'/binance-options/-1121/',
				'/binance-usdm/-1121/',
				'/gateway/-1120/',
				'/weex-spot/-1121/',
			]),
		);
		for (const message of [
			'Timestamp for this request is outside of the recvWindow.',
			'Insufficient balance',
			'Invalid interval.',
			'Invalid symbol.',
		]) {
			const exact = withMessage(message);
			expect(exact.length, message).toBeGreaterThan(0);
			// Pagefind ranks words, not phrases: -1122 "Invalid symbol status." has every word of
			// "Invalid symbol.", and a longer message both words of "Insufficient balance". A code
			// whose whole message it is is among the dialog's first five, and every such code comes
			// before any page that is not a code page.
			const paths = (await ranked(page, message)).map((result) => result.path);
			expect(
				paths.slice(0, 5).some((path) => exact.includes(path)),
				`${message}: ${paths.join(', ')}`,
			).toBe(true);
			const other = paths.findIndex((path) => !isCodePage(path));
			const firstOther = other === -1 ? paths.length : other;
			for (const path of exact)
				expect(paths.indexOf(path), `${path} in ${paths.join(', ')}`).toBeGreaterThanOrEqual(0);
			for (const path of exact)
				expect(paths.indexOf(path), `${path} in ${paths.join(', ')}`).toBeLessThan(firstOther);
		}
	});

	test('a code with the words "error" or "error code" around it still finds its code pages', async ({
		page,
	}) => {
		// Pagefind returns only pages holding every word of a query; the code pages index
		// "error code" at a weight too low to rank by, so these words no longer empty the results.
		for (const query of ['-1021 error', 'error 1021']) {
			const paths = (await ranked(page, query)).map((result) => result.path);
			expect(
				paths.slice(0, withId('-1021').length).sort(),
				`${query}: ${paths.join(', ')}`,
			).toEqual(withId('-1021'));
		}
		const binance = (await ranked(page, 'binance error -1021')).map((result) => result.path);
		const binanceCodes = pathsWhere(
			(entry) => entry.id === '-1021' && entry.dialect.startsWith('binance-'),
		);
		expect(binance.slice(0, binanceCodes.length).sort(), binance.join(', ')).toEqual(binanceCodes);
		const code = (await ranked(page, 'error code -1121')).map((result) => result.path);
		expect(code.slice(0, withId('-1121').length).sort(), code.join(', ')).toEqual(withId('-1121'));
		// A message that says "error" still finds its codes, and only code pages come before them
		// (names such as UNKNOWN_ERROR and messages with both words rank beside it).
		const unknown = (await ranked(page, 'Unknown error')).map((result) => result.path);
		const exact = withMessage('Unknown error');
		expect(exact.length).toBeGreaterThan(0);
		const last = Math.max(...exact.map((path) => unknown.indexOf(path)));
		expect(
			exact.every((path) => unknown.includes(path)),
			unknown.join(', '),
		).toBe(true);
		expect(unknown.slice(0, last).every(isCodePage), unknown.join(', ')).toBe(true);
	});

	test('a bare number also offers its page across dialects, after the code pages', async ({
		page,
	}) => {
		for (const query of ['1121', '-1121']) {
			const paths = (await ranked(page, query)).map((result) => result.path);
			expect(paths.slice(0, withId('-1121').length).every(isCodePage), paths.join(', ')).toBe(true);
			expect(paths[withId('-1121').length]).toBe('/codes/-1121/');
		}
		const across = (await ranked(page, '2010')).find((result) => result.path === '/codes/-2010/');
		expect(across?.title).toBe('-2010 across dialects');
	});

	test('concept pages are found, below the code pages', async ({ page }) => {
		for (const [query, concept] of [
			['recvWindow', '/concepts/timestamp-outside-recv-window/'],
			['Insufficient balance', '/concepts/insufficient-balance/'],
			['Invalid symbol', '/concepts/invalid-symbol/'],
			['listenKey', '/concepts/invalid-listen-key/'],
		] as const) {
			const results = await ranked(page, query);
			const paths = results.map((result) => result.path);
			const at = paths.indexOf(concept);
			expect(at, `${query}: ${paths.join(', ')}`).toBeGreaterThan(0);
			expect(paths.slice(0, at).every(isCodePage), `${query}: ${paths.join(', ')}`).toBe(true);
			expect(results[at].title).toMatch(/ · meaning across dialects$/);
		}
		// The dialog uses the same ranking: the concept is not among the first results there.
		await search(page, 'recvWindow');
		const shown = await page
			.locator('#starlight__search .pagefind-ui__result-inner > .pagefind-ui__result-title > a')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
		const base = new URL('../', page.url()).pathname;
		expect(
			shown.slice(0, 4).every((path) => isCodePage(`/${path.slice(base.length)}`)),
			shown.join(', '),
		).toBe(true);
	});

	test('a row shared by two codes does not find either of them by its words', async ({ page }) => {
		// "-1122/-1125 | INVALID_SYMBOL_STATUS / LISTEN_KEY | ... or listenKey does not exist."
		const listenKey = (await ranked(page, 'listenKey')).map((result) => result.path);
		expect(
			listenKey.slice(0, 2).every((path) => path.endsWith('/-1125/')),
			listenKey.join(', '),
		).toBe(true);
		expect(listenKey).not.toContain('/binance-usdm/-1122/');
		// "-1120/-1121 | BAD_INTERVAL / BAD_SYMBOL | Invalid time interval or trading pair."
		const pair = (await ranked(page, 'trading pair')).map((result) => result.path);
		expect(pair).not.toContain('/binance-usdm/-1121/');
		expect(pair).not.toContain('/binance-usdm/-1120/');
	});
});
