/**
 * Starlight builds Pagefind's UI in a `requestIdleCallback` with no timeout, and a browser
 * that stays busy may not run such a callback for many seconds (MDN: "a timeout option is
 * strongly recommended for required work"): the search dialog then opens empty. Giving every
 * idle callback that names no timeout a bound of `ms` keeps the dialog usable on a busy page;
 * callers that name one keep theirs. Must run before `DOMContentLoaded`, where Starlight reads
 * `window.requestIdleCallback` (tests/e2e/search.spec.ts fails when it stops doing so).
 */
export function boundIdleCallbacks(ms: number): void {
	const native = window.requestIdleCallback?.bind(window);
	if (!native) return;
	window.requestIdleCallback = (callback, options) => native(callback, { timeout: ms, ...options });
}
