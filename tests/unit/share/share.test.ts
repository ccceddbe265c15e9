import { describe, expect, test } from 'vitest';
import { readAtlas } from '../../../src/lib/atlas.ts';
import { absoluteUrl, codeHead, shareTexts } from '../../../src/lib/share/share.ts';
import { openSearchXml } from '../../../src/lib/share/opensearch.ts';
import type { CodeEntry } from '../../../src/lib/model/model.ts';
import { SEEDS } from '../helpers/sources.ts';

const atlas = readAtlas(SEEDS);
const entry = (dialect: string, code: number) =>
	atlas.codes.find((item) => item.dialect === dialect && item.code === code)!;
const dialect = (id: string) => atlas.dialects.find((item) => item.id === id)!;

describe('texts for a ticket', () => {
	test('a named code: its code, name, dialect, first message and link, in Markdown and in plain text', () => {
		// The site hands it the page path under its base path.
		const link = absoluteUrl(`/errors${entry('binance-usdm', -1121).url}`, 'https://example.org');
		expect(link).toBe('https://example.org/errors/binance-usdm/-1121/');
		expect(shareTexts(entry('binance-usdm', -1121), dialect('binance-usdm'), link)).toEqual({
			link,
			markdown:
				'[-1121 BAD_SYMBOL (Binance USDⓈ-M Futures)](https://example.org/errors/binance-usdm/-1121/): `Invalid symbol.`',
			plain:
				'-1121 BAD_SYMBOL (Binance USDⓈ-M Futures): Invalid symbol. https://example.org/errors/binance-usdm/-1121/',
		});
	});

	test('of several messages, the first; its placeholders as written', () => {
		const texts = shareTexts(
			entry('binance-usdm', -1003),
			dialect('binance-usdm'),
			'https://x.test/binance-usdm/-1003/',
		);
		expect(texts.markdown).toBe(
			'[-1003 TOO_MANY_REQUESTS (Binance USDⓈ-M Futures)](https://x.test/binance-usdm/-1003/): `Too many requests; current limit is %s requests per minute. Please use the websocket for live updates to avoid polling the API.`',
		);
		expect(texts.plain).toMatch(
			/^-1003 TOO_MANY_REQUESTS \(Binance USDⓈ-M Futures\): Too many requests; current limit is %s requests .* https:\/\/x\.test\/binance-usdm\/-1003\/$/,
		);
	});

	test('a code without a name is labelled by its message, once', () => {
		const texts = shareTexts(
			entry('gateway', -1121),
			dialect('gateway'),
			'https://x.test/gateway/-1121/',
		);
		expect(entry('gateway', -1121).title).toBe(entry('gateway', -1121).messages[0]);
		expect(texts.plain).toBe(
			`-1121 ${entry('gateway', -1121).title} (Gateway API) https://x.test/gateway/-1121/`,
		);
		expect(texts.markdown).toBe(
			`[-1121 ${entry('gateway', -1121).title} (Gateway API)](https://x.test/gateway/-1121/)`,
		);
	});

	test('a code without a message is named and linked', () => {
		const silent = { ...entry('binance-usdm', -1121), messages: [] } as CodeEntry;
		const texts = shareTexts(silent, { name: 'V' }, 'https://x.test/v/-1121/');
		expect(texts.markdown).toBe('[-1121 BAD_SYMBOL (V)](https://x.test/v/-1121/)');
		expect(texts.plain).toBe('-1121 BAD_SYMBOL (V) https://x.test/v/-1121/');
	});

	test('brackets and line breaks cannot break the Markdown link', () => {
		const odd = {
			...entry('binance-usdm', -1121),
			name: 'A]B[C\\',
			messages: ['two\nlines'],
		} as CodeEntry;
		const texts = shareTexts(odd, { name: 'V' }, 'https://x.test/a (b)/');
		expect(texts.markdown).toBe(
			'[-1121 A\\]B\\[C\\\\ (V)](https://x.test/a%20%28b%29/): `two lines`',
		);
		expect(texts.plain).toBe('-1121 A]B[C\\ (V): two lines https://x.test/a (b)/');
	});

	test('backticks and Markdown marks in a message stay the message', () => {
		const odd = { ...entry('binance-usdm', -1121), messages: ['use `a` or *b*_c_'] };
		expect(shareTexts(odd, { name: 'V' }, 'https://x.test/').markdown).toBe(
			'[-1121 BAD_SYMBOL (V)](https://x.test/): ``use `a` or *b*_c_``',
		);
		const edge = { ...entry('binance-usdm', -1121), messages: ['`x`'] };
		expect(shareTexts(edge, { name: 'V' }, 'https://x.test/').markdown).toBe(
			'[-1121 BAD_SYMBOL (V)](https://x.test/): `` `x` ``',
		);
	});
});

test('the unfurl names the code and the dialect, and so does its search result', () => {
	expect(
		codeHead(
			entry('binance-usdm', -1121),
			dialect('binance-usdm'),
			'/errors/api/v1/binance-usdm/-1121.json',
		),
	).toEqual([
		{
			tag: 'meta',
			attrs: {
				property: 'og:title',
				content: '-1121 BAD_SYMBOL · Binance USDⓈ-M Futures',
				'data-pagefind-meta': 'title[content]',
			},
		},
		{
			tag: 'meta',
			attrs: { name: 'twitter:title', content: '-1121 BAD_SYMBOL · Binance USDⓈ-M Futures' },
		},
		{
			tag: 'link',
			attrs: {
				rel: 'alternate',
				type: 'application/json',
				href: '/errors/api/v1/binance-usdm/-1121.json',
			},
		},
	]);
});

test('the OpenSearch description uses absolute URLs under the base path', () => {
	const xml = openSearchXml({
		root: 'https://example.org/errors/',
		shortName: 'Error Atlas',
		description: 'Codes & names',
	});
	expect(xml).toContain('template="https://example.org/errors/search/?q={searchTerms}"');
	expect(xml).toContain('<Description>Codes &#38; names</Description>');
	expect(xml).toContain('<moz:SearchForm>https://example.org/errors/search/</moz:SearchForm>');
});
