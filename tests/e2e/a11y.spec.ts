import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { firstResult, openSearchDialog } from './search-dialog.ts';
import { samplePages } from './site-pages.ts';

/** axe's violations on the page as it is now, one readable line per rule and node. */
async function violations(page: Page, include?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page });
	if (include) builder.include(include);
	const { violations } = await builder.analyze();
	return violations.map(
		(violation) =>
			`${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
				.slice(0, 5)
				.map(
					(node) =>
						`    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join('; ')}`,
				)
				.join('\n')}`,
	);
}

// Every page type in light and in dark theme: colour contrast differs between them.
for (const theme of ['light', 'dark'] as const) {
	test.describe(`${theme} theme`, () => {
		test.beforeEach(async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
		});

		for (const { type, path } of samplePages()) {
			test(`axe: ${type} (${path}) has no violations`, async ({ page }) => {
				// axe reads every node: on the largest pages of the shipped atlas (a dialect of a
				// thousand codes) that takes longer than the default 30 s on two cores.
				test.setTimeout(120_000);
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				// Expressive Code makes a code block that overflows focusable from a debounced
				// ResizeObserver: let it finish, as a reader's browser would, before judging.
				await page.waitForFunction(() =>
					[...document.querySelectorAll('pre')].every(
						(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
					),
				);
				expect(await violations(page), `${path} in ${theme} theme`).toEqual([]);
			});
		}

		// Search results are rendered by Pagefind UI after the page loads: check them once all are in
		// (the placeholders Pagefind shows while a result loads are a deliberately faint shimmer).
		test('axe: the search dialog with results has no violations', async ({ page }) => {
			await page.goto('about/');
			await (await openSearchDialog(page)).fill('-1121');
			await firstResult(page, '#starlight__search');
			await expect(page.locator('#starlight__search .pagefind-ui__loading')).toHaveCount(0);
			expect(await violations(page, '#starlight__search')).toEqual([]);
		});

		test('axe: the home page search with results has no violations', async ({ page }) => {
			await page.goto('./');
			await page.locator('atlas-search input.pagefind-ui__search-input').fill('BAD_SYMBOL');
			await firstResult(page, 'atlas-search');
			await expect(page.locator('atlas-search .pagefind-ui__loading')).toHaveCount(0);
			expect(await violations(page)).toEqual([]);
		});
	});
}
