import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string): Promise<string[]> {
	await page.goto('about/');
	await page.locator('button[data-open-modal]').click();
	const input = page.locator('#starlight__search input.pagefind-ui__search-input');
	await input.fill(query);
	const links = page.locator('#starlight__search .pagefind-ui__result-inner > .pagefind-ui__result-title > a');
	await expect(links.first()).toBeVisible();
	// Paths relative to the base path, so the ranking tests also hold for a BASE_PATH build.
	const base = new URL('../', page.url()).pathname;
	const paths = await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return paths.map((path) => `/${path.slice(base.length)}`);
}

const codePage = /^\/[a-z-]+\/-\d+\/$/;

for (const query of ['-1121', '1121']) {
	test(`searching ${query} brings the -1121 code pages first`, async ({ page }) => {
		const results = await search(page, query);
		const first = results.slice(0, 4);
		for (const path of first) expect(path, `results: ${results.join(', ')}`).toMatch(/\/-1121\/$/);
		expect(first).toEqual(expect.arrayContaining(['/binance-usdm/-1121/', '/binance-options/-1121/', '/weex-spot/-1121/', '/gateway/-1121/']));
	});
}

test('searching BAD_SYMBOL brings the BAD_SYMBOL pages first', async ({ page }) => {
	const results = await search(page, 'BAD_SYMBOL');
	expect(results.slice(0, 2).sort()).toEqual(['/binance-options/-1121/', '/binance-usdm/-1121/']);
});

test('searching recvWindow brings code pages about it first', async ({ page }) => {
	const results = await search(page, 'recvWindow');
	expect(results[0]).toMatch(codePage);
	expect(results.slice(0, 3)).toEqual(expect.arrayContaining(['/binance-usdm/-1021/']));
	const titles = await page.locator('#starlight__search .pagefind-ui__result-inner > .pagefind-ui__result-title').allTextContents();
	expect(titles[0]).toMatch(/RECV|TIMESTAMP/i);
});

test('the home page search box finds a code', async ({ page }) => {
	await page.goto('./');
	const input = page.locator('#atlas-search input');
	await input.fill('BAD_SYMBOL');
	await expect(page.locator('#atlas-search .pagefind-ui__result-link').first()).toHaveAttribute('href', /\/-1121\/$/);
});

test('the search index arrives gzip-encoded, so the browser inflates it and Pagefind does not', async ({ page }) => {
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
