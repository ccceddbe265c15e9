import { Worker } from 'node:worker_threads';
import type { InlineHashes } from './policy.ts';

/**
 * The hand-over between the build's middleware (src/site/build/csp/collect.ts), which sees
 * every page Astro renders, and the CSP integration (src/site/build/csp/hashes.ts), which
 * owns the worker that hashes them. The middleware is bundled into Astro's prerender code and
 * the integration is loaded with the config: two copies of this module, one process. They
 * meet on a global, so a render in another process (or `astro dev`) finds no scan and the
 * integration reads the pages from disk instead.
 */
const KEY = Symbol.for('error-atlas.csp-scan');

export interface PageScan {
	/** Hands over one rendered HTML page, by the URL path it was rendered for. */
	page(path: string, bytes: ArrayBuffer): void;
}

export interface ScanResult extends InlineHashes {
	/** The URL paths of the pages scanned. */
	paths: string[];
}

/** The scan open in this process, if any. */
export function currentScan(): PageScan | undefined {
	return (globalThis as Record<symbol, PageScan | undefined>)[KEY];
}

/** Opens a scan on a worker thread; `finish` stops taking pages and resolves with what the worker found. */
export function openScan(): { finish(): Promise<ScanResult> } {
	const worker = new Worker(new URL('./scan.worker.mjs', import.meta.url));
	const result = new Promise<ScanResult>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) =>
			code === 0
				? undefined
				: reject(new Error(`the CSP scan worker stopped with exit code ${code}`)),
		);
	});
	result.catch(() => {});
	const scan: PageScan = { page: (path, bytes) => worker.postMessage({ path, bytes }, [bytes]) };
	(globalThis as Record<symbol, PageScan | undefined>)[KEY] = scan;
	return {
		finish() {
			delete (globalThis as Record<symbol, PageScan | undefined>)[KEY];
			worker.postMessage('done');
			return result;
		},
	};
}
