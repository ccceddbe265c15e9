import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	IMMUTABLE,
	isGzip,
	searchBundleRules,
} from '../../../../../src/site/build/search/search-headers.ts';

describe('isGzip', () => {
	it('recognises a gzip stream by its first two bytes', () => {
		expect(isGzip(gzipSync('pagefind_dcd'))).toBe(true);
		expect(isGzip(new TextEncoder().encode('export const x = 1;'))).toBe(false);
		expect(isGzip(new Uint8Array([0x1f]))).toBe(false);
	});
});

describe('searchBundleRules', () => {
	it('gives a folder of hashed gzip files one rule, and root files rules of their own', () => {
		const rules = searchBundleRules([
			{ path: 'index/en_1a2b3c4.pf_index', gzip: true },
			{ path: 'index/en_5d6e7f8.pf_index', gzip: true },
			{ path: 'pagefind.en_cb454524b8.pf_meta', gzip: true },
			{ path: 'wasm.en.pagefind', gzip: true },
			{ path: 'pagefind.js', gzip: false },
			{ path: 'pagefind-entry.json', gzip: false },
		]);
		expect(rules).toBe(
			[
				'/pagefind/index/*',
				'  Content-Encoding: gzip',
				`  Cache-Control: ${IMMUTABLE}`,
				'/pagefind/pagefind.en_cb454524b8.pf_meta',
				'  Content-Encoding: gzip',
				`  Cache-Control: ${IMMUTABLE}`,
				// Not hashed: its name stays the same from one build to the next.
				'/pagefind/wasm.en.pagefind',
				'  Content-Encoding: gzip',
			].join('\n'),
		);
	});

	it('splits a folder whose files need different headers into one rule per file', () => {
		const rules = searchBundleRules([
			{ path: 'fragment/en_1a2b3c4.pf_fragment', gzip: true },
			{ path: 'fragment/README.txt', gzip: false },
		]);
		expect(rules).toBe(
			[
				'/pagefind/fragment/en_1a2b3c4.pf_fragment',
				'  Content-Encoding: gzip',
				`  Cache-Control: ${IMMUTABLE}`,
			].join('\n'),
		);
	});

	it('serves under another bundle path and writes nothing for a bundle without gzip files', () => {
		expect(searchBundleRules([{ path: 'wasm.en.pagefind', gzip: true }], '/_pagefind/')).toBe(
			'/_pagefind/wasm.en.pagefind\n  Content-Encoding: gzip',
		);
		expect(searchBundleRules([{ path: 'pagefind.js', gzip: false }])).toBe('');
	});
});
