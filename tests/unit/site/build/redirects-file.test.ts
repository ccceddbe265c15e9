import { describe, expect, it } from 'vitest';
import {
	parseRedirectsFile,
	redirectFor,
	redirectsFileText,
} from '../../../../src/site/build/redirects-file.ts';

const text = [
	'# comment',
	'/binance-usdm/bad_symbol/ /binance-usdm/-1121/ 301',
	'  /binance-usdm/BAD_SYMBOL/   /binance-usdm/-1121/   301  ',
	'',
	'/old/ /new/',
	'/temporary/ /elsewhere/?from=old 302',
	'/binance-usdm/bad_symbol/ /somewhere-else/ 301',
	'/news/* /blog/:splat 301',
	'/users/:id /u/:id 301',
	'/rewrite/ /index.html 200',
	'/country/ /en/ 302 Country=au',
	'/lonely',
].join('\n');

describe('parseRedirectsFile', () => {
	const rules = parseRedirectsFile(text);

	it('reads the static lines, status 301 when none is given, the first line for a path winning', () => {
		expect([...rules.values()]).toEqual([
			{ from: '/binance-usdm/bad_symbol/', to: '/binance-usdm/-1121/', status: 301 },
			{ from: '/binance-usdm/BAD_SYMBOL/', to: '/binance-usdm/-1121/', status: 301 },
			{ from: '/old/', to: '/new/', status: 301 },
			{ from: '/temporary/', to: '/elsewhere/?from=old', status: 302 },
		]);
	});

	it('leaves out splats, placeholders, rewrites, conditions and lines without a target', () => {
		for (const path of ['/news/*', '/users/:id', '/rewrite/', '/country/', '/lonely'])
			expect(rules.has(path), path).toBe(false);
	});
});

describe('redirectFor', () => {
	const rules = parseRedirectsFile(text);

	it('answers the exact path, case and trailing slash included, keeping the query string', () => {
		expect(redirectFor(rules, '/binance-usdm/bad_symbol/')).toEqual({
			status: 301,
			location: '/binance-usdm/-1121/',
		});
		expect(redirectFor(rules, '/binance-usdm/bad_symbol/', '?utm=x&y=1')).toEqual({
			status: 301,
			location: '/binance-usdm/-1121/?utm=x&y=1',
		});
		expect(redirectFor(rules, '/temporary/', '?a=1')).toEqual({
			status: 302,
			location: '/elsewhere/?from=old&a=1',
		});
		expect(redirectFor(rules, '/binance-usdm/Bad_Symbol/')).toBeNull();
		expect(redirectFor(rules, '/binance-usdm/bad_symbol')).toBeNull();
	});
});

describe('redirectsFileText', () => {
	it('writes the comment, then the lines sorted by path, and reads back the same rules', () => {
		const written = redirectsFileText('what these are\n\nand why', [
			{ from: '/b/', to: '/x/b/', status: 301 },
			{ from: '/B/', to: '/x/b/', status: 301 },
			{ from: '/a/', to: '/x/a/', status: 301 },
		]);
		expect(written).toBe(
			'# what these are\n#\n# and why\n/B/ /x/b/ 301\n/a/ /x/a/ 301\n/b/ /x/b/ 301\n',
		);
		expect([...parseRedirectsFile(written).keys()]).toEqual(['/B/', '/a/', '/b/']);
	});

	it('refuses a path with a space, which would shift the columns', () => {
		expect(() => redirectsFileText('', [{ from: '/a b/', to: '/c/', status: 301 }])).toThrow(
			/space/,
		);
	});
});
