import { expect, test } from '@playwright/test';
import { expectNoSideScroll } from './layout.ts';
import { CODES, pathOf } from './shipped.ts';

test('a dialect page leads to its codes in ccxt: each class with its codes, what ccxt does not map, and the map as JSON', async ({ page }) => {
	const usdm = CODES.filter((entry) => entry.dialect === 'binance-usdm');
	const byCode = usdm.filter((entry) => entry.ccxt?.match === 'code');
	const unmapped = usdm.filter((entry) => entry.ccxt && entry.ccxt.match === null);
	expect(byCode.length).toBeGreaterThan(50);

	await page.goto('binance-usdm/');
	await page.getByRole('link', { name: 'In ccxt', exact: true }).click();
	await expect(page).toHaveURL(/\/binance-usdm\/ccxt\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Binance USDⓈ-M Futures in ccxt');
	await expect(page.locator('main')).toContainText(`ccxt maps ${byCode.length} by the code`);

	// Every class the codes raise has its heading and lists exactly its codes.
	const insufficient = usdm.filter((entry) => entry.ccxt?.match && entry.ccxt.class === 'InsufficientFunds');
	const section = page.locator('h3#class-insufficientfunds + p + .table-wrap');
	await expect(section.locator('a.code-link')).toHaveText(insufficient.map((entry) => entry.id).sort((a, b) => Number(b) - Number(a)));
	await expect(page.locator('#unmapped ~ .table-wrap').first().locator('a.code-link')).toHaveCount(unmapped.length);

	// A code links back to its page, whose "In ccxt" block links here.
	const first = insufficient[0]!;
	await section.getByRole('link', { name: first.id, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${pathOf(first)}$`));
	await expect(page.locator('.advice-ccxt-class')).toContainText('InsufficientFunds');
	await page.locator('.advice-ccxt-class').getByRole('link', { name: /every Binance USDⓈ-M Futures code in ccxt/ }).click();
	await expect(page).toHaveURL(/\/binance-usdm\/ccxt\/$/);

	const json = await (await page.request.get('api/v1/binance-usdm/ccxt.json')).json();
	expect(json).toMatchObject({ exchange: 'binance', market: 'linear' });
	for (const entry of byCode) expect(json.exact[entry.id], entry.id).toBe(entry.ccxt!.class);
});

test('the ccxt pages read on a phone', async ({ page }) => {
	await expectNoSideScroll(page, ['binance-spot/ccxt/', 'okx/ccxt/', 'kraken/ccxt/']);
});
