/**
 * A code page answers first: what the code means, then what to do. These tests pin the
 * order and the layout at a phone's size and on a desktop, in both themes.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/** Whether an element lies wholly inside the first screen (not scrolled, not cut at the right edge). */
async function onFirstScreen(
	locator: Locator,
	viewport: { width: number; height: number },
): Promise<boolean> {
	const box = await locator.boundingBox();
	return (
		box !== null &&
		box.y >= 0 &&
		box.y + box.height <= viewport.height &&
		box.x >= 0 &&
		box.x + box.width <= viewport.width
	);
}

/** Names whose lines wrap anywhere but after an underscore, as `TOO_MANY_REQU|ESTS`. */
async function namesCutMidWord(page: Page, selector: string): Promise<string[]> {
	return page.locator(selector).evaluateAll((elements) =>
		elements.flatMap((element) => {
			const text = element.textContent ?? '';
			const range = document.createRange();
			const tops: number[] = [];
			let offset = 0;
			// Walk the text nodes: <wbr> splits a name into several.
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				for (let i = 0; i < (node.textContent ?? '').length; i++, offset++) {
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					tops[offset] = Math.round(range.getBoundingClientRect().top);
				}
			}
			const cuts = tops.flatMap((top, i) =>
				i > 0 && top > tops[i - 1] + 2 && text[i - 1] !== '_'
					? [`${text.slice(0, i)}|${text.slice(i)}`]
					: [],
			);
			return cuts;
		}),
	);
}

for (const theme of ['light', 'dark'] as const) {
	test.describe(`${theme} theme`, () => {
		test.beforeEach(async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
		});

		for (const [size, viewport] of Object.entries({ phone: PHONE, desktop: DESKTOP })) {
			test(`on a ${size}, the first screen holds the code, its name, dialect, messages and meaning`, async ({
				page,
			}) => {
				await page.setViewportSize(viewport);
				for (const path of ['binance-usdm/-1121/', 'binance-usdm/-1003/', 'gateway/-2010/']) {
					await page.goto(path);
					const title = page.getByRole('heading', { level: 1 });
					const parts = [
						title.locator('.code-id'),
						title.locator('.code-name, .code-title-text'),
						page.locator('.code-facts').getByRole('link').first(),
						page.locator('[id^="message-"]').last(),
						page.locator('.meaning'),
					];
					for (const part of parts)
						expect(
							await onFirstScreen(part, viewport),
							`${path} at ${viewport.width}px: ${part.toString()}`,
						).toBe(true);
					// The copy buttons come after the answer, not before it.
					const copy = page.getByRole('button', { name: 'Copy link' });
					const [meaning, buttons] = [
						await page.locator('.meaning').boundingBox(),
						await copy.boundingBox(),
					];
					expect(buttons!.y).toBeGreaterThan(meaning!.y);
					const advice = await page.locator('#what-to-do').boundingBox();
					expect(buttons!.y, `${path}: copy buttons after "What to do"`).toBeGreaterThan(advice!.y);
				}
			});
		}

		test('names and codes are monospace and wrap only after an underscore, at 375 px', async ({
			page,
		}) => {
			await page.setViewportSize(PHONE);
			for (const path of [
				'binance-usdm/-1003/',
				'binance-usdm/11xx-request-issues/',
				'binance-usdm/-1102/',
				'codes/-1121/',
				'binance-options/',
				'concepts/invalid-symbol/',
			]) {
				await page.goto(path);
				const names = page.locator('main .code-name');
				expect(await names.count(), path).toBeGreaterThan(0);
				expect(await namesCutMidWord(page, 'main .code-name'), path).toEqual([]);
				const fonts = await names.evaluateAll((elements) => [
					...new Set(elements.map((element) => getComputedStyle(element).fontFamily)),
				]);
				for (const font of fonts) expect(font, path).toMatch(/mono|courier|consolas|menlo/i);
			}
			await page.goto('binance-usdm/-1003/');
			await expect(page.locator('h1 .code-id')).toHaveCSS(
				'font-family',
				/mono|courier|consolas|menlo/i,
			);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('-1003 TOO_MANY_REQUESTS');
		});
	});
}

test('a row a source wrote for two codes is shown as shared, on the page and in the JSON', async ({
	page,
	request,
	baseURL,
}) => {
	await page.goto('binance-usdm/-1121/');
	const meaning = page.locator('.meaning');
	await expect(meaning).toContainText('Shared with -1120: Invalid time interval or trading pair.');
	await expect(meaning.getByRole('link', { name: '-1120' })).toHaveAttribute(
		'href',
		/\/binance-usdm\/-1120\/$/,
	);
	await expect(
		meaning.locator('[data-pagefind-ignore]', {
			hasText: 'Invalid time interval or trading pair.',
		}),
	).toHaveCount(1);
	const entry = await (await request.get(`${baseURL}api/v1/binance-usdm/-1121.json`)).json();
	expect(entry.summary).toMatchObject({
		text: 'Invalid time interval or trading pair.',
		sharedWith: ['-1120'],
	});
	// A summary of this code alone is not marked.
	await page.goto('binance-usdm/-1003/');
	await expect(page.locator('.meaning')).not.toContainText('Shared with');
});

