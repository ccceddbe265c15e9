import { expect, test } from '@playwright/test';
import { expectNoSideScroll } from './layout.ts';
import { hundredBlock } from '../../src/lib/compare/compare.ts';
import { CODES, DIALECTS, pathOf, sameIn } from './shipped.ts';

const numberRows = '.matrix-numbers tbody tr[data-verdict]';

// The shipped atlas splits the matrix into block pages (/compare/<block>/): each test opens the block it needs.
test('filter the matrix to a code and follow a cell to its page', async ({ page }) => {
	await page.goto('compare/20xx/');
	const filter = page.getByRole('searchbox', { name: 'Filter' });
	await filter.fill('-2010');
	const rows = page.locator(`${numberRows}:visible`);
	await expect(rows).toHaveCount(1);
	await expect(page.getByRole('status')).toHaveText(/Showing 1 of \d+ numbers/);
	// Marks are text, not colour: both meanings of -2010 are spelled out.
	await expect(rows.locator('td.verdict')).toContainText('different');
	const gateway = rows.locator('td[data-col="gateway"]');
	// Each meaning has a letter of its own; which letter depends on how many dialects hold -2010.
	await expect(gateway).toContainText(/≠[A-Z]\b/);
	await expect(gateway).toContainText(/different meaning [A-Z]\b/);
	await expect(page).toHaveURL(/\?q=-2010$/);

	await gateway.getByRole('link', { name: 'Insufficient balance' }).click();
	await expect(page).toHaveURL(/\/gateway\/-2010\/$/);
	await expect(page.locator('#same-number')).toBeVisible();
	const other = page.locator('.code-relations li', { hasText: 'Binance USDⓈ-M Futures -2010' });
	await expect(other).toContainText('≠ different meaning');
	await expect(page.locator('.advice-concept h3')).toHaveText('Insufficient balance');
	await expect(
		page.locator('.code-relations').getByRole('link', { name: /Binance USDⓈ-M Futures -2018/ }),
	).toBeVisible();
});

test('conflicts only keeps the numbers that mean different things', async ({ page }) => {
	// The shipped atlas is large enough to split the matrix into block pages: the 11xx block.
	await page.goto('compare/11xx/');
	const all = await page.locator(numberRows).count();
	await page.getByRole('checkbox', { name: 'Conflicts only' }).check();
	const visible = page.locator(`${numberRows}:visible`);
	const conflicts = await visible.count();
	expect(conflicts).toBeGreaterThan(3);
	expect(conflicts).toBeLessThan(all);
	await expect(page.locator(`${numberRows}:visible:not([data-verdict="different"])`)).toHaveCount(
		0,
	);
	await expect(page.locator(`${numberRows}[data-code="-1121"]`)).toBeVisible();
	const same = sameIn('11xx');
	await expect(page.locator(`${numberRows}[data-code="${same}"]`)).toBeHidden();

	await page.getByRole('searchbox', { name: 'Filter' }).fill(String(same));
	await expect(visible).toHaveCount(0);
	await page.getByRole('checkbox', { name: 'Conflicts only' }).uncheck();
	await expect(visible).toHaveCount(1);
});

test('columns toggle, the concept view switches, and the keyboard reaches it all', async ({
	page,
}) => {
	await page.goto('compare/11xx/');
	const gatewayCells = page.locator('.matrix-numbers [data-col="gateway"]');
	await page.getByRole('checkbox', { name: 'Gateway API' }).uncheck();
	await expect(gatewayCells.first()).toBeHidden();
	await page.getByRole('checkbox', { name: 'Gateway API' }).check();
	await expect(gatewayCells.first()).toBeVisible();

	// Keyboard: from the filter, Tab reaches the conflicts box and Space toggles it.
	await page.getByRole('searchbox', { name: 'Filter' }).focus();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('checkbox', { name: 'Conflicts only' })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page.getByRole('checkbox', { name: 'Conflicts only' })).toBeChecked();

	// The concept view is on the index of the blocks.
	await page.goto('compare/');
	await page.getByRole('radio', { name: 'By concept' }).check();
	await expect(page.locator('.matrix-numbers')).toBeHidden();
	const symbol = page.locator('.matrix-concepts tr[data-concept="invalid-symbol"]');
	await expect(symbol).toBeVisible();
	await expect(symbol.locator('td[data-col="gateway"]')).toHaveText('-1120');
	await expect(page).toHaveURL(/#by-concept$/);
	await symbol.getByRole('link', { name: 'Invalid symbol' }).click();
	await expect(page).toHaveURL(/\/concepts\/invalid-symbol\/$/);
	await expect(page.locator('.concept-summary')).toContainText('-1120 on Gateway API');
});

