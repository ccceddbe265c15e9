import { describe, expect, it } from 'vitest';
import {
	decodeEntities,
	escapeHtml,
	pagefindFilterValue,
	startTags,
} from '../../../src/site/html.ts';

describe('escapeHtml', () => {
	it('turns markup into text', () => {
		expect(escapeHtml(`</title><script>alert("x")</script> & 'y'`)).toBe(
			'&#60;/title&#62;&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;',
		);
	});

	it('leaves plain text and non-ASCII alone', () => {
		expect(escapeHtml('-1121 BAD_SYMBOL · 无效。')).toBe('-1121 BAD_SYMBOL · 无效。');
	});
});

describe('startTags', () => {
	it('reads quoted attributes holding < and >, decoding character references', () => {
		const [tag] = startTags('<a href="/x?q=&quot;><b>" title=\'1 > 0\' data-x=plain hidden>t</a>');
		expect(tag.name).toBe('a');
		expect(Object.fromEntries(tag.attributes)).toEqual({
			href: '/x?q="><b>',
			title: '1 > 0',
			'data-x': 'plain',
			hidden: '',
		});
	});

	it('keeps the text of raw-text elements as written and finds no tags in it', () => {
		const tags = startTags(
			'<script>if (a < b) x("</div><img src=x>")</script><style>a>b{}</style><p>',
		);
		expect(tags.map((tag) => [tag.name, tag.text])).toEqual([
			['script', 'if (a < b) x("</div><img src=x>")'],
			['style', 'a>b{}'],
			['p', undefined],
		]);
	});

	it('reads <noscript> content as text with scripting on, as markup with scripting off', () => {
		const html = '<noscript><a href="/x/">x</a></noscript>';
		expect(startTags(html).map((tag) => tag.name)).toEqual(['noscript']);
		expect(startTags(html, { scripting: false }).map((tag) => tag.name)).toEqual(['noscript', 'a']);
	});

	it('returns only the tags asked for, still skipping what the others hide', () => {
		const html =
			'<a title="<script>no()</script>">\n<title><style>no{}</style></title><SCRIPT type=module>yes()</script>\n<style>b{}</style>';
		expect(
			startTags(html, { only: new Set(['script', 'style']) }).map((tag) => [
				tag.name,
				Object.fromEntries(tag.attributes),
				tag.line,
				tag.text,
			]),
		).toEqual([
			['script', { type: 'module' }, 2, 'yes()'],
			['style', {}, 3, 'b{}'],
		]);
	});

	it('reads the same tags with and without a filter', () => {
		const html =
			'<!doctype html><html lang=en><head><meta a="1>2" b=\'x\' c><script>x</script></head><body><a href=/x/ =y z = "w">t</a><br/><textarea></p></textarea></body>';
		const all = startTags(html);
		expect(startTags(html, { only: new Set(['a', 'script', 'meta']) })).toEqual(
			all.filter((tag) => ['a', 'script', 'meta'].includes(tag.name)),
		);
		expect(all.map((tag) => tag.name)).toEqual([
			'html',
			'head',
			'meta',
			'script',
			'body',
			'a',
			'br',
			'textarea',
		]);
		expect(Object.fromEntries(all[5].attributes)).toEqual({ href: '/x/', '=y': '', z: 'w' });
	});

	// How long pathological markup takes is measured by the bench (scripts/bench/hostile.ts).
	it('reads pathological input (unclosed quotes, endless tags, no end tags) to the end', () => {
		expect(startTags('<a b="'.repeat(1000))).toHaveLength(1);
		expect(startTags('<a '.repeat(1000))).toHaveLength(1);
		expect(startTags('<script>'.repeat(1000)).map((tag) => tag.name)).toEqual(['script']);
		expect(startTags('<!--'.repeat(1000))).toEqual([]);
	});

	it('skips comments, doctypes and end tags, and counts lines', () => {
		const tags = startTags('<!doctype html>\n<!-- <img src=x> -->\n<html>\n</html><br>');
		expect(tags.map((tag) => `${tag.name}@${tag.line}`)).toEqual(['html@3', 'br@4']);
	});
});

describe('pagefindFilterValue', () => {
	it('drops the characters that could become markup in Pagefind UI’s filter panel', () => {
		expect(pagefindFilterValue('Hostile <img src=x onerror=alert(1)> Venue')).toBe(
			'Hostile img src=x onerror=alert(1) Venue',
		);
		expect(pagefindFilterValue('Orders &lt;b&gt; & Trades')).toBe('Orders lt;b gt; Trades');
	});

	it('leaves real names alone', () => {
		expect(pagefindFilterValue('Binance USDⓈ-M Futures')).toBe('Binance USDⓈ-M Futures');
		expect(pagefindFilterValue('11xx - Request issues')).toBe('11xx - Request issues');
	});
});

describe('decodeEntities', () => {
	it('decodes numeric and common named references and leaves other names as written', () => {
		expect(decodeEntities('&lt;a&gt; &#65;&#x42; &amp;amp;')).toBe('<a> AB &amp;');
		expect(decodeEntities('&constructor; &toString;')).toBe('&constructor; &toString;');
	});
});
