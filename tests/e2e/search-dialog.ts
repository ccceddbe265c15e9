/**
 * Waits on the search UI with `locator.waitFor`, not `expect(...)` matchers: while what they
 * wait for is not there yet, each of a matcher's polls renders an ARIA snapshot of the whole
 * page for its error message (Playwright 1.60 and later, microsoft/playwright#41098). On the
 * largest pages (about 11,000 elements) that is 0.4 s of the page's main thread per poll, and
 * seconds on a loaded machine, which holds back the very UI it waits for. `waitFor` only
 * queries. The bounds are the matchers'.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the header's search dialog and returns its field once Pagefind has built it. */
export async function openSearchDialog(page: Page): Promise<Locator> {
	const dialog = 'site-search dialog';
	// A click that lands before Starlight's script has wired the button opens nothing: click
	// again, but only then (an open dialog covers the button, and a click on it would wait).
	await expect(async () => {
		await page.locator('button[data-open-modal]').click();
		await page.locator(`${dialog}[open]`).waitFor({ state: 'attached', timeout: 1_000 });
	}).toPass();
	const input = page.locator(`${dialog} #starlight__search input.pagefind-ui__search-input`);
	await input.waitFor({ state: 'visible', timeout: 5_000 });
	return input;
}

/** Waits for the first Pagefind result under `root` (a CSS selector). */
export async function firstResult(page: Page, root: string): Promise<void> {
	await page
		.locator(`${root} .pagefind-ui__result`)
		.first()
		.waitFor({ state: 'visible', timeout: 5_000 });
}
