import { expect, test } from '@playwright/test';
import { expectNoSideScroll } from './layout.ts';
import { CODES, pathOf } from './shipped.ts';

test('a dialect page leads to its codes in ccxt: each class with its codes, what ccxt does not map, and the map as JSON', async ({
	page,
}) => {
	const usdm = CODES.filter((entry) => entry.dialect === 'binance-usdm');
	const byCode = usdm.filter((entry) => entry.ccxt?.match === 'code');
	const unmapped = usdm.filter((entry) => entry.ccxt && entry.ccxt.match === null);
	expect(byCode.length).toBeGreaterThan(50);

	await page.goto('binance-usdm/');
	await page.getByRole('link', { name: 'In ccxt', exact: true }).click();
	await expect(page).toHaveURL(/\/binance-usdm\/ccxt\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Binance USDⓈ-M Futures in ccxt',
	);
	await expect(page.locator('main')).toContainText(`ccxt maps ${byCode.length} by the code`);

	// Every class the codes raise has its heading and lists exactly its codes.
	const insufficient = usdm.filter(
		(entry) => entry.ccxt?.match && entry.ccxt.class === 'InsufficientFunds',
	);
	const section = page.locator('h3#class-insufficientfunds + p + .table-wrap');
	await expect(section.locator('a.code-link')).toHaveText(
		insufficient.map((entry) => entry.id).sort((a, b) => Number(b) - Number(a)),
	);
	await expect(page.locator('#unmapped ~ .table-wrap').first().locator('a.code-link')).toHaveCount(
		unmapped.length,
	);

	// A code links back to its page, whose "In ccxt" block links here.
	const first = insufficient[0];
	await section.getByRole('link', { name: first.id, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${pathOf(first)}$`));
	await expect(page.locator('.advice-ccxt-class')).toContainText('InsufficientFunds');
	await page
		.locator('.advice-ccxt-class')
		.getByRole('link', { name: /every Binance USDⓈ-M Futures code in ccxt/ })
		.click();
	await expect(page).toHaveURL(/\/binance-usdm\/ccxt\/$/);

	const json = await (await page.request.get('api/v1/binance-usdm/ccxt.json')).json();
	expect(json).toMatchObject({ exchange: 'binance', market: 'linear' });
	for (const entry of byCode) expect(json.exact[entry.id], entry.id).toBe(entry.ccxt!.class);
});

test('the ccxt pages read on a phone', async ({ page }) => {
	await expectNoSideScroll(page, ['binance-spot/ccxt/', 'okx/ccxt/', 'kraken/ccxt/']);
});

test("a code's class leads to every venue's codes that raise it, each dialect with exactly its codes", async ({
	page,
}) => {
	const raises = (klass: string) =>
		CODES.filter((entry) => entry.ccxt?.match && entry.ccxt.class === klass);
	const funds = raises('InsufficientFunds');
	const first = funds.find((entry) => entry.dialect === 'binance-usdm')!;
	await page.goto(pathOf(first).slice(1));
	await page
		.locator('.advice-ccxt-class')
		.getByRole('link', { name: 'every venue’s codes that raise InsufficientFunds' })
		.click();
	await expect(page).toHaveURL(/\/compare\/ccxt\/#class-insufficientfunds$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare by ccxt exception');

	const section = page.locator('section[data-ccxt-class="InsufficientFunds"]');
	await expect(section).toContainText(
		`${funds.length} codes in ${new Set(funds.map((entry) => entry.dialect)).size} dialects`,
	);
	for (const dialect of new Set(funds.map((entry) => entry.dialect))) {
		const row = section.locator(`tr[data-dialect="${dialect}"]`);
		const listed = funds.filter((entry) => entry.dialect === dialect);
		await expect(row.locator('td').nth(0).locator('a.code-link'), dialect).toHaveText(
			listed.filter((entry) => entry.ccxt!.match === 'code').map((entry) => entry.id),
		);
		await expect(row.locator('td').nth(1).locator('a.code-link'), dialect).toHaveText(
			listed.filter((entry) => entry.ccxt!.match !== 'code').map((entry) => entry.id),
		);
	}
	// What ccxt maps to nothing is not listed under its generic class.
	const generic = page.locator('section[data-ccxt-class="ExchangeError"]');
	const unmapped = CODES.find((entry) => entry.ccxt && entry.ccxt.match === null)!;
	await expect(
		generic.locator(`tr[data-dialect="${unmapped.dialect}"] a.code-link`, {
			hasText: new RegExp(`^${unmapped.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
		}),
	).toHaveCount(0);
});

test('a concept page names the class ccxt raises for each of its codes', async ({ page }) => {
	await page.goto('concepts/insufficient-balance/');
	const rows = page
		.locator('.concept-table tbody tr')
		.filter({ has: page.locator('td[data-label="Code"] a') });
	const count = await rows.count();
	expect(count).toBeGreaterThan(10);
	for (let i = 0; i < count; i++) {
		const row = rows.nth(i);
		const href = (await row.locator('td[data-label="Code"] a').getAttribute('href'))!;
		const entry = CODES.find((candidate) => candidate.url === href)!;
		await expect(row.locator('td[data-label="ccxt raises"]'), href).toHaveText(
			entry.ccxt ? new RegExp(`^${entry.ccxt.class}`) : 'not in ccxt',
		);
	}
});

test('the comparison by ccxt class reads on a phone', async ({ page }) => {
	await expectNoSideScroll(page, ['compare/ccxt/', 'concepts/insufficient-balance/']);
});
