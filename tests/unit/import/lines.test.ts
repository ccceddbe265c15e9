import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../../scripts/bench/corpus.ts';
import { splitSource } from '../../../src/lib/import/source-front-matter.ts';
import { headingSplits, readLines, readLinesWhole } from '../../../src/lib/import/lines.ts';
import { SEEDS } from '../helpers/sources.ts';

test('classifies each line by its Markdown block and keeps file line numbers', () => {
	const lines = readLines(
		'#### \\-1000 UNKNOWN\n\n-   An unknown error.\n-   Wraps\nonto here\n\n| Code | Message |\n|---|---|\n| -1 | x |\n',
		10,
	);
	expect(lines.map((l) => [l.line, l.kind, l.text])).toEqual([
		[10, 'heading', '-1000 UNKNOWN'],
		[11, 'blank', ''],
		[12, 'bullet', 'An unknown error.'],
		[13, 'bullet', 'Wraps'],
		[14, 'continuation', 'onto here'],
		[15, 'blank', ''],
		[16, 'row', 'Code | Message'],
		[17, 'delimiter', '|---|---|'],
		[18, 'row', '-1 | x'],
		[19, 'blank', ''],
	]);
	expect(lines[6]).toMatchObject({ header: true, cells: ['Code', 'Message'] });
	expect(lines[8]).toMatchObject({ header: false, cells: ['-1', 'x'] });
});

test('an HTML table keeps entities it does not know as written', () => {
	const lines = readLines(
		'<table>\n<tr><th>Code</th><th>Message</th></tr>\n<tr><td>-1</td><td>a &amp; b &constructor;</td></tr>\n</table>\n',
	);
	expect(lines.find((line) => line.cells?.[0] === '-1')?.cells).toEqual([
		'-1',
		'a & b &constructor;',
	]);
});

test('fenced code keeps its raw lines, quotes are marked', () => {
	const lines = readLines('> Note: see\n\n```\n{ "code": -1 }\n```\n');
	expect(lines.map((l) => l.kind)).toEqual(['text', 'blank', 'code', 'code', 'code', 'blank']);
	expect(lines[0].quoted).toBe(true);
	expect(lines[3].text).toBe('{ "code": -1 }');
});

test('an HTML block that is not a table: plain lines are text, lines of tags alone are blank, markup around text stays as written', () => {
	const lines = readLines(
		'<aside class="warning">\n<strong>error codes</strong>\n<br>\n10300 : Already &amp; again\n<ul><li>CHANNEL_ID: (int)</li></ul>\n</aside>\n',
	);
	expect(lines.map((l) => [l.kind, l.text])).toEqual([
		['blank', ''],
		['text', 'error codes'],
		['blank', ''],
		['text', '10300 : Already & again'],
		['other', '<ul><li>CHANNEL_ID: (int)</li></ul>'],
		['blank', ''],
		['blank', ''],
	]);
});

describe('parsing in parts cut at headings', () => {
	const sources = (dir: string) =>
		readdirSync(dir)
			.filter((name) => name.endsWith('.md'))
			.map((name) => splitSource(name, readFileSync(join(dir, name), 'utf8')).source!);
	const same = (body: string, firstLine = 1) =>
		expect(readLines(body, firstLine)).toEqual(readLinesWhole(body, firstLine));

	test('reads the seeds, every fixture and every corpus format exactly as one whole parse does', () => {
		const fixtures = join(import.meta.dirname, '../../fixtures');
		const dirs = [
			SEEDS,
			...readdirSync(fixtures)
				.map((name) => join(fixtures, name))
				.filter((dir) => statSync(dir).isDirectory()),
		];
		const bodies = dirs.flatMap((dir) => sources(dir).filter(Boolean));
		const corpus = generateCorpus({ dialects: 4, codes: 2_000, seed: 'lines-test' });
		bodies.push(
			...corpus.files.map((file) => splitSource(file.name, file.text).source!).filter(Boolean),
		);
		expect(bodies.length).toBeGreaterThan(10);
		for (const source of bodies) same(source.body, source.bodyLine);
		// The heading-per-code format is what gets cut.
		expect(bodies.some((source) => headingSplits(source.body).length > 0)).toBe(true);
	});

	test('cuts only before column-0 headings outside fences, in parts of a few hundred lines', () => {
		const code = (n: number) => `#### -${1000 + n} NAME_${n}\n\n-   Message ${n}.\n\n`;
		const body = Array.from({ length: 300 }, (_, n) => code(n)).join('');
		const splits = headingSplits(body);
		expect(splits.length).toBeGreaterThan(2);
		const lines = body.split('\n');
		for (const at of splits) expect(lines[at]).toMatch(/^#### -\d+ NAME_\d+$/);
		same(body, 5);
	});

	test('never cuts inside a fence, and not at all across definitions or long HTML blocks', () => {
		const filler = '-   x\n'.repeat(250);
		const fenced = `${filler}\`\`\`\n# not a heading\n\`\`\`\n# a heading\n${filler}~~~~\n# still code\n~~~\n# still code\n~~~~\n# heading\n`;
		const lines = fenced.split('\n');
		expect(headingSplits(fenced).map((at) => lines[at])).toEqual(['# a heading', '# heading']);
		same(fenced);
		for (const reach of [
			`[ref]: https://example.com/\n${filler}# Title [ref]\n${filler}`,
			`<!--\n${filler}# in a comment\n${filler}-->\n# after\n`,
			`${filler}   <pre>\n# in pre\n${filler}</pre>\n# after\n${filler}`,
		]) {
			expect(headingSplits(reach)).toEqual([]);
			same(reach);
		}
	});

	test('reads an indented heading, a heading inside a quote and CRLF line ends alike', () => {
		const filler = '-   x\n'.repeat(250);
		for (const body of [
			`${filler}> # quoted\n> text\n# out\n`,
			`${filler}- item\n  # in item\n# out\n${filler}`,
			`${filler}# one\r\n\r\n-   a\r\n${filler}# two\r\n`
				.replace(/\n/g, '\r\n')
				.replace(/\r\r/g, '\r'),
		])
			same(body);
	});
});
