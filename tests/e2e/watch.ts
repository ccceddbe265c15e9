import type { Page } from '@playwright/test';

/**
 * Records what should never happen on a page: a dialog (a script ran `alert`), a console
 * error, an uncaught exception, a failed request, a Content-Security-Policy violation.
 * Call before `page.goto`; read the returned list at the end of the test.
 */
export async function watch(page: Page): Promise<string[]> {
	const incidents: string[] = [];
	page.on('dialog', (dialog) => {
		incidents.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('console', (message) => {
		// Failed loads are reported with their URL below.
		if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
			incidents.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
	page.on('response', (response) => {
		// Chromium asks for /favicon.ico when it shows a non-HTML document such as the JSON API;
		// the 404 page answers missing paths on purpose.
		const expected404 =
			response.status() === 404 &&
			(response.url().endsWith('/favicon.ico') || response.request().isNavigationRequest());
		if (response.status() >= 400 && !expected404)
			incidents.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('requestfailed', (request) =>
		incidents.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
	);
	await page.exposeFunction('__atlasCspViolation', (text: string) =>
		incidents.push(`CSP violation: ${text}`),
	);
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { __atlasCspViolation: (text: string) => void }).__atlasCspViolation(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`,
			);
		});
	});
	return incidents;
}
