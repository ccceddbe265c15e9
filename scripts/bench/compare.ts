/**
 * How long filtering the comparison matrix takes: types into the first text/search field inside
 * `<main>` of a page and times from the input event to the last DOM change it causes (a
 * debounced filter is timed with its debounce, which is what a reader waits for).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './search.ts';

export interface FilterTiming {
	term: string;
	/** Null when the input changed nothing in the page. */
	ms: number | null;
}

/** Null when the page has no filter field. */
export async function filterTimings(url: string, terms: string[]): Promise<FilterTiming[] | null> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	try {
		const tab = await browser.newPage();
		await tab.goto(url, { waitUntil: 'networkidle' });
		const field = tab
			.locator('main input[type="search"], main input[type="text"], main input:not([type])')
			.first();
		if ((await field.count()) === 0) return null;
		const out: FilterTiming[] = [];
		for (const term of terms) {
			const ms = await field.evaluate(
				(el, value) =>
					new Promise<number | null>((resolve) => {
						const input = el as HTMLInputElement;
						const main = input.closest('main') ?? document.body;
						let last: number | null = null;
						let quiet: ReturnType<typeof setTimeout>;
						const done = (): void => {
							observer.disconnect();
							resolve(last === null ? null : last - t0);
						};
						const observer = new MutationObserver(() => {
							last = performance.now();
							clearTimeout(quiet);
							quiet = setTimeout(done, 300);
						});
						observer.observe(main, {
							subtree: true,
							childList: true,
							attributes: true,
							characterData: true,
						});
						const t0 = performance.now();
						input.value = value;
						input.dispatchEvent(new Event('input', { bubbles: true }));
						quiet = setTimeout(done, 1000);
					}),
				term,
			);
			out.push({ term, ms });
		}
		return out;
	} finally {
		await browser.close();
	}
}
