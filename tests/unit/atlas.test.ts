import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, test } from 'vitest';
import { atlasStamp, loadAtlas, MAX_LINE_LENGTH, readAtlas } from '../../src/lib/atlas.ts';
import { BROKEN_SOURCES } from '../fixtures/broken-sources.ts';
import { AtlasError, formatProblem } from '../../src/lib/model/problems.ts';
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
		expect(
			atlas.reports.flatMap((report) => report.unread.filter((line) => line.codeBearing)),
		).toEqual([]);
	});
});

describe('problems name the file and line', () => {
	const line = (text: string) => `10xx - General\n-1000 UNKNOWN\n- An unknown error.\n${text}`;

	test('missing front matter', () => {
		const { problems } = readAtlas(sourcesDir({ 'a.md': '-1000 UNKNOWN\n- x\n' }));
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^a\.md:1: missing front matter/),
		]);
	});

	test('invalid front matter: an unknown role, at the role line', () => {
		const { problems } = readAtlas(
			sourcesDir({ 'a.md': header({ dialect: 'a', role: 'tertiary' }) + line('') }),
		);
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^a\.md:6: front matter `role`/),
		]);
	});

	test('front matter that is not YAML, or never closed', () => {
		expect(readAtlas(sourcesDir({ 'a.md': '---\ndialect: [a\n---\n' })).problems[0]).toMatchObject({
			file: 'a.md',
			message: expect.stringMatching(/not valid YAML/),
		});
		expect(readAtlas(sourcesDir({ 'a.md': '---\ndialect: a\n' })).problems[0]).toMatchObject({
			file: 'a.md',
			line: 1,
			message: expect.stringMatching(/not closed/),
		});
	});

	test('two primaries for one dialect', () => {
		const { problems } = readAtlas(
			sourcesDir({
				'a.md': header({ dialect: 'x', role: 'primary' }) + line(''),
				'b.md': header({ dialect: 'x', role: 'primary' }) + line(''),
			}),
		);
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^b\.md:6: dialect `x` has two primary sources: a\.md and b\.md/),
		]);
	});

	test('a dialect with only secondaries', () => {
		const { problems } = readAtlas(
			sourcesDir({ 'a.md': header({ dialect: 'x', role: 'secondary' }) + line('') }),
		);
		expect(problems[0]).toMatchObject({
			file: 'a.md',
			line: 6,
			message: 'dialect `x` has no primary source',
		});
	});

	test('one code with two different names in one source', () => {
		const { problems } = readAtlas(
			sourcesDir({
				'a.md':
					header({ dialect: 'x', role: 'primary' }) + line('-1000 OTHER\n- An unknown error.\n'),
			}),
		);
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^a\.md:11: code -1000 is named `OTHER` here but `UNKNOWN` on line 9/),
		]);
	});

	test('a code-bearing line that no reader consumed', () => {
		const { problems, reports } = readAtlas(
			sourcesDir({
				'a.md': header({ dialect: 'x', role: 'primary' }) + line('\nSee also -1001 for this.\n'),
			}),
		);
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				/^a\.md:12: this line holds a code but no reader understood it: "See also -1001 for this\."/,
			),
		]);
		expect(reports[0].unread).toEqual([
			{ line: 12, text: 'See also -1001 for this.', codeBearing: true },
		]);
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

const fixture = (dir: string) => join(import.meta.dirname, '../fixtures', dir);

describe('readAtlas on broken sources', () => {
	for (const broken of BROKEN_SOURCES) {
		it(`${broken.dir}: reports ${broken.file}:${broken.line} with a hint`, () => {
			const { problems } = readAtlas(fixture(broken.dir));
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatchObject({
				file: broken.file,
				line: broken.line,
				message: expect.stringMatching(broken.message),
			});
			expect(problems[0].hint.length).toBeGreaterThan(20);
		});
	}
});

describe('readAtlas on hostile text', () => {
	it('keeps markup in names, messages and titles as the text the source wrote', () => {
		const { problems, dialects, codes } = readAtlas(fixture('xss'));
		expect(problems).toEqual([]);
		expect(dialects[0].name).toBe("Hostile <img src=x onerror=alert('dialect')> Venue");
		expect(codes.find((entry) => entry.code === -1000)!.messages).toEqual([
			"<img src=x onerror=alert('message')>",
			"</script><script>alert('message-2')</script>",
		]);
		// Not an identifier, so a title rather than a name; either way the text as written.
		expect(codes.find((entry) => entry.code === -1100)!.title).toBe(
			"</script><script>alert('name')</script>",
		);
	});
});

