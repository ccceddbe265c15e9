import { expect, test, type Page } from '@playwright/test';
import { CODES, pathOf } from './shipped.ts';

/** Fails the test on any dialog or script error: pasted text must never run. */
function watchForScripts(page: Page): { dialogs: string[]; errors: string[] } {
	const seen = { dialogs: [] as string[], errors: [] as string[] };
	page.on('dialog', (dialog) => {
		seen.dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => seen.errors.push(error.message));
	return seen;
}

const box = (page: Page) => page.locator('atlas-decode');
const results = (page: Page) => box(page).locator('.atlas-decode-result');

test('paste a payload, see every tied dialect, choose one', async ({ page }) => {
	await page.goto('decode/');
	await box(page)
		.locator('textarea')
		.fill('ccxt.base.errors.BadSymbol: somevenue {"code":-1121,"msg":"Invalid symbol."}');
	// Every -1121 whose message is "Invalid symbol." fits as well as the others.
	// A translation's messages count too: a Chinese page may give the English text the API sends.
	const says = (entry: (typeof CODES)[number], text: string) =>
		[entry.messages, ...Object.values(entry.translations).map((t) => t.messages)].some((messages) =>
			messages.includes(text),
		);
	// Of those, the ones ccxt raises the paste's BadSymbol for come first (all of them, where each does).
	const fitting = CODES.filter((entry) => entry.id === '-1121' && says(entry, 'Invalid symbol.'));
	const classed = fitting.filter((entry) => entry.ccxt?.class === 'BadSymbol');
	const fits = (classed.length > 0 ? classed : fitting).length;
	expect(fits).toBeGreaterThanOrEqual(3);
	await expect(box(page).locator('.atlas-decode-status')).toContainText('Read code -1121');
	await expect(box(page).locator('.atlas-decode-status')).toContainText(
		`${fits} pages fit equally well`,
	);
	const tied = results(page).filter({ hasText: 'code and message match' });
	await expect(tied).toHaveCount(fits);
	await expect(
		tied.filter({ hasText: 'ccxt raises BadSymbol for it, as in the paste' }),
	).toHaveCount(classed.length);
	await expect(results(page).nth(fits)).toContainText('code matches, message differs');
	await expect(box(page)).not.toContainText('score');

	// A tie is not settled by the button: it points at the tied pages.
	await box(page).getByRole('button', { name: 'Open the best match' }).click();
	await expect(box(page).locator('.atlas-decode-status')).toContainText(
		`${fits} pages fit equally well; choose the one for the venue you called.`,
	);
	await expect(page).toHaveURL(/\/decode\/\?q=/);

	const top = results(page).first().getByRole('link');
	const target = new URL((await top.getAttribute('href')) ?? '', page.url()).pathname;
	expect(fitting.map(pathOf)).toContain(target);
	await top.click();
	await expect(page).toHaveURL(new RegExp(`${target}$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText('-1121');
});

test('a venue named in the paste ranks its dialects first', async ({ page }) => {
	await page.goto('decode/');
	await box(page)
		.locator('textarea')
		.fill('POST https://fapi.binance.com/fapi/v1/order {"code":-1121,"msg":"Invalid symbol."}');
	await expect(results(page).first()).toContainText('Binance USDⓈ-M Futures');
	await expect(results(page).first()).toContainText('the paste names this venue');
	await box(page).getByRole('button', { name: 'Open the best match' }).click();
	await expect(page).toHaveURL(/\/binance-usdm\/-1121\/$/);
});

test('a bare code says no message was compared; a number inside a range answers as a range', async ({
	page,
}) => {
	await page.goto('decode/');
	await box(page).locator('textarea').fill('-2010');
	await expect(results(page).first()).toContainText('code matches; no message given to compare');
	await expect(box(page)).not.toContainText('message differs');
	await box(page).locator('textarea').fill('{"code":-4061,"msg":"x"}');
	const range = results(page).filter({
		hasText: 'inside a range the dialect documents as a whole, not a documented code',
	});
	await expect(range).toHaveCount(1);
	await expect(range).toContainText('-4059 to -4068');
	await expect(range.getByRole('link')).toHaveAttribute('href', /\/binance-usdm\/40xx-/);
});

test('Enter on the button opens the best match', async ({ page }) => {
	await page.goto('decode/');
	await box(page).locator('textarea').fill('{"code":-1001,"msg":"Disconnected from server"}');
	await expect(results(page).first()).toContainText('Gateway API');
	await box(page).getByRole('button', { name: 'Open the best match' }).click();
	await expect(page).toHaveURL(/\/gateway\/-1001\/$/);
});

test('?q= prefills the box and decodes, with the filled-in values shown', async ({ page }) => {
	const paste =
		'APIError(code=-1003): Too many requests; current limit is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API.';
	await page.goto(`decode/?q=${encodeURIComponent(paste)}`);
	await expect(box(page).locator('textarea')).toHaveValue(paste);
	const first = results(page).first();
	// Any dialect whose -1003 says so (Binance's futures pages all do).
	const says = CODES.filter(
		(entry) =>
			entry.id === '-1003' &&
			entry.messages.some((message) => message.startsWith('Too many requests; current limit is')),
	).map((entry) => entry.dialect);
	expect(says).toContain('binance-usdm');
	await expect(first.getByRole('link')).toHaveAttribute(
		'href',
		new RegExp(`/(${says.join('|')})/-1003/$`),
	);
	await expect(first.locator('mark.atlas-decode-filled')).toHaveText('2400');
	await expect(first).toContainText('current limit is 2400 requests per minute');
});

test('typing keeps ?q= in step, so the decode can be linked', async ({ page }) => {
	await page.goto('decode/');
	await box(page).locator('textarea').fill('-1121');
	await expect(results(page).first()).toBeVisible();
	await expect(page).toHaveURL(/\/decode\/\?q=-1121$/);
	await expect(box(page).locator('.atlas-decode-link')).toHaveAttribute(
		'href',
		/\/decode\/\?q=-1121$/,
	);
});

test('no match says so and suggests the nearest codes', async ({ page }) => {
	await page.goto('decode/');
	await box(page).locator('textarea').fill('{"code":-1124,"msg":"nope"}');
	await expect(box(page).locator('.atlas-decode-status')).toContainText('Nothing matches');
	await expect(box(page).locator('.atlas-decode-suggestion').first()).toContainText('-1125');
	await expect(results(page)).toHaveCount(0);
});

for (const via of ['typed', '?q=']) {
	test(`pasted HTML stays text (${via})`, async ({ page }) => {
		const seen = watchForScripts(page);
		const hostile =
			'<img src=x onerror=alert(1)><script>alert(2)</script> error -1121 <b>Invalid symbol.</b>';
		if (via === '?q=') {
			await page.goto(`decode/?q=${encodeURIComponent(hostile)}`);
		} else {
			await page.goto('decode/');
			await box(page).locator('textarea').fill(hostile);
		}
		await expect(box(page).locator('.atlas-decode-status')).toContainText('<b>Invalid symbol.</b>');
		await expect(box(page).locator('img, script:not([src]), b')).toHaveCount(0);
		await page.waitForTimeout(300);
		expect(seen.dialogs).toEqual([]);
		expect(seen.errors).toEqual([]);
	});
}

test('a 1 MB paste is cut to what the decoder reads, decodes, and the page stays responsive', async ({
	page,
}) => {
	await page.goto('decode/');
	await page.locator('atlas-decode textarea').focus();
	const timing = await page.evaluate(async () => {
		const area = document.querySelector<HTMLTextAreaElement>('atlas-decode textarea');
		const list = document.querySelector('atlas-decode ol');
		if (!area || !list) throw new Error('no paste box');
		const data = new DataTransfer();
		data.setData(
			'text/plain',
			`${'INFO heartbeat ok\n'.repeat(60_000)}{"code":-1121,"msg":"Invalid symbol."}`,
		);
		const rendered = new Promise<void>((resolve) =>
			new MutationObserver((_, observer) => (observer.disconnect(), resolve())).observe(list, {
				childList: true,
			}),
		);
		const started = performance.now();
		area.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
		);
		const handled = performance.now() - started;
		await rendered;
		// A frame after the results, to count the layout of the box too.
		await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
		return { handled, total: performance.now() - started, kept: area.value.length };
	});
	expect(timing.kept).toBeLessThanOrEqual(2 * 64 * 1024 + 1);
	expect(timing.handled).toBeLessThan(200);
	expect(timing.total).toBeLessThan(2000);
	await expect(results(page).first()).toContainText('-1121');
	await expect(page.locator('atlas-decode .atlas-decode-status')).toContainText(
		'the box keeps its first and last 64 KB',
	);
	await expect(page.locator('atlas-decode .atlas-decode-link')).toBeHidden();
});

test('a decode fetches the decoder head and the few parts the paste leads to, never the whole index', async ({
	page,
}) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/api/v1/decoder')) fetched.push(new URL(request.url()).pathname);
	});
	await page.goto('decode/');
	await box(page).locator('textarea').fill('{"code":-1121,"msg":"Invalid symbol."}');
	await expect(results(page).first()).toContainText('-1121');
	expect(fetched.some((path) => path.endsWith('/api/v1/decoder/head.json'))).toBe(true);
	expect(fetched.some((path) => path.endsWith('/decoder.json'))).toBe(false);
	const parts = fetched.filter((path) => !path.endsWith('/head.json'));
	expect(parts.length).toBeGreaterThan(0);
	expect(parts.length).toBeLessThanOrEqual(8);

	// Another paste fetches only the parts it adds, each part once.
	await box(page).locator('textarea').fill('{"code":-1121,"msg":"Invalid symbol."} again');
	await expect(box(page).locator('.atlas-decode-status')).toContainText('Read code -1121');
	expect(new Set(fetched).size).toBe(fetched.length);
});
