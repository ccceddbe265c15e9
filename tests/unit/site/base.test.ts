import { afterEach, describe, expect, test, vi } from 'vitest';
import { joinBase, pathWithBase, pathWithoutBase } from '../../../src/site/base.ts';

afterEach(() => vi.unstubAllEnvs());

describe('joinBase', () => {
	test('joins a base path and a route whichever of them has the slash', () => {
		expect(joinBase('/', 'a/')).toBe('/a/');
		expect(joinBase('/', '/a/')).toBe('/a/');
		expect(joinBase('/errors', '/a/')).toBe('/errors/a/');
		expect(joinBase('/errors/', 'a/')).toBe('/errors/a/');
		expect(joinBase('/errors/', '/')).toBe('/errors/');
		expect(joinBase('/errors/', 'decode/?q=-1121')).toBe('/errors/decode/?q=-1121');
	});
});

describe('pathWithBase', () => {
	test('puts the configured base path in front, read when called', () => {
		expect(pathWithBase('/binance-usdm/-1121/')).toBe('/binance-usdm/-1121/');
		vi.stubEnv('BASE_URL', '/errors/');
		expect(pathWithBase('/binance-usdm/-1121/')).toBe('/errors/binance-usdm/-1121/');
		expect(pathWithBase('/')).toBe('/errors/');
	});
});

describe('pathWithoutBase', () => {
	test('takes the base path off an address, as written; null outside it', () => {
		vi.stubEnv('BASE_URL', '/errors/');
		expect(pathWithoutBase('/errors/binance-usdm/Bad%20Symbol')).toBe('/binance-usdm/Bad%20Symbol');
		expect(pathWithoutBase('/errors/')).toBe('/');
		expect(pathWithoutBase('/errors')).toBe('/');
		expect(pathWithoutBase('/errorsx/a/')).toBeNull();
		expect(pathWithoutBase('/binance-usdm/-1121/')).toBeNull();
	});

	test('under the root, is the address itself', () => {
		expect(pathWithoutBase('/binance-usdm/-1121/')).toBe('/binance-usdm/-1121/');
	});
});