describe('readAtlas on large sources', () => {
	const dirs: string[] = [];
	const write = (text: string) => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-large-'));
		dirs.push(dir);
		writeFileSync(join(dir, 'big.md'), text);
		return dir;
	};
	afterAll(() => {
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	});
	const bigHeader =
		'---\ndialect: big\ndialectName: Big Venue\nvendor: Big\nrole: primary\ntitle: Error Codes\n---\n10xx - General issues\n-1000 UNKNOWN\n- An unknown error occurred.\n';

	it(
		'imports a source of 20,000 codes, half as lines with bullets, half as table rows',
		{ timeout: 90_000 },
		() => {
			const lines = bigHeader.trimEnd().split('\n');
			for (let block = 10; block < 30; block++) {
				lines.push(`${block}xxx - Group ${block}`);
				if (block % 2) lines.push('', '| Code | Name | Message |', '|---|---|---|');
				for (let i = 0; i < 1000; i++) {
					const code = block * 1000 + i;
					if (block % 2) lines.push(`| -${code} | CODE_${code} | Message %s for code ${code}. |`);
					else lines.push(`-${code} CODE_${code}`, `- Message %s for code ${code}.`);
				}
				lines.push('');
			}
			const { problems, codes, dialects } = readAtlas(write(lines.join('\n')));
			expect(problems).toEqual([]);
			expect(codes).toHaveLength(20_001);
			expect(dialects[0].sections).toHaveLength(21);
			expect(codes.at(-1)).toMatchObject({
				code: -29999,
				name: 'CODE_29999',
				messages: ['Message %s for code 29999.'],
			});
		},
	);

	// Shapes that made the readers or the Markdown parser slow down quadratically.
	const lineShapes: Record<string, string> = {
		'plain words in a message': `- ${'word '.repeat(20_000)}`,
		'a run of spaces inside a code line': `-1001 X${' '.repeat(100_000)}Y`,
		'emphasis markers': `- ${'*a'.repeat(50_000)}`,
		'unclosed links': `- ${'[a]('.repeat(25_000)}`,
		'a table row of pipes': `\n| Code | Name |\n|---|---|\n${'|'.repeat(100_000)}`,
		'a code list with no colon': `\n| Code | Name |\n|---|---|\n| ${'-1003/'.repeat(16_000)}-1003 | X |`,
	};
	for (const [shape, line] of Object.entries(lineShapes)) {
		it(
			`rejects a 100 KB line of ${shape} with file:line, without hanging`,
			{ timeout: 20_000 },
			() => {
				const { problems } = readAtlas(write(`${bigHeader}${line}\n`));
				expect(problems).toHaveLength(1);
				expect(problems[0]).toMatchObject({
					file: 'big.md',
					message: expect.stringMatching(
						/^the line is [\d,]+ characters long; the limit is 5,000$/,
					),
				});
				expect(problems[0].line).toBe(bigHeader.split('\n').length + line.split('\n').length - 1);
			},
		);
	}

	it('imports a line just under the limit', { timeout: 20_000 }, () => {
		const message = 'x'.repeat(MAX_LINE_LENGTH - 2);
		const { problems, codes } = readAtlas(write(`${bigHeader}-1001 LONG\n- ${message}\n`));
		expect(problems).toEqual([]);
		expect(codes.find((entry) => entry.code === -1001)!.messages).toEqual([message]);
	});
});

describe('atlasStamp', () => {
	const source = (message: string) =>
		`${header({ dialect: 'venue', role: 'primary' })}10xx - General\n-1000 UNKNOWN\n- ${message}\n`;

	test('stays while the sources stay the same, and changes when one is edited or added', () => {
		const dir = sourcesDir({ 'venue.md': source('An unknown error occurred.') });
		const first = atlasStamp(dir);
		expect(atlasStamp(dir)).toBe(first);
		expect(atlasStamp(`${dir}/`)).toBe(first);
		writeFileSync(join(dir, 'venue.md'), source('Something else went wrong, longer.'));
		const second = atlasStamp(dir);
		expect(second).not.toBe(first);
		writeFileSync(join(dir, 'other.md'), source('x').replace('dialect: venue', 'dialect: other'));
		expect(atlasStamp(dir)).not.toBe(second);
		rmSync(dir, { recursive: true });
	});

	test('changes when a concept file is added', () => {
		const dir = sourcesDir({ 'venue.md': source('An unknown error occurred.') });
		const concepts = join(dir, 'concepts');
		mkdirSync(concepts);
		const before = atlasStamp(dir, { conceptsDir: concepts });
		writeFileSync(join(concepts, 'x.md'), '---\nid: x\n---\n');
		expect(atlasStamp(dir, { conceptsDir: concepts })).not.toBe(before);
		rmSync(dir, { recursive: true });
	});
});

describe('readAtlas URLs', () => {
	test('are routes from the site root (the site puts its base path on)', () => {
		const dir = sourcesDir({
			'venue.md': `${header({ dialect: 'venue', role: 'primary' })}10xx - General\n-1000 UNKNOWN\n- An unknown error occurred.\n`,
		});
		const read = readAtlas(dir);
		expect(read.codes[0].url).toBe('/venue/-1000/');
		expect(read.dialects[0]).toMatchObject({
			url: '/venue/',
			sections: [{ url: '/venue/10xx-general/' }],
		});
		rmSync(dir, { recursive: true });
	});
});
