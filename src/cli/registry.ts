import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { readAtlas, type AtlasRead } from '../lib/atlas.ts';
import type { Problem } from '../lib/model/problems.ts';
import { formatProblem } from '../lib/model/problems.ts';
import { firstCommitDays, readRegistry, registryPath } from '../lib/registry/file.ts';
import {
	compareRegistry,
	EMPTY_REGISTRY,
	formatRegistry,
	updateRegistry,
	type RegistryChange,
} from '../lib/registry/registry.ts';
import type { CliIo } from './io.ts';

const USAGE = `usage: error-atlas registry [update] [dir]
  registry          what the sources change against the registry (new, changed, gone codes)
  registry update   write the registry from the sources: new codes enter, changed ones keep
                    their old texts, gone ones are retired, never removed
The registry of <dir>/ is registry.json beside it, for a folder named sources
(content/sources -> content/registry.json).`;

/** `error-atlas registry [update] [dir]`. */
export async function run(args: string[], io: CliIo): Promise<number> {
	if (args.includes('--help') || args.includes('-h')) {
		io.out(USAGE);
		return 0;
	}
	const update = args[0] === 'update';
	const dir = (update ? args.slice(1) : args).find((arg) => !arg.startsWith('-')) ?? io.sourcesDir;
	const path = registryPath(dir);
	if (!path) {
		io.err(
			`${dir} is not a folder named sources, so it has no registry (${USAGE.split('\n').at(-2)!.trim()})`,
		);
		return 2;
	}
	const atlas = readAtlas(dir);
	if (atlas.problems.length > 0) {
		for (const problem of atlas.problems) io.err(formatProblem(problem));
		io.err(
			`the registry follows a clean import: fix these first (npx error-atlas check ${relative(process.cwd(), dir) || '.'})`,
		);
		return 1;
	}
	const read = readRegistry(path);
	if (!update) {
		const report = registryReport(atlas, path, read);
		for (const line of report.lines) io.out(line);
		for (const problem of report.problems) io.err(formatProblem(problem));
		return report.problems.length > 0 ? 1 : 0;
	}
	if (read.problems.length > 0 && read.registry === null && !args.includes('--force')) {
		for (const problem of read.problems) io.err(formatProblem(problem));
		io.err(
			'the registry cannot be read, so updating it would forget its retired codes; fix it, or pass --force to write it anew',
		);
		return 1;
	}
	const before = read.registry ?? EMPTY_REGISTRY;
	const today = process.env.ERROR_ATLAS_TODAY ?? new Date().toISOString().slice(0, 10);
	// The first registry dates each code by the day its source was first committed.
	const days = read.registry
		? new Map<string, string>()
		: firstCommitDays(
				dir,
				atlas.reports.map((report) => report.file),
			);
	const changes = compareRegistry(before, atlas.codes);
	const after = updateRegistry(
		before,
		atlas.codes,
		today,
		(entry) => days.get(entry.sources[0].file) ?? today,
	);
	writeFileSync(path, formatRegistry(after));
	io.out(
		`${shown(path)}: ${summary(changes)}; ${Object.keys(after.codes).length} codes, ${Object.values(after.codes).filter((entry) => entry.retired !== null).length} retired`,
	);
	return 0;
}

/**
 * What `check` and `registry` say of the registry: counts per dialect, then each code; a
 * problem when it is out of date (or unreadable), with the command that updates it.
 */
export function registryReport(
	atlas: AtlasRead,
	path: string,
	read: ReturnType<typeof readRegistry>,
): { lines: string[]; problems: Problem[] } {
	const where = shown(path);
	if (read.problems.length > 0) return { lines: [], problems: read.problems };
	if (!read.registry)
		return {
			lines: [`registry: none at ${where}; \`npx error-atlas registry update\` writes one`],
			problems: [],
		};
	const changes = compareRegistry(read.registry, atlas.codes);
	const total = Object.keys(read.registry.codes).length;
	const retired = Object.values(read.registry.codes).filter(
		(entry) => entry.retired !== null,
	).length;
	if (changes.length === 0)
		return {
			lines: [`registry ${where}: up to date, ${total} codes, ${retired} retired`],
			problems: [],
		};
	const lines = [`registry ${where}: ${summary(changes)}`];
	const dialects = [...new Set(changes.map((change) => change.dialect))];
	for (const dialect of dialects)
		lines.push(`  ${dialect}: ${summary(changes.filter((change) => change.dialect === dialect))}`);
	for (const change of changes) lines.push(`  ${describe(change)}`);
	return {
		lines,
		problems: [
			{
				file: where,
				line: 1,
				message: `out of date with the sources: ${summary(changes)}`,
				hint: 'review the changes listed above, then run `npx error-atlas registry update` and commit the registry with the sources',
			},
		],
	};
}

/** A path as the user would type it from here: relative inside the working directory, else whole. */
function shown(path: string): string {
	const near = relative(process.cwd(), path);
	return near === '' || near.startsWith('..') ? path : near;
}

function summary(changes: RegistryChange[]): string {
	const kinds = ['new', 'changed', 'gone', 'returned'] as const;
	const parts = kinds
		.map((kind) => [kind, changes.filter((change) => change.kind === kind).length] as const)
		.filter(([, n]) => n > 0);
	return parts.length === 0 ? 'no change' : parts.map(([kind, n]) => `${n} ${kind}`).join(', ');
}

function describe(change: RegistryChange): string {
	if (change.kind !== 'changed') return `${change.kind}: ${change.key}`;
	const text = (texts: NonNullable<RegistryChange['before']>) =>
		JSON.stringify(
			[
				...new Set(
					[texts.name, texts.title, ...texts.messages, texts.description, texts.solution].filter(
						Boolean,
					),
				),
			].join(' | '),
		);
	return `changed: ${change.key}: ${text(change.before!)} -> ${text(change.after!)}`;
}
