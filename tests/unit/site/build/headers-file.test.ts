import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../../src/site/build/headers-file.ts';

const text = [
	'# comment',
	'/*',
	"  Content-Security-Policy: default-src 'self'; img-src 'self' data:",
	'  X-Content-Type-Options: nosniff',
	'',
	'/pagefind/index/*',
	'  Content-Encoding: gzip',
	'/pagefind/wasm.en.pagefind',
	'  Content-Encoding: gzip',
	'  X-Content-Type-Options: other',
].join('\n');

describe('parseHeadersFile', () => {
	it('reads patterns and their headers, names lower-cased, values kept whole (colons included)', () => {
		const rules = parseHeadersFile(text);
		expect(rules.map((rule) => rule.path)).toEqual([
			'/*',
			'/pagefind/index/*',
			'/pagefind/wasm.en.pagefind',
		]);
		expect(rules[0].headers).toEqual([
			['content-security-policy', "default-src 'self'; img-src 'self' data:"],
			['x-content-type-options', 'nosniff'],
		]);
	});
});

describe('headersFor', () => {
	const rules = parseHeadersFile(text);

	it('gives a path the headers of every rule that matches it, later rules winning', () => {
		expect(Object.fromEntries(headersFor(rules, '/pagefind/wasm.en.pagefind'))).toMatchObject({
			'content-encoding': 'gzip',
			'x-content-type-options': 'other',
		});
		expect(headersFor(rules, '/pagefind/index/en_1a2b3c4.pf_index').get('content-encoding')).toBe(
			'gzip',
		);
	});

	it('matches `*` only where it is written and dots literally', () => {
		expect(headersFor(rules, '/pagefind/pagefind.js').has('content-encoding')).toBe(false);
		expect(headersFor(rules, '/pagefind/wasmXen.pagefind').has('content-encoding')).toBe(false);
		expect(headersFor(rules, '/about/').get('x-content-type-options')).toBe('nosniff');
	});
});
