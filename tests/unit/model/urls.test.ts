import { describe, expect, it } from 'vitest';
import { decodePath, withBase } from '../../../src/lib/model/urls.ts';

describe('decodePath', () => {
	it('is the decoder page without a paste', () => {
		expect(decodePath()).toBe('decode/');
		expect(decodePath('')).toBe('decode/');
	});

	it('carries a paste URL-encoded in ?q=, so none of its characters ends the query or starts a fragment', () => {
		const paste = `{"code":-1121,"msg":"a&b=c #d 'e' <f>"}`;
		const path = decodePath(paste);
		expect(path).toBe(`decode/?q=${encodeURIComponent(paste)}`);
		expect(path.slice('decode/?q='.length)).not.toMatch(/[&#"<> ]/);
		expect(new URL(path, 'https://x.test/').searchParams.get('q')).toBe(paste);
	});

	it('goes under the base path', () => {
		expect(withBase('/errors/', decodePath('-1121'))).toBe('/errors/decode/?q=-1121');
		expect(withBase('/', decodePath('-1121'))).toBe('/decode/?q=-1121');
	});
});
