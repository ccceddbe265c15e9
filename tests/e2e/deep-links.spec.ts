import { expect, test, type Page } from '@playwright/test';
import { CODES, DIALECTS, PLAIN_URL } from './shipped.ts';

// Paths are relative to the configured base URL, so these tests also run against a
// BASE_PATH=/errors build.

test.describe('aliases land on the canonical page', () => {
	for (const alias of [
		'binance-usdm/1121/',
		'binance-usdm/bad_symbol/',
		'binance-usdm/BAD_SYMBOL/',
		'binance-usdm/Bad_Symbol/',
		'Binance-USDM/1121/',
	]) {
		test(alias, async ({ page }) => {
			await page.goto(alias);
			await expect(page).toHaveURL(/\/binance-usdm\/-1121\/$/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('-1121 BAD_SYMBOL');
		});
	}

	// The name spellings are lines of _redirects: the test server answers them with a 301.
	for (const alias of ['binance-usdm/bad_symbol/', 'binance-usdm/BAD_SYMBOL/']) {
		test(`${alias} is a 301 of _redirects`, async ({ page }) => {
			const response = await page.goto(`${alias}?from=ticket`);
			const first = await response?.request().redirectedFrom()?.response();
			expect(first?.status()).toBe(301);
			expect(response?.status()).toBe(200);
			await expect(page).toHaveURL(/\/binance-usdm\/-1121\/\?from=ticket$/);
		});
	}

	// A host that ignores _redirects answers them with the 404 page, which sends the browser on.
	for (const alias of [
		'binance-usdm/bad_symbol/',
		'binance-usdm/BAD_SYMBOL/',
		'binance-usdm/Bad_Symbol/',
	]) {
		test(`${alias} without _redirects`, async ({ page }) => {
			const response = await page.goto(new URL(alias, PLAIN_URL).href);
			expect(response?.status()).toBe(404);
			await expect(page).toHaveURL(
				new RegExp(`^${PLAIN_URL.replace(/[.?]/g, '\\$&')}binance-usdm/-1121/$`),
			);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('-1121 BAD_SYMBOL');
		});
	}

	test('codes/1121/ -> codes/-1121/', async ({ page }) => {
		// The cross-dialect pages come from another change; only the redirect target is ours.
		await page.goto('codes/1121/');
		await expect(page).toHaveURL(/\/codes\/-1121\/$/);
	});
});

async function canonical(page: Page): Promise<string> {
	return (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
}

test.describe('a code page', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('unfurls with the code, its name, its dialect and its message', async ({ page }) => {
		await page.goto('binance-usdm/-1121/');
		const url = await canonical(page);
		expect(url).toMatch(/^https?:\/\/[^/]+(\/[^/]+)*\/binance-usdm\/-1121\/$/);
		await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
			'content',
			'-1121 BAD_SYMBOL · Binance USDⓈ-M Futures',
		);
		await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
			'content',
			'Invalid symbol.',
		);
		await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
		await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute(
			'content',
			'-1121 BAD_SYMBOL · Binance USDⓈ-M Futures',
		);
	});

	test('copy buttons put the exact text on the clipboard', async ({ page }) => {
		await page.goto('binance-usdm/-1121/');
		const url = await canonical(page);
		const status = page.getByRole('status').filter({ hasText: /copied/ });
		const expected: Array<[string, string, string]> = [
			['Copy link', url, 'Link copied to the clipboard.'],
			[
				'Copy for ticket (Markdown)',
				`[-1121 BAD_SYMBOL (Binance USDⓈ-M Futures)](${url}): \`Invalid symbol.\``,
				'Markdown link copied to the clipboard.',
			],
			[
				'Copy for ticket (plain text)',
				`-1121 BAD_SYMBOL (Binance USDⓈ-M Futures): Invalid symbol. ${url}`,
				'Plain text copied to the clipboard.',
			],
		];
		for (const [name, text, confirmation] of expected) {
			await page.getByRole('button', { name }).click();
			await expect(status).toHaveText(confirmation);
			await expect(status).toBeVisible();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
		}
	});

	test('copy buttons work from the keyboard', async ({ page }) => {
		await page.goto('binance-usdm/-1121/');
		const url = await canonical(page);
		const button = page.getByRole('button', { name: 'Copy link' });
		await page.getByRole('link', { name: url }).focus();
		await page.keyboard.press('Tab');
		await expect(button).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: /copied/ })).toHaveText(
			'Link copied to the clipboard.',
		);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`[-1121 BAD_SYMBOL (Binance USDⓈ-M Futures)](${url}): \`Invalid symbol.\``,
		);
	});

	test('each message has a visible anchor', async ({ page }) => {
		await page.goto('binance-usdm/-1003/');
		const anchor = page.getByRole('link', { name: 'Link to message 2' });
		await expect(anchor).toBeVisible();
		await expect(anchor).toHaveAttribute('href', '#message-2');
		await anchor.click();
		await expect(page).toHaveURL(/\/binance-usdm\/-1003\/#message-2$/);
		await expect(page.locator('#message-2')).toBeInViewport();
	});
});