test('the header stays in view while the matrix scrolls', async ({ page }) => {
	await page.goto('compare/11xx/');
	const wrap = page.locator('.matrix-wrap').first();
	const header = page.locator('.matrix-numbers thead th').first();
	const firstRow = page.locator(numberRows).first();
	await wrap.evaluate((element) => element.scrollBy(0, 1500));
	const [box, headerBox, rowBox] = [
		await wrap.boundingBox(),
		await header.boundingBox(),
		await firstRow.boundingBox(),
	];
	// The rows went up out of view; the header sits at the top of the scroll box.
	expect(rowBox!.y).toBeLessThan(box!.y);
	expect(Math.abs(headerBox!.y - box!.y)).toBeLessThanOrEqual(2);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the matrix is a complete table', async ({ page, request }) => {
		await page.goto('compare/11xx/');
		const csv = await (await request.get('api/v1/compare.csv')).text();
		const numbers = csv
			.trimEnd()
			.split('\r\n')
			.filter((line) => line.split(',')[1] === '11xx').length;
		await expect(page.locator(numberRows)).toHaveCount(numbers);
		await expect(page.locator(`${numberRows}:visible`)).toHaveCount(numbers);
		await page.goto('compare/');
		await expect(page.locator('.matrix-concepts')).toBeVisible();
		// The controls need JavaScript, so they stay out of the way.
		await expect(page.locator('.matrix-controls')).toBeHidden();
	});
});

test('a number page gives the verdict and the ranges covering it', async ({ page }) => {
	await page.goto('codes/-2010/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('-2010 across dialects');
	await expect(page.locator('.verdict-box')).toContainText('Means different things');
	await expect(page.locator('.verdict-box')).toContainText('Gateway API: Insufficient balance');
	await page.goto(`codes/${sameIn('11xx')}/`);
	await expect(page.locator('.verdict-box')).toContainText('Same meaning everywhere');
});

test("the address of a number only one code has leads to that code's page, which names the ranges of other dialects covering it", async ({
	page,
}) => {
	// A number one code has, inside a range another dialect describes as a whole.
	const within = (n: number, range: { from: number; to: number }) =>
		Math.min(range.from, range.to) <= n && n <= Math.max(range.from, range.to);
	const found = CODES.filter(
		(entry) =>
			entry.code !== null && CODES.filter((other) => other.code === entry.code).length === 1,
	)
		.map((entry) => ({
			entry,
			range: DIALECTS.filter((dialect) => dialect.id !== entry.dialect)
				.flatMap((dialect) => dialect.ranges)
				.find((range) => within(entry.code!, range)),
		}))
		.find(({ range }) => range !== undefined);
	expect(found).toBeDefined();
	const { entry, range } = found!;
	await page.goto(`codes/${entry.code}/`);
	await expect(page).toHaveURL(new RegExp(`${pathOf(entry)}$`));
	await expect(page.locator('.code-relations')).toContainText(
		`inside the range ${range!.from} to ${range!.to}`,
	);
	await expect(page.locator('.code-relations')).not.toContainText('across dialects');
	// The matrix links it there too.
	await page.goto(`compare/${hundredBlock(entry.code!)}/`);
	await expect(page.locator(`tr[data-code="${entry.code}"] th a`)).toHaveAttribute(
		'href',
		new RegExp(`${pathOf(entry)}$`),
	);
});

test('the compare pages have no horizontal scroll at 375 px', async ({ page }) => {
	await expectNoSideScroll(page, [
		'compare/',
		'compare/11xx/',
		'codes/-2010/',
		'concepts/invalid-symbol/',
		'gateway/-2010/',
	]);
});
