import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, readAtlas } from '../../src/lib/atlas.ts';
import { BROKEN_SOURCES } from '../fixtures/broken-sources.ts';

const fixture = (dir: string) => join(import.meta.dirname, '../fixtures', dir);

describe('readAtlas on broken sources', () => {
	for (const broken of BROKEN_SOURCES) {
		it(`${broken.dir}: reports ${broken.file}:${broken.line} with a hint`, () => {
			const { problems } = readAtlas(fixture(broken.dir));
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatchObject({ file: broken.file, line: broken.line, message: expect.stringMatching(broken.message) });
			expect(problems[0]!.hint.length).toBeGreaterThan(20);
		});
	}
});

describe('readAtlas on hostile text', () => {
	it('keeps markup in names, messages and titles as the text the source wrote', () => {
		const { problems, dialects, codes } = readAtlas(fixture('xss'));
		expect(problems).toEqual([]);
		expect(dialects[0]!.name).toBe("Hostile <img src=x onerror=alert('dialect')> Venue");
		expect(codes.find((entry) => entry.code === -1000)!.messages).toEqual(["<img src=x onerror=alert('message')>", "</script><script>alert('message-2')</script>"]);
		expect(codes.find((entry) => entry.code === -1100)!.name).toBe("</script><script>alert('name')</script>");
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
	const header = '---\ndialect: big\ndialectName: Big Venue\nvendor: Big\nrole: primary\ntitle: Error Codes\n---\n10xx - General issues\n-1000 UNKNOWN\n- An unknown error occurred.\n';

	it('imports a source of 20,000 codes, half as lines with bullets, half as table rows', { timeout: 90_000 }, () => {
		const lines = header.trimEnd().split('\n');
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
		expect(dialects[0]!.sections).toHaveLength(21);
		expect(codes.at(-1)).toMatchObject({ code: -29999, name: 'CODE_29999', messages: ['Message %s for code 29999.'] });
	});

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
		it(`rejects a 100 KB line of ${shape} with file:line, without hanging`, { timeout: 20_000 }, () => {
			const { problems } = readAtlas(write(`${header}${line}\n`));
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatchObject({ file: 'big.md', message: expect.stringMatching(/^the line is [\d,]+ characters long; the limit is 5,000$/) });
			expect(problems[0]!.line).toBe(header.split('\n').length + line.split('\n').length - 1);
		});
	}

	it('imports a line just under the limit', { timeout: 20_000 }, () => {
		const message = 'x'.repeat(MAX_LINE_LENGTH - 2);
		const { problems, codes } = readAtlas(write(`${header}-1001 LONG\n- ${message}\n`));
		expect(problems).toEqual([]);
		expect(codes.find((entry) => entry.code === -1001)!.messages).toEqual([message]);
	});
});
