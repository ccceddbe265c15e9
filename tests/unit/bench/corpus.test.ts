import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_FORMATS, generateCorpus, writeCorpus } from '../../../scripts/bench/corpus.ts';

const OPTIONS = { dialects: 4, codes: 4000, seed: 'atlas' };
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

	it('states unique negative integer codes, about N in total', () => {
		for (const d of corpus.dialects) {
			const codes = corpus.codes.filter((c) => c.dialect === d.id).map((c) => c.code);
			expect(codes.every((c) => Number.isInteger(c) && c < 0)).toBe(true);
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
	it.skipIf(!existsSync(ATLAS))('imports with exactly the intended counts and codes', async () => {
		const corpus = generateCorpus(OPTIONS);
		writeCorpus(dir, corpus);
		const { loadAtlas } = await import(/* @vite-ignore */ pathToFileURL(ATLAS).href);
		const atlas = loadAtlas(dir);
		expect(atlas.dialects.map((d: { id: string }) => d.id).sort()).toEqual(Object.keys(corpus.expected).sort());
		for (const d of atlas.dialects) {
			const want = corpus.expected[d.id];
			const got = { codes: d.codeCount, sections: d.sections.length, ranges: d.ranges.length };
			expect(got, d.id).toEqual(want);
			const codes = atlas.codes.filter((c: { dialect: string }) => c.dialect === d.id).map((c: { code: number }) => c.code);
			const intended = corpus.codes.filter((c) => c.dialect === d.id).map((c) => c.code);
			expect(codes.sort((a: number, b: number) => a - b), d.id).toEqual(intended.sort((a, b) => a - b));
		}
	}, 60_000);
});
