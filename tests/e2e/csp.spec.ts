/**
 * The site runs under its own Content-Security-Policy: every page type, served with the
 * headers of dist/_headers, loads and reacts (search dialog, inline search, theme switch)
 * without a CSP violation, console error or failed request.
 */
import { expect, test } from '@playwright/test';
import { firstResult, openSearchDialog } from './search-dialog.ts';
import { samplePages } from './site-pages.ts';
import { watch } from './watch.ts';

for (const { type, path } of samplePages()) {
	test(`CSP: ${type} (${path}) works under the site's headers`, async ({ page }) => {
		const incidents = await watch(page);
		const response = await page.goto(path);
		const headers = response!.headers();
		expect(headers['content-security-policy'], 'the server sends the CSP of _headers').toMatch(
			/script-src 'self'/,
		);
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBeTruthy();

		if (await page.locator('button[data-open-modal]').isVisible()) {
			await (await openSearchDialog(page)).fill('-1121');
			await firstResult(page, '#starlight__search');
			await page.keyboard.press('Escape');
		}
		const inline = page.locator('atlas-search input.pagefind-ui__search-input');
		if (await inline.count()) {
			await inline.fill('BAD_SYMBOL');
			await firstResult(page, 'atlas-search');
		}
		const theme = page.locator('starlight-theme-select select').first();
		if (await theme.isVisible()) {
			await theme.selectOption('dark');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		}
		expect(incidents).toEqual([]);
	});
}
