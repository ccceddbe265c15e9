import type { MiddlewareHandler } from 'astro';
import { currentScan } from './scan.ts';

/**
 * Build middleware (added by src/site/build/csp/hashes.ts): hands each rendered HTML page to
 * the CSP scan as Astro writes it. Without an open scan it only passes the response on.
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
	const response = await next();
	const scan = currentScan();
	if (scan && response.headers.get('content-type')?.startsWith('text/html')) {
		scan.page(context.url.pathname, await response.clone().arrayBuffer());
	}
	return response;
};
