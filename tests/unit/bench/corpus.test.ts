import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_FORMATS, generateCorpus, writeCorpus } from '../../../scripts/bench/corpus.ts';

const OPTIONS = { dialects: 6, codes: 6000, seed: 'atlas' };
const ATLAS = fileURLToPath(new URL('../../../src/lib/atlas.ts', import.meta.url));

describe('generateCorpus', () => {
	const corpus = generateCorpus(OPTIONS);

	it('gives identical bytes for the same seed', () => {
		expect(generateCorpus(OPTIONS).files).toEqual(corpus.files);
	});

	it('gives different sources for a different seed', () => {
		const other = generateCorpus({ ...OPTIONS, seed: 'other' });
		expect(other.files.map((f) => f.text)).not.toEqual(corpus.files.map((f) => f.text));
	});

	it('uses every seed format and adds secondaries with ranges', () => {
		expect(new Set(corpus.dialects.map((d) => d.format))).toEqual(new Set(CORPUS_FORMATS));
		expect(corpus.files.filter((f) => f.text.includes('role: secondary'))).toHaveLength(2);
		expect(Object.values(corpus.expected).reduce((n, e) => n + e.ranges, 0)).toBeGreaterThan(0);
		expect(corpus.files.some((f) => f.text.includes('%s'))).toBe(true);
	});

	it('writes the shapes of real pages: unsigned codes in two languages, blockquotes, message tables', () => {
		const text = (format: string) =>
			corpus.files.find(
				(f) => f.name === `${corpus.dialects.find((d) => d.format === format)!.id}.md`,
			)!.text;
		expect(text('two-language-table')).toMatch(/^错误码 \| HTTP 状态码 \| 错误提示/m);
		expect(text('two-language-table')).toMatch(/^Error Code from \d{5} to \d{5}/m);
		expect(text('blockquote')).toMatch(/^> -\d{4} [A-Z_]+$/m);
		expect(text('heading')).toMatch(/^## Messages for -\d{4} [A-Z_]+ and -\d{4} [A-Z_]+$/m);
		expect(text('heading')).toMatch(/^\| "Filter failure: LOT_SIZE" \|/m);
	});

	it('states unique integer codes, unsigned only where the format says so, about N in total', () => {
		for (const d of corpus.dialects) {
			const codes = corpus.codes.filter((c) => c.dialect === d.id).map((c) => c.code);
			expect(
				codes.every(
					(c) => Number.isInteger(c) && (d.format === 'two-language-table' ? c > 0 : c < 0),
				),
			).toBe(true);
			expect(new Set(codes).size).toBe(codes.length);
			expect(codes.length).toBe(corpus.expected[d.id].codes);
		}
		// Secondaries add a few codes their primary lacks, on top of the N split over primaries.
		expect(corpus.codes.length).toBeGreaterThanOrEqual(OPTIONS.codes);
		expect(corpus.codes.length).toBeLessThan(OPTIONS.codes + 10);
	});

	it('rejects sizes it cannot honour', () => {
		expect(() => generateCorpus({ dialects: 0, codes: 100, seed: 1 })).toThrow();
		expect(() => generateCorpus({ dialects: 4, codes: 20, seed: 1 })).toThrow();
	});
});

describe('the corpus through loadAtlas', () => {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-corpus-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	// The readers land separately; until then this part has nothing to check.
	it.skipIf(!existsSync(ATLAS))(
		'imports with exactly the intended counts and codes',
		async () => {
			const corpus = generateCorpus(OPTIONS);
			writeCorpus(dir, corpus);
			const { loadAtlas } = await import(/* @vite-ignore */ pathToFileURL(ATLAS).href);
			const atlas = loadAtlas(dir);
			expect(atlas.dialects.map((d: { id: string }) => d.id).sort()).toEqual(
				Object.keys(corpus.expected).sort(),
			);
			for (const d of atlas.dialects) {
				const want = corpus.expected[d.id];
				const got = { codes: d.codeCount, sections: d.sections.length, ranges: d.ranges.length };
				expect(got, d.id).toEqual(want);
				const codes = atlas.codes
					.filter((c: { dialect: string }) => c.dialect === d.id)
					.map((c: { code: number }) => c.code);
				const intended = corpus.codes.filter((c) => c.dialect === d.id).map((c) => c.code);
				expect(
					codes.sort((a: number, b: number) => a - b),
					d.id,
				).toEqual(intended.sort((a, b) => a - b));
				const format = corpus.dialects.find((dialect) => dialect.id === d.id)!.format;
				for (const want of corpus.codes.filter((c) => c.dialect === d.id)) {
					const got = atlas.codes.find(
						(c: { dialect: string; id: string }) => c.dialect === d.id && c.id === want.id,
					);
					expect(got.messages, `${d.id} ${want.id}`).toEqual(want.messages);
					if (format === 'two-language-table')
						expect(got.translations['zh-CN'].messages, `${d.id} ${want.id}`).toHaveLength(1);
				}
			}
		},
		60_000,
	);
});