test("what to do: the source's solution, then the concept's advice, then one line on retrying", async ({
	page,
}) => {
	await page.goto('gateway/-2010/');
	const section = page.locator('main');
	const solution = section.locator('.advice-solution');
	await expect(solution).toContainText('Deposit funds or reduce order size');
	await expect(solution).toContainText('(from Error Codes Reference)');
	const concept = section.locator('.advice-concept');
	await expect(concept.getByRole('heading', { level: 3 })).toHaveText('Insufficient balance');
	await expect(concept).toContainText('The account does not hold enough of the asset');
	await expect(concept.locator('.retry-advice')).toHaveText(
		'Retry: only once the request is fixed. Sent unchanged, it fails the same way.',
	);
	const order = await page.evaluate(() =>
		[
			'#what-to-do',
			'.advice-solution',
			'.advice-concept h3',
			'.retry-advice',
			'.share-actions',
		].map((selector) => document.querySelector(selector)!.getBoundingClientRect().top),
	);
	expect(order).toEqual([...order].sort((a, b) => a - b));
	// A class label, not the concept's slug or class id.
	await expect(section).not.toContainText('balance-margin');
});

test('a ban is not retried with backoff: the advice follows the message', async ({ page }) => {
	await page.goto('binance-usdm/-1003/');
	const lines = page.locator('.retry-advice li');
	await expect(lines).toHaveCount(2);
	await expect(lines.nth(0)).toContainText('message 1');
	await expect(lines.nth(0)).toContainText('exponential backoff');
	await expect(lines.nth(1)).toContainText('message 2');
	await expect(lines.nth(1)).toContainText('not before the time in the message');
	await expect(lines.nth(1).getByRole('link', { name: 'message 2' })).toHaveAttribute(
		'href',
		'#message-2',
	);
	await expect(page.locator('#message-2')).toContainText('IP banned until');
});

test('one message is a message, not a numbered list', async ({ page }) => {
	await page.goto('binance-usdm/-1121/');
	await expect(page.getByRole('heading', { level: 2, name: 'Message', exact: true })).toBeVisible();
	await expect(page.locator('#message-1')).toHaveText('Invalid symbol.');
	await expect(page.locator('main ol.message-list')).toHaveCount(0);
	await page.goto('binance-usdm/-1003/');
	await expect(page.locator('main ol.message-list > li')).toHaveCount(2);
});

test('sources are named by their titles and linked upstream; no file names, no scores', async ({
	page,
}) => {
	for (const path of [
		'binance-usdm/-1121/',
		'binance-usdm/-1103/',
		'binance-usdm/40xx-filter-and-risk-control-issues/',
		'binance-usdm/',
		'gateway/-2010/',
	]) {
		await page.goto(path);
		const text = (await page.locator('main').textContent()) ?? '';
		expect(text, path).not.toMatch(/\b[\w-]+\.md\b/);
		expect(text, path).not.toMatch(/\bscore\b/i);
	}
	await page.goto('binance-usdm/-1121/');
	await expect(
		page.locator('.source-list').getByRole('link', { name: 'Error Codes', exact: true }),
	).toHaveAttribute('href', /^https:\/\/developers\.binance\.com\//);
	await page.goto('binance-usdm/40xx-filter-and-risk-control-issues/');
	await expect(page.locator('.range-list')).toContainText('per Error Codes (summary)');
});

test('concept groups are headed by their titles, not their ids', async ({ page }) => {
	await page.goto('concepts/');
	const headings = await page.locator('main h2').allTextContents();
	expect(headings).toContain('Rate limit');
	expect(headings).toContain('Balance and margin');
	for (const heading of headings) expect(heading).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
});

test('the 40xx table is in code order, and so are the number and comparison tables', async ({
	page,
}) => {
	const inOrder = (codes: number[]) =>
		codes.every((code, i) => i === 0 || Math.abs(code) >= Math.abs(codes[i - 1]));
	await page.goto('binance-usdm/40xx-filter-and-risk-control-issues/');
	const section = (
		await page.locator('.code-table tbody tr td:first-child a').allTextContents()
	).map(Number);
	expect(section).toEqual([
		-4028, -4118, -4161, -4164, -4183, -4184, -4192, -4400, -4401, -4402, -4403,
	]);
	await page.goto('binance-usdm/');
	for (const table of await page.locator('.code-table').all()) {
		expect(
			inOrder((await table.locator('tbody tr td:first-child a').allTextContents()).map(Number)),
		).toBe(true);
	}
	// The shipped atlas's matrix is split into block pages: the 11xx block.
	await page.goto('compare/11xx/');
	const numbers = await page
		.locator('.matrix-numbers tbody tr[data-code]')
		.evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-code'))));
	expect(numbers.length).toBeGreaterThan(20);
	expect(inOrder(numbers)).toBe(true);
});

test.describe('wide tables on a phone', () => {
	test.use({ viewport: PHONE });

	for (const path of [
		'codes/-1121/',
		'binance-usdm/11xx-request-issues/',
		'binance-usdm/',
		'gateway/',
		'concepts/invalid-symbol/',
	]) {
		test(`${path}: every row is a card with labelled cells, no column off screen`, async ({
			page,
		}) => {
			await page.goto(path);
			const table = page.locator('main table.stack-table').first();
			await expect(table).toBeVisible();
			await expect(table.locator('thead')).toHaveCSS('position', 'absolute');
			const cells = table.locator('tbody :is(td, th)');
			const outside = await cells.evaluateAll(
				(elements) =>
					elements.filter((element) => element.getBoundingClientRect().right > window.innerWidth)
						.length,
			);
			expect(outside).toBe(0);
			const label = await cells
				.first()
				.evaluate((element) => getComputedStyle(element, '::before').content);
			expect(label).toContain(await cells.first().getAttribute('data-label'));
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}

	test('on a desktop the same tables are tables', async ({ page }) => {
		await page.setViewportSize(DESKTOP);
		await page.goto('codes/-1121/');
		await expect(page.locator('main table.stack-table thead')).not.toHaveCSS(
			'position',
			'absolute',
		);
		await expect(page.locator('main table.stack-table tbody tr').first()).toHaveCSS(
			'display',
			'table-row',
		);
	});
});
