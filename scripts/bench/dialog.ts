/**
 * Search as a person runs it: the queries typed key by key into the site's own search box on
 * `/search/`, timed in the page from the last `input` event to the first result drawn with its
 * link. Pagefind's UI waits 300 ms after the last key before it searches, and preloads the
 * term's index chunks during that wait, so this measures what the bench's direct `search()`
 * calls (search.ts) cannot: the wait, the search with its chunks preloaded, the results' data
 * and the drawing.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, percentile } from './search.ts';
import type { Query } from './queries.ts';

export interface DialogBench {
	/** Per query after the first (which loads Pagefind), from the last key to the first result. */
	afterKeyMs: number[];
	medianMs: number;
	p95Ms: number;
}

/** What the page records for the query being timed (`q`; null between queries). */
interface Stamps {
	q: string | null;
	last: number;
	shown: number;
}

/** Milliseconds between keys, a fast typist's pace. */
const KEY_DELAY_MS = 60;

/** Types every query into the search box of `origin + page` in one fresh browser context. */
export async function dialogBench(
	origin: string,
	page: string,
	queries: Query[],
): Promise<DialogBench> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	try {
		const tab = await (await browser.newContext()).newPage();
		await tab.goto(origin + page, { waitUntil: 'networkidle' });
		const input = tab.locator('atlas-search input').first();
		await input.waitFor();
		// Stamped in the page, by one listener and one observer for all queries: the last key's
		// `input` event, and the first mutation after which the box shows a result link (or
		// Pagefind's "No results") under a message naming the query being timed ("12 results
		// for ..."), so results of the query before, still on screen, do not count.
		await tab.evaluate(() => {
			const w = window as unknown as { benchDialog: Stamps };
			const box = document.querySelector('atlas-search')!;
			w.benchDialog = { q: null, last: 0, shown: 0 };
			box.addEventListener('input', () => (w.benchDialog.last = performance.now()), {
				capture: true,
			});
			new MutationObserver(() => {
				const stamps = w.benchDialog;
				if (stamps.q === null || stamps.shown) return;
				const message = (box.querySelector('.pagefind-ui__message')?.textContent ?? '').trim();
				const answered =
					box.querySelector('.pagefind-ui__result-link') || /^no results/i.test(message);
				if (message.endsWith(stamps.q) && answered) stamps.shown = performance.now();
			}).observe(box, { childList: true, subtree: true, characterData: true });
		});
		const times: number[] = [];
		for (const query of queries) {
			// The query before is stamped already, so clearing the box times nothing.
			await input.fill('');
			await tab.evaluate((q) => {
				(window as unknown as { benchDialog: Stamps }).benchDialog = { q, last: 0, shown: 0 };
			}, query.q);
			await input.pressSequentially(query.q, { delay: KEY_DELAY_MS });
			await tab.waitForFunction(
				() => (window as unknown as { benchDialog: Stamps }).benchDialog.shown > 0,
				undefined,
				{ timeout: 30_000 },
			);
			times.push(
				await tab.evaluate(() => {
					const { last, shown } = (window as unknown as { benchDialog: Stamps }).benchDialog;
					return shown - last;
				}),
			);
		}
		const afterKeyMs = times.slice(1);
		return {
			afterKeyMs,
			medianMs: percentile(afterKeyMs, 50),
			p95Ms: percentile(afterKeyMs, 95),
		};
	} finally {
		await browser.close();
	}
}
