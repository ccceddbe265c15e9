import { mkdirSync, mkdtempSync, readdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align, entryKeys, normalizeKey } from '../../../src/lib/concepts/align.ts';
import { loadAtlas, readAtlas } from '../../../src/lib/atlas.ts';
import { parseConceptFile, type ConceptFile } from '../../../src/lib/concepts/concepts.ts';
import type { CodeEntry } from '../../../src/lib/model/model.ts';
import { run as check } from '../../../src/cli/check.ts';

const atlas = loadAtlas('tests/fixtures/seeds/sources');
const conceptOf = (ref: string) => {
	const entry = atlas.codes.find((candidate) => `${candidate.dialect}/${candidate.code}` === ref);
	if (!entry) throw new Error(`no code ${ref} in the seeds`);
	return entry.concept;
};

describe('normalizeKey', () => {
	it('takes words that name properties of plain objects as words', () => {
		expect(normalizeKey('Invalid constructor')).toBe('constructor invalid');
		expect(normalizeKey('toString __proto__ hasOwnProperty')).toBe('has own property proto string');
	});

	it('folds names and messages that say the same thing', () => {
		expect(normalizeKey('BAD_SYMBOL')).toBe('invalid symbol');
		expect(normalizeKey('INVALID_SYMBOL')).toBe('invalid symbol');
		expect(normalizeKey('Invalid symbol.')).toBe('invalid symbol');
		expect(normalizeKey('NO_SUCH_ORDER')).toBe(normalizeKey('Order does not exist.'));
		expect(normalizeKey('Order not found')).toBe(normalizeKey('Order does not exist.'));
		// The upstream typo MARGIN_NOT_SUFFICIEN still matches: matching reads past it, the data keeps it.
		expect(normalizeKey('MARGIN_NOT_SUFFICIEN')).toBe(normalizeKey('Insufficient margin'));
		expect(normalizeKey('INVALID_TIF')).toBe(normalizeKey('Invalid timeInForce.'));
		expect(normalizeKey('EMPTY_NEW_CL_ORD_ID')).toBe(normalizeKey('Empty new client order id'));
		expect(normalizeKey("Parameter '%s' cannot be empty.")).toBe('cannot empty parameter');
	});

	it('keeps different meanings apart', () => {
		expect(normalizeKey('Invalid symbol')).not.toBe(normalizeKey('Invalid symbol status'));
		expect(normalizeKey('NEW_ORDER_REJECTED')).not.toBe(normalizeKey('Insufficient balance'));
	});

	it('reads a code without name or message by what the sources say about it', () => {
		const entry = {
			id: '-4028',
			name: null,
			title: 'Incorrect leverage multiplier.',
			messages: [],
			description: 'Incorrect leverage multiplier.',
			summary: null,
		};
		expect(entryKeys(entry)).toEqual(['invalid leverage multiplier']);
	});
});

describe('alignment on the seeds: same meaning under different numbers', () => {
	const pairs: Array<[string, string, string]> = [
		['binance-usdm/-1121', 'gateway/-1120', 'invalid-symbol'],
		['weex-spot/-1121', 'gateway/-1120', 'invalid-symbol'],
		['binance-options/-1121', 'weex-spot/-2007', 'invalid-symbol'],
		['binance-usdm/-1003', 'binance-options/-1008', 'too-many-requests'],
		['binance-usdm/-2018', 'gateway/-2010', 'insufficient-balance'],
		['binance-usdm/-1115', 'gateway/-1114', 'invalid-time-in-force'],
		['weex-spot/-1115', 'gateway/-1114', 'invalid-time-in-force'],
		['binance-options/-1129', 'binance-usdm/-1108', 'invalid-asset'],
		['binance-usdm/-2013', 'weex-spot/-2200', 'order-not-found'],
		['gateway/-2011', 'binance-options/-2013', 'order-not-found'],
		['gateway/-1005', 'weex-spot/-1045', 'invalid-content-type'],
		['binance-usdm/-1023', 'weex-spot/-1171', 'start-time-after-end-time'],
		['binance-options/-2027', 'binance-usdm/-2019', 'insufficient-margin'],
		['gateway/-2202', 'binance-usdm/-2019', 'insufficient-margin'],
		['binance-usdm/-2011', 'gateway/-2028', 'cancel-rejected'],
		['weex-spot/-1141', 'binance-usdm/-1105', 'parameter-empty'],
	];
	for (const [a, b, concept] of pairs) {
		it(`${a} and ${b} are both ${concept}`, () => {
			expect(conceptOf(a)).toBe(concept);
			expect(conceptOf(b)).toBe(concept);
		});
	}
});

