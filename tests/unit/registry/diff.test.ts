import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../../src/cli/diff.ts';
import { header } from '../helpers/sources.ts';

const page = (sections: Record<string, string[]>) =>
	`${header({ dialect: 'venue', role: 'primary' })}# Errors\n\n${Object.entries(sections)
		.map(
			([title, rows]) =>
				`## ${title}\n\n| Code | Name | Message |\n| --- | --- | --- |\n${rows.join('\n')}\n`,
		)
		.join('\n')}`;
const OLD = page({
	General: ['| -1 | ONE | First. |', '| -2 | TWO | Second. |', '| -3 | THREE | Third. |'],
	Orders: ['| -4 | FOUR | Fourth. |'],
});
const NEW = page({
	General: ['| -1 | ONE | First, reworded. |', '| -3 | TRES | Third. |', '| -5 | FIVE | Fifth. |'],
	Trading: ['| -4 | FOUR | Fourth. |'],
});

function call(args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	return run(args, { out: (s) => out.push(s), err: (s) => err.push(s), sourcesDir: '.' }).then(
		(code) => ({ code, out, err }),
	);
}

function files() {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-diff-test-'));
	writeFileSync(join(dir, 'old.md'), OLD);
	writeFileSync(join(dir, 'new.md'), NEW);
	return dir;
}

describe('error-atlas diff', () => {
	test('prints what the new version changes, code by code', async () => {
		const dir = files();
		const { code, out } = await call([join(dir, 'old.md'), join(dir, 'new.md')]);
		expect(code).toBe(0);
		expect(out).toEqual([
			'venue: 1 added, 1 removed, 1 renamed, 1 reworded, 1 moved',
			'  reworded: -1: "First." -> "First, reworded."',
			'  renamed: -3: THREE -> TRES',
			'  added: -5 FIVE "Fifth."',
			'  moved: -4: "Orders" -> "Trading"',
			'  removed: -2 TWO "Second."',
		]);
	});

	test('gives the same as JSON, with the texts before and after', async () => {
		const dir = files();
		const { out } = await call(['--json', join(dir, 'old.md'), join(dir, 'new.md')]);
		const { changes } = JSON.parse(out[0]);
		expect(
			changes.map((change: { id: string; kinds: string[] }) => [change.id, change.kinds]),
		).toEqual([
			['-1', ['reworded']],
			['-3', ['renamed']],
			['-5', ['added']],
			['-4', ['moved']],
			['-2', ['removed']],
		]);
		expect(changes[0]).toMatchObject({
			before: { messages: ['First.'], section: 'General' },
			after: { messages: ['First, reworded.'] },
		});
	});

	test('compares a source with a git revision of itself, with its sibling sources', async () => {
		const root = mkdtempSync(join(tmpdir(), 'atlas-diff-git-'));
		const sources = join(root, 'sources');
		mkdirSync(sources);
		writeFileSync(join(sources, 'venue.md'), OLD);
		const git = (...args: string[]) =>
			spawnSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], {
				cwd: root,
				encoding: 'utf8',
			});
		expect(git('init', '-q').status).toBe(0);
		git('add', '.');
		expect(git('commit', '-q', '-m', 'old').status).toBe(0);
		writeFileSync(join(sources, 'venue.md'), NEW);
		const { code, out } = await call([join(sources, 'venue.md'), '--rev', 'HEAD']);
		expect(code).toBe(0);
		expect(out[0]).toBe('venue: 1 added, 1 removed, 1 renamed, 1 reworded, 1 moved');
		const bad = await call([join(sources, 'venue.md'), '--rev', 'no-such-rev']);
		expect(bad.code).toBe(1);
		expect(bad.err[0]).toMatch(/^git show no-such-rev:venue\.md failed/);
	});

	test('says what is wrong with its arguments, and with a version it cannot read', async () => {
		const dir = files();
		expect((await call([join(dir, 'old.md')])).code).toBe(2);
		expect((await call([join(dir, 'old.md'), join(dir, 'missing.md')])).err[0]).toMatch(
			/missing\.md: no such file/,
		);
		writeFileSync(join(dir, 'broken.md'), '# no front matter\n');
		const broken = await call([join(dir, 'broken.md'), join(dir, 'new.md')]);
		expect(broken.code).toBe(1);
		expect(broken.err[0]).toMatch(
			new RegExp(`^${join(dir, 'broken.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: `),
		);
	});
});
