import { describe, expect, it } from 'vitest';
import { parseConceptFile, readConcepts } from '../../../src/lib/concepts/concepts.ts';
import { formatProblem } from '../../../src/lib/model/problems.ts';

const GOOD = `---
id: invalid-symbol
title: Invalid symbol
class: symbol
retry: fix-request-then-retry
ccxt: BadSymbol
match:
  - BAD_SYMBOL
include:
  - weex-spot/-2007
---

The symbol does not exist.
Take symbols from the exchange information.

Second paragraph with \`code\`.
`;

/** The problems of a file as `check` prints them, one string each. */
function problemsOf(text: string, file = 'invalid-symbol.md'): string[] {
	return parseConceptFile(file, text).problems.map(formatProblem);
}

describe('parseConceptFile', () => {
	it('reads a valid file, its explanation paragraphs and the lines of its overrides', () => {
		const { concept, problems } = parseConceptFile('invalid-symbol.md', GOOD);
		expect(problems).toEqual([]);
		expect(concept!.frontMatter).toEqual({
			id: 'invalid-symbol',
			title: 'Invalid symbol',
			class: 'symbol',
			retry: 'fix-request-then-retry',
			ccxt: 'BadSymbol',
			match: ['BAD_SYMBOL'],
			include: ['weex-spot/-2007'],
			exclude: [],
		});
		expect(concept!.explanation).toEqual([
			'The symbol does not exist. Take symbols from the exchange information.',
			'Second paragraph with `code`.',
		]);
		expect(concept!.lines).toEqual({ id: 2, match: [8], include: [10], exclude: [] });
	});

	it('points a value outside the fixed lists at its line and names the allowed values', () => {
		const [problem] = problemsOf(GOOD.replace('class: symbol', 'class: symbols'));
		expect(problem).toMatch(
			/^invalid-symbol\.md:4: front matter `class` is "symbols", which is not an allowed value\n/,
		);
		expect(problem).toContain('hint: `class` is one of: authentication, permission, rate-limit');
		expect(problemsOf(GOOD.replace('retry: fix-request-then-retry', 'retry: maybe'))[0]).toMatch(
			/^invalid-symbol\.md:5: front matter `retry` /,
		);
		expect(problemsOf(GOOD.replace('ccxt: BadSymbol', 'ccxt: SymbolError'))[0]).toMatch(
			/^invalid-symbol\.md:6: front matter `ccxt` /,
		);
	});

	it('points a malformed override at its list item', () => {
		const problems = problemsOf(
			GOOD.replace('  - weex-spot/-2007', '  - weex-spot/-2007\n  - weex-spot 2007'),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/^invalid-symbol\.md:11: front matter `include` item 2 must name a code as `dialect\/code`/,
		);
	});

	it('points an unknown key at its line', () => {
		expect(problemsOf(GOOD.replace('include:', 'includes:'))).toEqual([
			'invalid-symbol.md:9: front matter has an unknown key `includes`\n  hint: a concept file starts with `---`, then `id:`, `title:`, `class:`, `retry:`, `ccxt:` and optionally `match:`, `include:`, `exclude:` lists, then `---` and the explanation',
		]);
	});

	it('reports a missing key at the header', () => {
		const problems = problemsOf(GOOD.replace('title: Invalid symbol\n', ''));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^invalid-symbol\.md:1: front matter `title` /);
	});

	it('wants the id to be the file name, because it is the URL', () => {
		expect(problemsOf(GOOD, 'bad-symbol.md')).toEqual([
			"bad-symbol.md:2: `id` is `invalid-symbol` but the file is bad-symbol.md\n  hint: the id is the concept's URL, /concepts/<id>/: rename the file to invalid-symbol.md or set `id: bad-symbol`",
		]);
	});

	it('wants an explanation', () => {
		const text = GOOD.slice(0, GOOD.indexOf('---\n\nThe') + 4);
		expect(problemsOf(text)).toEqual([
			'invalid-symbol.md:12: the concept has no explanation\n  hint: below the closing `---`, say in a few sentences what causes the error and what to do',
		]);
	});

	it('reports YAML errors and a missing header with their lines', () => {
		expect(problemsOf(GOOD.replace('class: symbol', 'class: symbol: more'))[0]).toMatch(
			/^invalid-symbol\.md:4: front matter is not valid YAML: Nested mappings/,
		);
		expect(problemsOf(GOOD.replace('  - BAD_SYMBOL', '  - BAD_SYMBOL\n - stray'))[0]).toMatch(
			/^invalid-symbol\.md:9: front matter is not valid YAML/,
		);
		expect(problemsOf('Invalid symbol\n')[0]).toMatch(
			/^invalid-symbol\.md:1: missing front matter/,
		);
		expect(problemsOf('---\nid: x\n')[0]).toMatch(
			/^invalid-symbol\.md:1: front matter is not closed/,
		);
	});
});

describe('readConcepts', () => {
	it('reads the curated concepts without a problem', () => {
		const { files, problems } = readConcepts('content/concepts');
		expect(problems.map(formatProblem)).toEqual([]);
		expect(files.length).toBeGreaterThan(40);
	});

	it('treats a missing directory as no concepts', () => {
		expect(readConcepts('content/no-such-directory')).toEqual({ files: [], problems: [] });
	});
});
