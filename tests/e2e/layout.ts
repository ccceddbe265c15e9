import { expect, type Page } from '@playwright/test';

/** Visits each path at a phone's width and fails if the page scrolls sideways. */
export async function expectNoSideScroll(page: Page, paths: string[]): Promise<void> {
	await page.setViewportSize({ width: 375, height: 800 });
	for (const path of paths) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
	}
}
