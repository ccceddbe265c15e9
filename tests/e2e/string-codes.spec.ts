import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './shipped.ts';

/**
 * A venue whose codes are strings (HTX's `order-accountbalance-error`, Coinbase's
 * `INSUFFICIENT_FUND`), end to end in the browser: its page by slug with the id as written,
 * search by the id, the decoder reading it from a pasted body, another spelling of its address.
 * The code is taken from the built model, so the test follows the shipped sources.
 */
const codes = JSON.parse(readFileSync(join(DIST, 'api/v1/codes.json'), 'utf8')) as Array<{
	dialect: string;
	id: string;
	code: number | null;
	url: string;
	title: string;
}>;
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const stringCodes = codes.filter((entry) => entry.code === null && /[_:-]/.test(entry.id));
const entry = stringCodes.find((candidate) => candidate.id.length >= 12) ?? stringCodes[0];
const route = entry ? entry.url.slice(base.length) : '';

test.describe('string codes', () => {
	test.skip(!entry, 'no shipped venue has string codes');

	test('the page is at its slug and shows the id as written', async ({ page }) => {
		expect(route).toMatch(/^[a-z0-9-]+\/[a-z0-9_-]+\/$/);
		await page.goto(route);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(entry.id);
		await expect(page.locator('#same-code')).toHaveText('Same code elsewhere');
	});

	test('another spelling of the address leads to the page', async ({ page }) => {
		await page.goto(`${entry.dialect}/${encodeURIComponent(entry.id.toUpperCase())}/`);
		await expect(page).toHaveURL(new RegExp(`${route}$`));
	});

	test('the decoder reads it from a pasted body', async ({ page }) => {
		const paste = `{"status":"error","err-code":"${entry.id}","err-msg":"something went wrong","data":null}`;
		await page.goto(`decode/?q=${encodeURIComponent(paste)}`);
		const top = page.locator('atlas-decode .atlas-decode-result').first();
		await expect(top).toContainText(entry.id);
		expect(
			new URL((await top.getByRole('link').getAttribute('href')) ?? '', page.url()).pathname,
		).toBe(entry.url);
	});

	test('its previous and next links are the codes beside it in the venue source', async ({
		page,
	}) => {
		const dialects = JSON.parse(readFileSync(join(DIST, 'api/v1/dialects.json'), 'utf8')) as Array<{
			id: string;
			sections: Array<{ codes: string[] }>;
		}>;
		const order = [
			...new Set(dialects.find((d) => d.id === entry.dialect)!.sections.flatMap((s) => s.codes)),
		];
		const at = order.indexOf(entry.id);
		expect(at).toBeGreaterThanOrEqual(0);
		await page.goto(route);
		for (const [rel, id] of [
			['prev', order[at - 1]],
			['next', order[at + 1]],
		] as const) {
			const link = page.locator(`a[rel="${rel}"]`);
			if (id === undefined) await expect(link).toHaveCount(0);
			else
				await expect(link).toHaveAttribute(
					'href',
					codes.find((code) => code.dialect === entry.dialect && code.id === id)!.url,
				);
		}
	});

	test('search finds it by its id', async ({ page }) => {
		await page.goto(`search/?q=${encodeURIComponent(entry.id)}`);
		const first = page.locator('.pagefind-ui__result-link').first();
		await expect(first).toBeVisible();
		await expect(
			page.locator('.pagefind-ui__result-link').filter({ hasText: entry.id }).first(),
		).toBeVisible();
	});
});