test.describe('the 404 page', () => {
	test('an unknown code: says so and offers the nearest codes', async ({ page }) => {
		const response = await page.goto('binance-usdm/-9999/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.locator('.not-found-summary')).toHaveText(
			'Binance USDⓈ-M Futures documents no code -9999.',
		);
		await expect(page.locator('.not-found-elsewhere')).toHaveText(
			'No other dialect documents -9999 either.',
		);
		const nearest = page.locator('.not-found-nearest a');
		await expect(nearest).toHaveCount(5);
		await expect(nearest.first()).toHaveText(/^-5043 /);
		await nearest.first().click();
		await expect(page).toHaveURL(/\/binance-usdm\/-5043\/$/);
	});

	test('an unknown code another dialect has: offers it there', async ({ page }) => {
		await page.goto('binance-usdm/3000/');
		await expect(page.locator('.not-found-summary')).toHaveText(
			'Binance USDⓈ-M Futures documents no code -3000.',
		);
		// Every other dialect that documents -3000 (the gateway seed, Binance's SAPI list, ...), each named.
		const others = CODES.filter(
			(entry) => entry.code === -3000 && entry.dialect !== 'binance-usdm',
		);
		const elsewhere = page.locator('.not-found-elsewhere li');
		await expect(elsewhere).toHaveCount(others.length);
		const items = await elsewhere.evaluateAll((lis) =>
			lis.map((li) => ({
				text: li.textContent ?? '',
				href: li.querySelector('a')?.getAttribute('href') ?? '',
			})),
		);
		const dialectOf = (href: string) => href.replace(/^.*\/([^/]+)\/-3000\/$/, '$1');
		expect(items.map((item) => dialectOf(item.href)).sort()).toEqual(
			others.map((entry) => entry.dialect).sort(),
		);
		for (const item of items)
			expect(item.text).toContain(
				`(${DIALECTS.find((dialect) => dialect.id === dialectOf(item.href))!.name})`,
			);
	});

	test('a name two codes share: offers both', async ({ page }) => {
		await page.goto('binance-usdm/invalid_price_match/');
		await expect(page.locator('.not-found-summary')).toContainText(
			'gives the name invalid_price_match to 2 codes',
		);
		await expect(page.locator('.not-found-elsewhere a')).toHaveText([
			/^-5037 INVALID_PRICE_MATCH/,
			/^-5038 INVALID_PRICE_MATCH/,
		]);
	});

	test('an address is rendered as text, never as HTML', async ({ page }) => {
		await page.goto('gateway/%3Cimg%20src%3Dx%3E/');
		await expect(page.locator('.not-found-summary')).toHaveText(
			'Gateway API has no code named <img src=x>.',
		);
		await expect(page.locator('main img')).toHaveCount(0);
	});
});

test('search/?q=-1121 shows results on load', async ({ page }) => {
	await page.goto('search/?q=-1121');
	const links = page.locator('#atlas-search .pagefind-ui__result-link');
	await expect(links.first()).toHaveAttribute('href', /\/-1121\/$/);
	await expect(page.locator('#atlas-search .pagefind-ui__search-input')).toHaveValue('-1121');
});

test('every kind of page links the OpenSearch description, which points at /search/', async ({
	page,
	request,
}) => {
	for (const path of [
		'./',
		'binance-usdm/',
		'binance-usdm/11xx-request-issues/',
		'binance-usdm/-1121/',
		'search/',
		'about/',
		'nowhere/',
	]) {
		await page.goto(path);
		const link = page.locator('link[rel="search"][type="application/opensearchdescription+xml"]');
		await expect(link, path).toHaveAttribute('href', /\/opensearch\.xml$/);
	}
	const href = await page.locator('link[rel="search"]').getAttribute('href');
	const xml = await (await request.get(new URL(href!, page.url()).href)).text();
	expect(xml).toMatch(/template="https?:\/\/[^"]+\/search\/\?q=\{searchTerms\}"/);
});

test('per-code JSON is the model entry', async ({ request, baseURL }) => {
	const response = await request.get(`${baseURL}api/v1/binance-usdm/-1121.json`);
	expect(response.ok()).toBe(true);
	const entry = await response.json();
	expect(entry).toMatchObject({
		dialect: 'binance-usdm',
		code: -1121,
		name: 'BAD_SYMBOL',
		messages: ['Invalid symbol.'],
	});
	expect(entry.url).toMatch(/\/binance-usdm\/-1121\/$/);
});
