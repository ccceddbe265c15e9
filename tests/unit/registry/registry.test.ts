import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readAtlas } from '../../../src/lib/atlas.ts';
import { run as runCheck } from '../../../src/cli/check.ts';
import { run as runRegistry } from '../../../src/cli/registry.ts';
import { readRegistry, registryPath } from '../../../src/lib/registry/file.ts';
import {
	compareRegistry,
	EMPTY_REGISTRY,
	formatRegistry,
	isRetired,
	updateRegistry,
} from '../../../src/lib/registry/registry.ts';
import { header } from '../helpers/sources.ts';

const page = (rows: string[]) =>
	`${header({ dialect: 'venue', role: 'primary' })}# Errors\n\n| Code | Message |\n| --- | --- |\n${rows.join('\n')}\n`;
const ROWS = ['| -1 | First. |', '| -2 | Second. |', '| -3 | Third. |'];

/** A project layout: <tmp>/sources/venue.md, whose registry is <tmp>/registry.json. */
function project(rows = ROWS) {
	const root = mkdtempSync(join(tmpdir(), 'atlas-registry-'));
	const dir = join(root, 'sources');
	mkdirSync(dir);
	writeFileSync(join(dir, 'venue.md'), page(rows));
	return { root, dir, registry: join(root, 'registry.json') };
}
const codesOf = (rows: string[]) => {
	const { dir } = project(rows);
	return readAtlas(dir).codes;
};

describe('the registry', () => {
	test('takes new codes with their first day, and compares nothing else against itself', () => {
		const registry = updateRegistry(
			EMPTY_REGISTRY,
			codesOf(ROWS),
			'2026-12-07',
			() => '2026-11-01',
		);
		expect(Object.keys(registry.codes)).toEqual(['venue/-1', 'venue/-2', 'venue/-3']);
		expect(registry.codes['venue/-1']).toMatchObject({
			url: '/venue/-1/',
			first: '2026-11-01',
			changed: '2026-11-01',
			retired: null,
			previous: [],
		});
		expect(registry.codes['venue/-1'].texts.messages).toEqual(['First.']);
		expect(compareRegistry(registry, codesOf(ROWS))).toEqual([]);
	});

	test("keeps a reworded code's old texts, retires a gone one with its last texts, and takes a returning one back", () => {
		const first = updateRegistry(EMPTY_REGISTRY, codesOf(ROWS), '2026-12-01');
		const later = codesOf(['| -1 | First, reworded. |', '| -3 | Third. |', '| -4 | Fourth. |']);
		expect(compareRegistry(first, later).map((change) => `${change.kind} ${change.key}`)).toEqual([
			'changed venue/-1',
			'gone venue/-2',
			'new venue/-4',
		]);
		const second = updateRegistry(first, later, '2026-12-07');
		expect(second.codes['venue/-1']).toMatchObject({
			first: '2026-12-01',
			changed: '2026-12-07',
			texts: { messages: ['First, reworded.'] },
			previous: [{ until: '2026-12-07', texts: { messages: ['First.'] } }],
		});
		expect(second.codes['venue/-2']).toMatchObject({
			retired: '2026-12-07',
			url: '/venue/-2/',
			texts: { messages: ['Second.'] },
		});
		expect(second.codes['venue/-4']).toMatchObject({ first: '2026-12-07', retired: null });
		// A retired code stays retired, on the day it left, however often the registry is written again.
		expect(updateRegistry(second, later, '2026-12-20').codes['venue/-2'].retired).toBe(
			'2026-12-07',
		);
		expect(compareRegistry(second, later)).toEqual([]);

		const back = codesOf(ROWS);
		expect(compareRegistry(second, back).map((change) => `${change.kind} ${change.key}`)).toEqual([
			'changed venue/-1',
			'returned venue/-2',
			'gone venue/-4',
		]);
		expect(updateRegistry(second, back, '2026-12-21').codes['venue/-2']).toMatchObject({
			retired: null,
			first: '2026-12-01',
		});
	});

	test('is written one code a line, in key order, and reads back as written', () => {
		const { registry } = project();
		const written = updateRegistry(EMPTY_REGISTRY, codesOf(ROWS), '2026-12-07');
		writeFileSync(registry, formatRegistry(written));
		const text = readFileSync(registry, 'utf8');
		expect(text.split('\n').filter((line) => line.startsWith('    "venue/'))).toHaveLength(3);
		expect(readRegistry(registry)).toEqual({ registry: written, problems: [] });
	});

	test('that is not JSON, or not a registry, is a problem naming the file and line', () => {
		const { registry } = project();
		writeFileSync(
			registry,
			'{\n  "version": 1,\n  "codes": {\n    "venue/-1": {"url": }\n  }\n}\n',
		);
		expect(readRegistry(registry).problems[0]).toMatchObject({ file: registry, line: 4 });
		writeFileSync(
			registry,
			'{\n  "version": 1,\n  "codes": {\n    "venue/-1": {"url":"/venue/-1/"}\n  }\n}\n',
		);
		const [problem] = readRegistry(registry).problems;
		expect(problem).toMatchObject({ file: registry, line: 4 });
		expect(problem.message).toMatch(/^codes\.venue\/-1\.first: /);
	});

	test('belongs beside a folder named sources, and no other', () => {
		expect(registryPath('content/sources')).toBe('content/registry.json');
		expect(registryPath('/x/y/sources/')).toBe('/x/y/registry.json');
		expect(registryPath('/tmp/atlas-sources-abc')).toBeNull();
	});
});