describe('alignment on the seeds: different meanings under one number', () => {
	const pairs: Array<[string, string]> = [
		['binance-usdm/-2010', 'gateway/-2010'],
		['binance-options/-2010', 'gateway/-2010'],
		['binance-usdm/-1121', 'gateway/-1121'],
		['binance-usdm/-1008', 'binance-options/-1008'],
		['binance-usdm/-1128', 'binance-options/-1128'],
		['binance-usdm/-2027', 'binance-options/-2027'],
		['binance-options/-2027', 'gateway/-2027'],
		['binance-usdm/-2011', 'gateway/-2011'],
		['binance-usdm/-1115', 'gateway/-1115'],
		['binance-usdm/-2015', 'gateway/-2015'],
	];
	for (const [a, b] of pairs) {
		it(`${a} and ${b} differ`, () => {
			expect(conceptOf(a) === null || conceptOf(a) !== conceptOf(b)).toBe(true);
		});
	}

	it('names the meanings of -2010 as the issue states them', () => {
		expect(conceptOf('binance-usdm/-2010')).toBe('new-order-rejected');
		expect(conceptOf('gateway/-2010')).toBe('insufficient-balance');
	});

	it('the exclude override keeps INVALID_MESSAGE out of the malformed-request concept', () => {
		expect(normalizeKey('INVALID_MESSAGE')).toBe(normalizeKey('Invalid message'));
		expect(conceptOf('gateway/-3001')).toBe('malformed-request');
		expect(conceptOf('binance-usdm/-1013')).toBeNull();
	});

	it('every curated concept has at least two members', () => {
		expect(
			atlas.concepts.filter((concept) => concept.members.length < 2).map((concept) => concept.id),
		).toEqual([]);
	});
});

/** A code entry as the normalizer makes it, for synthetic cases. */
function code(
	dialect: string,
	number: number,
	name: string | null,
	messages: string[] = [],
): CodeEntry {
	return {
		dialect,
		id: String(number),
		code: number,
		name,
		nameTruncated: false,
		title: name ?? messages[0] ?? String(number),
		messages,
		description: null,
		solution: null,
		summary: null,
		sharedWith: [],
		httpStatus: null,
		deprecated: false,
		section: { id: 'codes', title: 'Codes' },
		alsoIn: [],
		concept: null,
		ccxt: null,
		url: `/${dialect}/${number}/`,
		sources: [{ file: `${dialect}.md`, role: 'primary' }],
		translations: {},
		notes: [],
	};
}

function concept(id: string, header: string): ConceptFile {
	const { concept: file, problems } = parseConceptFile(
		`${id}.md`,
		`---\nid: ${id}\ntitle: ${id}\nclass: other\nretry: do-not-retry\nccxt: ExchangeError\n${header}---\n\nWhy.\n`,
	);
	expect(problems).toEqual([]);
	return file!;
}

