import { describe, expect, test } from 'vitest';
import { loadAtlas, readAtlas } from '../../src/lib/atlas.ts';
import { AtlasError, formatProblem } from '../../src/lib/problems.ts';
import { header, SEEDS, sourcesDir } from './helpers/sources.ts';

describe('the seeds', () => {
	const atlas = readAtlas(SEEDS);

	test('import with no problem and the exact counts per dialect', () => {
		expect(atlas.problems).toEqual([]);
		expect(atlas.dialects.map((d) => [d.id, d.codeCount])).toEqual([
			['binance-options', 47],
			['binance-usdm', 92],
			['gateway', 70],
			['weex-spot', 36],
		]);
		expect(atlas.codes).toHaveLength(245);
	});

	test('report no unread code-bearing line', () => {
		expect(atlas.reports.flatMap((report) => report.unread.filter((line) => line.codeBearing))).toEqual([]);
	});
});

describe('problems name the file and line', () => {
	const line = (text: string) => `10xx - General\n-1000 UNKNOWN\n- An unknown error.\n${text}`;

	test('missing front matter', () => {
		const { problems } = readAtlas(sourcesDir({ 'a.md': '-1000 UNKNOWN\n- x\n' }));
		expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^a\.md:1: missing front matter/)]);
	});

	test('invalid front matter: an unknown role, at the role line', () => {
		const { problems } = readAtlas(sourcesDir({ 'a.md': header({ dialect: 'a', role: 'tertiary' }) + line('') }));
		expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^a\.md:6: front matter `role`/)]);
	});

	test('front matter that is not YAML, or never closed', () => {
		expect(readAtlas(sourcesDir({ 'a.md': '---\ndialect: [a\n---\n' })).problems[0]).toMatchObject({ file: 'a.md', message: expect.stringMatching(/not valid YAML/) });
		expect(readAtlas(sourcesDir({ 'a.md': '---\ndialect: a\n' })).problems[0]).toMatchObject({ file: 'a.md', line: 1, message: expect.stringMatching(/not closed/) });
	});

	test('two primaries for one dialect', () => {
		const { problems } = readAtlas(
			sourcesDir({ 'a.md': header({ dialect: 'x', role: 'primary' }) + line(''), 'b.md': header({ dialect: 'x', role: 'primary' }) + line('') }),
		);
		expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^b\.md:6: dialect `x` has two primary sources: a\.md and b\.md/)]);
	});

	test('a dialect with only secondaries', () => {
		const { problems } = readAtlas(sourcesDir({ 'a.md': header({ dialect: 'x', role: 'secondary' }) + line('') }));
		expect(problems[0]).toMatchObject({ file: 'a.md', line: 6, message: 'dialect `x` has no primary source' });
	});

	test('one code with two different names in one source', () => {
		const { problems } = readAtlas(sourcesDir({ 'a.md': header({ dialect: 'x', role: 'primary' }) + line('-1000 OTHER\n- y\n') }));
		expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^a\.md:11: code -1000 is named `OTHER` here but `UNKNOWN` on line 9/)]);
	});

	test('a code-bearing line that no reader consumed', () => {
		const { problems, reports } = readAtlas(sourcesDir({ 'a.md': header({ dialect: 'x', role: 'primary' }) + line('\nSee also -1001 for this.\n') }));
		expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^a\.md:12: this line holds a code but no reader understood it: "See also -1001 for this\."/)]);
		expect(reports[0]!.unread).toEqual([{ line: 12, text: 'See also -1001 for this.', codeBearing: true }]);
	});

	test('a file that is not UTF-8, and an empty file', () => {
		const bytes = new TextEncoder().encode(header({ dialect: 'x', role: 'primary' }) + line(''));
		const broken = new Uint8Array([...bytes, 0x0a, 0xff, 0xfe]);
		const { problems } = readAtlas(sourcesDir({ 'a.md': broken, 'b.md': '' }));
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^a\.md:12: the file is not valid UTF-8/),
			expect.stringMatching(/^b\.md:1: the file is empty/),
		]);
	});

	test('loadAtlas throws every problem at once', () => {
		const dir = sourcesDir({ 'a.md': '', 'b.md': 'no header' });
		expect(() => loadAtlas(dir)).toThrow(AtlasError);
		try {
			loadAtlas(dir);
		} catch (error) {
			expect((error as AtlasError).problems).toHaveLength(2);
			expect((error as Error).message).toMatch(/a\.md:1:[\s\S]*b\.md:1:/);
		}
	});
});
