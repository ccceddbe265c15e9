import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the header's search dialog and returns its field once Pagefind has built it. */
export async function openSearchDialog(page: Page): Promise<Locator> {
	const dialog = page.locator('site-search dialog');
	// A click that lands before Starlight's script has wired the button opens nothing: click
	// again, but only then (an open dialog covers the button, and a click on it would wait).
	await expect(async () => {
		await page.locator('button[data-open-modal]').click();
		await expect(dialog).toHaveAttribute('open', '', { timeout: 1_000 });
	}).toPass();
	const input = dialog.locator('#starlight__search input.pagefind-ui__search-input');
	await expect(input).toBeVisible();
	return input;
}
