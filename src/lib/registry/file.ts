import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Problem } from '../model/problems.ts';
import { registrySchema, type Registry } from './registry.ts';

/**
 * A sources folder named `sources` has its registry beside it (`content/sources` ->
 * `content/registry.json`); any other folder (a test's temporary one) has none.
 */
export function registryPath(sourcesDir: string): string | null {
	return basename(sourcesDir.replace(/[\\/]+$/, '')) === 'sources'
		? join(dirname(sourcesDir.replace(/[\\/]+$/, '')), 'registry.json')
		: null;
}

/** The registry at `path`; null when there is none; a problem naming the file and line when it is not one. */
export function readRegistry(path: string): { registry: Registry | null; problems: Problem[] } {
	if (!existsSync(path)) return { registry: null, problems: [] };
	const text = readFileSync(path, 'utf8');
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const message = (error as Error).message;
		return {
			registry: null,
			problems: [
				{
					file: path,
					line: badLine(text, message),
					message: `not JSON: ${message}`,
					hint: 'fix the line, or write the registry anew with `npx error-atlas registry update --force`',
				},
			],
		};
	}
	const parsed = registrySchema.safeParse(json);
	if (parsed.success) return { registry: parsed.data, problems: [] };
	const issue = parsed.error.issues[0];
	const key = issue.path[1];
	const line = typeof key === 'string' ? lineOf(text, JSON.stringify(key)) : 1;
	return {
		registry: null,
		problems: [
			{
				file: path,
				line,
				message: `${issue.path.join('.') || 'the file'}: ${issue.message}`,
				hint: 'the registry is written by `npx error-atlas registry update`; fix the line or write it again',
			},
		],
	};
}

/** The line JSON.parse stopped at: its position when it gives one, else the first code line that is not JSON on its own. */
function badLine(text: string, message: string): number {
	const position = /position (\d+)/.exec(message)?.[1];
	if (position) return text.slice(0, Number(position)).split('\n').length;
	const lines = text.split('\n');
	const index = lines.findIndex((line) => {
		if (!line.startsWith('    "')) return false;
		try {
			JSON.parse(`{${line.replace(/,\s*$/, '')}}`);
			return false;
		} catch {
			return true;
		}
	});
	return index + 1 || 1;
}

function lineOf(text: string, needle: string): number {
	const at = text.indexOf(needle);
	return at === -1 ? 1 : text.slice(0, at).split('\n').length;
}

/**
 * The day each source file was first committed, from git: the first registry dates its codes
 * by it. A folder outside a git work tree, or a file not committed yet, has no entry.
 */
export function firstCommitDays(sourcesDir: string, files: readonly string[]): Map<string, string> {
	const days = new Map<string, string>();
	for (const file of files) {
		const result = spawnSync(
			'git',
			['log', '--diff-filter=A', '--follow', '--format=%as', '--', file],
			{ cwd: sourcesDir, encoding: 'utf8' },
		);
		const day =
			result.status === 0 ? result.stdout.trim().split('\n').filter(Boolean).at(-1) : undefined;
		if (day) days.set(file, day);
	}
	return days;
}
