import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { samplePages } from './site-pages.ts';

// Every page type in light and in dark theme: colour contrast differs between them.
for (const { type, path } of samplePages()) {
	for (const theme of ['light', 'dark'] as const) {
		test(`axe: ${type} (${path}) in ${theme} theme has no violations`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const { violations } = await new AxeBuilder({ page }).analyze();
			const report = violations.map(
				(violation) =>
					`${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
						.slice(0, 5)
						.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join('; ')}`)
						.join('\n')}`,
			);
			expect(report, `${path} in ${theme} theme`).toEqual([]);
		});
	}
}
