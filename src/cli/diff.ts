import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { readAtlas } from '../lib/atlas.ts';
import { formatProblem, type Problem } from '../lib/model/problems.ts';
import { diffCodes, type CodeDiff } from '../lib/registry/diff.ts';
import type { CliIo } from './io.ts';

const USAGE = `usage: error-atlas diff [--json] <old.md> <new.md>
       error-atlas diff [--json] <source.md> --rev <git revision>
  What a new version of a source changes, code by code: added, removed, renamed, reworded
  (old and new text), moved to another section. With --rev, the old version is the file at
  that revision (git show), the new one the file as it is. A file in a folder named sources is
  read with the other sources beside it, so a secondary or a translation reads as it does there.`;

/** `error-atlas diff`: what a reviewer of a source update reads. */
export async function run(args: string[], io: CliIo): Promise<number> {
	if (args.includes('--help') || args.includes('-h')) {
		io.out(USAGE);
		return 0;
	}
	const json = args.includes('--json');
	const revAt = args.indexOf('--rev');
	const rev = revAt === -1 ? null : args[revAt + 1];
	const files = args.filter((arg, i) => !arg.startsWith('--') && (revAt === -1 || i !== revAt + 1));
	const usage = (what: string) => {
		io.err(`${what}\n${USAGE}`);
		return 2;
	};
	if (rev === undefined) return usage('--rev needs a revision');
	if (files.length !== (rev === null ? 2 : 1))
		return usage(rev === null ? 'give the old and the new file' : 'give one file with --rev');
	for (const file of files) if (!existsSync(file)) return usage(`${file}: no such file`);
	const target = resolve(files.at(-1)!);
	let oldText: string;
	if (rev === null) oldText = readFileSync(files[0], 'utf8');
	else {
		const shown = spawnSync('git', ['show', `${rev}:./${basename(target)}`], {
			cwd: dirname(target),
			encoding: 'utf8',
		});
		if (shown.status !== 0) {
			io.err(
				`git show ${rev}:${basename(target)} failed in ${dirname(target)}: ${shown.stderr.trim()}`,
			);
			return 1;
		}
		oldText = shown.stdout;
	}
	const before = importWith(target, oldText);
	const after = importWith(target, readFileSync(target, 'utf8'));
	// The old version's lines are its own: name it as it was given (`old.md`, `REV:source.md`).
	const oldName = rev === null ? files[0] : `${rev}:${files[0]}`;
	const problems = [
		...before.problems.map((problem) => ({ ...problem, file: oldName })),
		...after.problems.map((problem) => ({ ...problem, file: files.at(-1)! })),
	];
	if (problems.length > 0) {
		for (const problem of problems) io.err(formatProblem(problem));
		return 1;
	}
	const diffs = diffCodes(before.codes, after.codes);
	if (json) io.out(JSON.stringify({ changes: diffs }, null, 2));
	else for (const line of describe(diffs)) io.out(line);
	return 0;
}

/**
 * The codes of `file`'s dialect when the file says `text`: read with its sibling sources when
 * it sits in a folder named sources (so its primary and translations count), else alone.
 */
export function importWith(
	file: string,
	text: string,
): { codes: ReturnType<typeof readAtlas>['codes']; problems: Problem[] } {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-diff-'));
	try {
		const folder = dirname(file);
		if (basename(folder) === 'sources') {
			for (const name of readdirSync(folder))
				if (name.endsWith('.md') && name !== basename(file))
					copyFileSync(join(folder, name), join(dir, name));
		}
		writeFileSync(join(dir, basename(file)), text);
		const atlas = readAtlas(dir);
		const dialect = atlas.reports.find((report) => report.file === basename(file))?.dialect;
		const problems = atlas.problems.filter(
			(problem) => problem.file === basename(file) || !problem.file.endsWith('.md'),
		);
		return { codes: atlas.codes.filter((entry) => entry.dialect === dialect), problems };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The diff as lines: a count per kind, then each code. */
export function describe(diffs: CodeDiff[]): string[] {
	if (diffs.length === 0) return ['no change to any code'];
	const kinds = ['added', 'removed', 'renamed', 'reworded', 'moved'] as const;
	const counts = kinds
		.map((kind) => [kind, diffs.filter((diff) => diff.kinds.includes(kind)).length] as const)
		.filter(([, n]) => n > 0);
	const lines = [`${diffs[0].dialect}: ${counts.map(([kind, n]) => `${n} ${kind}`).join(', ')}`];
	const label = (texts: NonNullable<CodeDiff['before']>) => texts.name ?? texts.title;
	const words = (texts: NonNullable<CodeDiff['before']>) =>
		JSON.stringify(
			[
				...new Set(
					[
						texts.title === texts.name ? null : texts.title,
						...texts.messages,
						texts.description,
						texts.solution,
					].filter(Boolean),
				),
			].join(' | '),
		);
	for (const diff of diffs) {
		const { before, after } = diff;
		if (!before) lines.push(`  added: ${diff.id} ${label(after!)} ${words(after!)}`);
		else if (!after) lines.push(`  removed: ${diff.id} ${label(before)} ${words(before)}`);
		else {
			if (diff.kinds.includes('renamed'))
				lines.push(
					`  renamed: ${diff.id}: ${before.name ?? '(no name)'} -> ${after.name ?? '(no name)'}`,
				);
			if (diff.kinds.includes('reworded'))
				lines.push(`  reworded: ${diff.id}: ${words(before)} -> ${words(after)}`);
			if (diff.kinds.includes('moved'))
				lines.push(`  moved: ${diff.id}: "${before.section}" -> "${after.section}"`);
		}
	}
	return lines;
}