describe('align on synthetic codes', () => {
	const codes = [
		code('a', -1, 'BAD_SYMBOL', ['Invalid symbol.', 'Unknown trading pair.']),
		code('b', -1, null, ['Insufficient balance']),
		code('b', -2, null, ['Invalid symbol']),
		code('c', -7, 'SYMBOL_NOT_FOUND', ['Invalid symbol.']),
		// Says nothing a concept names, but what a/-1 also says: it joins through a/-1.
		code('d', -5, null, ['Unknown trading pair']),
	];

	it('never assigns by number, and spreads a match to codes that say the same', () => {
		const result = align(codes, [concept('symbol', 'match:\n  - BAD_SYMBOL\n')]);
		expect(Object.fromEntries(result.assignments)).toEqual({
			'a/-1': 'symbol',
			'b/-2': 'symbol',
			'c/-7': 'symbol',
			'd/-5': 'symbol',
		});
		expect(result.unassigned.map((entry) => `${entry.dialect}/${entry.code}`)).toEqual(['b/-1']);
		expect(result.concepts[0].members.map((member) => member.code)).toEqual([-1, -2, -7, -5]);
		expect(result.problems).toEqual([]);
	});

	it('lets include and exclude win over matching', () => {
		const result = align(codes, [
			concept('symbol', 'match:\n  - BAD_SYMBOL\nexclude:\n  - c/-7\n'),
			concept('balance', 'include:\n  - b/-1\n  - c/-7\n'),
		]);
		expect(result.assignments.get('c/-7')).toBe('balance');
		expect(result.assignments.get('b/-1')).toBe('balance');
		expect(result.assignments.get('a/-1')).toBe('symbol');
	});

	it('reports overrides naming codes that do not exist, with the line', () => {
		const result = align(codes, [concept('symbol', 'include:\n  - a/-1\n  - a/-99\n  - zz/-1\n')]);
		expect(
			result.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`),
		).toEqual([
			'symbol.md:9: a/-99: dialect `a` has no such code',
			'symbol.md:10: zz/-1: there is no dialect `zz`',
		]);
	});

	it('reports a code that two concepts claim by their terms', () => {
		const result = align(codes, [
			concept('one', 'match:\n  - Invalid symbol\n'),
			concept('two', 'match:\n  - BAD_SYMBOL\n'),
		]);
		expect(result.problems[0]).toMatchObject({
			file: 'one.md',
			line: 8,
			message: 'a/-1 (BAD_SYMBOL) matches this concept and two.md:8',
		});
		expect(result.assignments.has('a/-1')).toBe(false);
	});

	it('reports a code included by two concepts', () => {
		const result = align(codes, [
			concept('one', 'include:\n  - b/-1\n'),
			concept('two', 'include:\n  - b/-1\n'),
		]);
		expect(
			result.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`),
		).toEqual(['two.md:8: b/-1 is included here and in one.md:8']);
	});

	it('lists unassigned codes of several dialects that say the same thing as candidates', () => {
		const result = align(codes, []);
		expect(
			result.groups.map((group) => [
				group.key,
				group.entries.map((entry) => `${entry.dialect}/${entry.code}`),
			]),
		).toEqual([
			['invalid symbol', ['a/-1', 'b/-2', 'c/-7']],
			['pair trading unknown', ['a/-1', 'd/-5']],
		]);
	});
});

describe('concepts in the atlas', () => {
	it('a sources directory without concepts beside it reads with no concept and no problem', () => {
		const root = mkdtempSync(join(tmpdir(), 'atlas-'));
		mkdirSync(join(root, 'fixture'));
		for (const name of readdirSync('tests/fixtures/seeds/sources'))
			copyFileSync(join('tests/fixtures/seeds/sources', name), join(root, 'fixture', name));
		const read = readAtlas(join(root, 'fixture'));
		expect(read.problems).toEqual([]);
		expect(read.concepts).toEqual([]);
		expect(read.codes.every((entry) => entry.concept === null)).toBe(true);

		// An explicit concepts directory brings them back, for fixtures that want them.
		const withConcepts = readAtlas(join(root, 'fixture'), { conceptsDir: 'content/concepts' });
		expect(withConcepts.concepts.length).toBe(atlas.concepts.length);
	});

	it('a bad concept file fails the import with file:line', () => {
		const root = mkdtempSync(join(tmpdir(), 'atlas-'));
		mkdirSync(join(root, 'concepts'));
		writeFileSync(
			join(root, 'concepts', 'broken.md'),
			'---\nid: broken\ntitle: Broken\nclass: nonsense\nretry: do-not-retry\nccxt: BadSymbol\n---\n\nText.\n',
		);
		const read = readAtlas('tests/fixtures/seeds/sources', { conceptsDir: join(root, 'concepts') });
		expect(read.problems).toHaveLength(1);
		expect(read.problems[0].file).toMatch(/concepts\/broken\.md$/);
		expect(read.problems[0].line).toBe(4);
	});

	it('check reports codes without a concept and passes', async () => {
		const out: string[] = [];
		const status = await check([], {
			out: (line) => out.push(line),
			err: (line) => out.push(line),
			sourcesDir: 'tests/fixtures/seeds/sources',
		});
		expect(status).toBe(0);
		const text = out.join('\n');
		expect(text).toMatch(
			/^concepts: \d+ in tests\/fixtures\/seeds\/concepts; \d+ of 245 codes have one, \d+ have none$/m,
		);
		expect(text).toContain('without a concept: binance-usdm/-1013 INVALID_MESSAGE');
		expect(text).not.toContain('one member');
	});
});