describe('the model', () => {
	test("holds the registry's retired codes, with their last texts, where no source documents them again", () => {
		const { dir, registry } = project();
		writeFileSync(
			registry,
			formatRegistry(
				updateRegistry(
					updateRegistry(EMPTY_REGISTRY, codesOf(ROWS), '2026-12-01'),
					codesOf(ROWS.slice(0, 2)),
					'2026-12-07',
				),
			),
		);
		writeFileSync(join(dir, 'venue.md'), page(ROWS.slice(0, 2)));
		const atlas = readAtlas(dir);
		expect(atlas.problems).toEqual([]);
		expect(atlas.published.filter(isRetired)).toEqual([
			{
				dialect: 'venue',
				id: '-3',
				code: -3,
				url: '/venue/-3/',
				first: '2026-12-01',
				changed: '2026-12-01',
				retired: '2026-12-07',
				texts: {
					name: null,
					title: 'Third.',
					messages: ['Third.'],
					description: null,
					solution: null,
				},
				previous: [],
			},
		]);
		// Documented again, it is a code like the others, no longer retired (check says the registry is behind).
		writeFileSync(join(dir, 'venue.md'), page(ROWS));
		expect(readAtlas(dir).published.filter(isRetired)).toEqual([]);
		expect(readAtlas(dir).published.map((entry) => `${entry.id} ${entry.retired}`)).toEqual([
			'-1 null',
			'-2 null',
			'-3 null',
		]);
	});

	test('fails on a registry it cannot read, like on a source', () => {
		const { dir, registry } = project();
		writeFileSync(registry, '{"version": 2}');
		expect(readAtlas(dir).problems).toEqual([expect.objectContaining({ file: registry, line: 1 })]);
	});
});

describe('check and registry update', () => {
	const capture = (dir: string) => {
		const out: string[] = [];
		const err: string[] = [];
		return {
			out,
			err,
			io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), sourcesDir: dir },
		};
	};

	test('a code removed from a copy of a source fails check, naming it, until the registry retires it', async () => {
		const { dir, registry } = project();
		const none = capture(dir);
		expect(await runCheck([dir], none.io)).toBe(0);
		expect(none.out).toContain(
			`registry: none at ${registry}; \`npx error-atlas registry update\` writes one`,
		);

		process.env.ERROR_ATLAS_TODAY = '2026-12-01';
		expect(await runRegistry(['update', dir], capture(dir).io)).toBe(0);
		const clean = capture(dir);
		expect(await runCheck([dir], clean.io)).toBe(0);
		expect(clean.out).toContain(`registry ${registry}: up to date, 3 codes, 0 retired`);

		writeFileSync(join(dir, 'venue.md'), page(['| -1 | First. |', '| -3 | Third, reworded. |']));
		const stale = capture(dir);
		expect(await runCheck([dir], stale.io)).toBe(1);
		expect(stale.out).toContain(`registry ${registry}: 1 changed, 1 gone`);
		expect(stale.out).toContain('  gone: venue/-2');
		expect(stale.out).toContain('  changed: venue/-3: "Third." -> "Third, reworded."');
		expect(stale.err.join('\n')).toContain('out of date with the sources: 1 changed, 1 gone');
		expect(stale.err.join('\n')).toContain('npx error-atlas registry update');

		process.env.ERROR_ATLAS_TODAY = '2026-12-07';
		const update = capture(dir);
		expect(await runRegistry(['update', dir], update.io)).toBe(0);
		expect(update.out[0]).toMatch(/registry\.json: 1 changed, 1 gone; 3 codes, 1 retired$/);
		expect(readRegistry(registry).registry!.codes['venue/-2']).toMatchObject({
			retired: '2026-12-07',
			url: '/venue/-2/',
		});
		expect(await runCheck([dir], capture(dir).io)).toBe(0);
		delete process.env.ERROR_ATLAS_TODAY;
	});

	test('update refuses a folder with a problem, so a code the readers lost is not retired', async () => {
		const { dir } = project();
		writeFileSync(join(dir, 'broken.md'), '# no front matter\n');
		const result = capture(dir);
		expect(await runRegistry(['update', dir], result.io)).toBe(1);
		expect(result.err.at(-1)).toMatch(/^the registry follows a clean import/);
	});
});

describe('the shipped registry', () => {
	test('is up to date with content/sources (run `npx error-atlas registry update` after changing a source)', () => {
		const sources = new URL('../../../content/sources', import.meta.url).pathname;
		const { registry, problems } = readRegistry(registryPath(sources)!);
		expect(problems).toEqual([]);
		expect(compareRegistry(registry!, readAtlas(sources).codes)).toEqual([]);
	});
});
