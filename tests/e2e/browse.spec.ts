import { expect, test } from '@playwright/test';
import { expectNoSideScroll } from './layout.ts';
import { DIALECTS } from './shipped.ts';

test('home -> dialect -> section -> code', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error Atlas');
	// Venues are grouped by vendor, each product with its count.
	const card = page.locator('.vendor-card', {
		has: page.getByRole('heading', { name: 'Binance', exact: true }),
	});
	const product = card.locator('li', { hasText: 'Binance USDⓈ-M Futures' });
	await expect(product).toContainText('92 codes');
	await product.getByRole('link').click();

	await expect(page).toHaveURL(/\/binance-usdm\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Binance USDⓈ-M Futures');
	await page
		.locator('.section-summary')
		.getByRole('link', { name: '11xx - Request issues' })
		.click();

	await expect(page).toHaveURL(/\/binance-usdm\/11xx-request-issues\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('11xx - Request issues');
	const rows = page.locator('.code-table tbody tr');
	await expect(rows).toHaveCount(28);
	await rows.filter({ hasText: 'BAD_SYMBOL' }).getByRole('link', { name: '-1121' }).click();

	await expect(page).toHaveURL(/\/binance-usdm\/-1121\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('-1121 BAD_SYMBOL');
	await expect(page.locator('#message-1')).toHaveText('Invalid symbol.');
	await expect(page.locator('.code-facts')).toContainText('11xx - Request issues');
	await expect(
		page.getByRole('link', { name: /Next.*-1122 INVALID_SYMBOL_STATUS/s }),
	).toBeVisible();
	await expect(page.getByRole('link', { name: /Previous.*-1120 BAD_INTERVAL/s })).toBeVisible();
});

test('the sidebar lists every dialect and the sections of the current one, never codes', async ({
	page,
}) => {
	await page.goto('binance-usdm/-1121/');
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar.locator('a', { hasText: '11xx - Request issues' }).first()).toHaveAttribute(
		'href',
		/\/binance-usdm\/11xx-request-issues\/$/,
	);
	await expect(sidebar.locator('a', { hasText: 'Gateway API' })).toHaveAttribute(
		'href',
		/\/gateway\/$/,
	);
	await expect(sidebar.locator('a', { hasText: 'Signature Errors (12xx)' })).toHaveCount(0);
	await expect(sidebar.locator('a', { hasText: /-\d{4}/ })).toHaveCount(0);

	await sidebar.locator('a', { hasText: 'Gateway API' }).click();
	await expect(page).toHaveURL(/\/gateway\/$/);
	await expect(sidebar.locator('a', { hasText: 'Signature Errors (12xx)' })).toHaveCount(1);
	await expect(sidebar.locator('a', { hasText: '11xx - Request issues' })).toHaveCount(0);
});

test('a page outside the dialects lists every dialect in its sidebar, and pages on from the last', async ({
	page,
}) => {
	// The config's sidebar has no dialects: route middleware fills them in from the collection.
	await page.goto('compare/');
	const sidebar = page.locator('#starlight__sidebar');
	const links = sidebar.locator('a[href]');
	for (const dialect of DIALECTS)
		await expect(sidebar.locator(`a[href$="/${dialect.id}/"]`)).toHaveCount(1);
	const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
	const compare = hrefs.findIndex((href) => href?.endsWith('/compare/'));
	expect(compare).toBe(DIALECTS.length);
	await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', hrefs[compare - 1]!);
	await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', hrefs[compare + 1]!);
});

test('a code page highlights placeholders and credits its sources', async ({ page }) => {
	await page.goto('binance-usdm/-1003/');
	await expect(page.locator('.message-list li')).toHaveCount(2);
	await expect(page.locator('#message-1 code.placeholder')).toHaveText('%s');
	await page.goto('binance-usdm/-1103/');
	await expect(page.locator('.meaning')).toContainText(
		'An unknown parameter was sent, or not all parameters were read.',
	);
	await expect(page.locator('.meaning')).toContainText('(from Error Codes (summary))');
	await expect(page.locator('.meaning')).toContainText('Shared with -1104');
	await expect(page.getByRole('link', { name: 'Error Codes' })).toHaveAttribute(
		'href',
		/developers\.binance\.com/,
	);
});

test('a section with ranges shows them as ranges', async ({ page }) => {
	await page.goto('binance-usdm/40xx-filter-and-risk-control-issues/');
	await expect(page.locator('.code-table tbody tr')).toHaveCount(11);
	await expect(page.locator('.range-list li')).toHaveCount(7);
	await expect(page.locator('.range-list')).toContainText('-4001 to -4014');
});

test('a code page at 375 px has no horizontal scroll', async ({ page }) => {
	await expectNoSideScroll(page, [
		'binance-usdm/-1125/',
		'gateway/-1000/',
		'binance-usdm/-4164/',
		'binance-usdm/11xx-request-issues/',
	]);
});

test('the home page decodes a pasted error', async ({ page }) => {
	await page.goto('./');
	await page.locator('#atlas-decode-input').fill('binance {"code":-1121,"msg":"Invalid symbol."}');
	await expect(page.getByRole('link', { name: /-1121/ }).first()).toBeVisible();
});
