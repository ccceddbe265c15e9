import { relative } from 'node:path';
import { readAtlas, type AtlasRead } from '../lib/atlas.ts';
import { formatProblem } from '../lib/model/problems.ts';
import { readRegistry, registryPath } from '../lib/registry/file.ts';
import type { CliIo } from './io.ts';
import { registryReport } from './registry.ts';

/**
 * `error-atlas check [dir]`: the parse report for every source; exit 1 on any problem. One line
 * per source, per dialect and for the concepts, then the detail lines: normalization notes, lines
 * that did not become data, what concept alignment left open.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
	const dir = args.find((arg) => !arg.startsWith('-')) ?? io.sourcesDir;
	const atlas = readAtlas(dir);
	const { reports, dialects } = atlas;
	// The one-line summaries come first, so a source's counts are not lost among other sources' notes.
	for (const report of reports) {
		io.out(
			`${report.file}  ${report.dialect ?? '?'} (${report.role ?? '?'}): ${count(report.codes, 'code')}, ${count(report.sections, 'section')}, ` +
				`${count(report.ranges, 'range')}, ${count(report.httpStatuses, 'HTTP status', 'HTTP statuses')}, ` +
				`${count(report.prose, 'prose part')}, ${count(report.notes.length, 'note')}`,
		);
	}
	for (const dialect of dialects) {
		io.out(
			`dialect ${dialect.id}: ${count(dialect.codeCount, 'code')} in ${count(dialect.sections.length, 'section')}, ${count(dialect.ranges.length, 'range')}`,
		);
	}
	const [conceptSummary, ...conceptDetails] = conceptLines(atlas);
	io.out(conceptSummary);
	// Only a clean import is compared with the registry: a code the readers lost would read as retired.
	const registry = registryPath(dir);
	const registryCheck =
		registry && atlas.problems.length === 0
			? registryReport(atlas, registry, readRegistry(registry))
			: { lines: [], problems: [] };
	const [registrySummary, ...registryDetails] = registryCheck.lines;
	if (registrySummary) io.out(registrySummary);
	for (const report of reports) {
		for (const note of report.notes)
			io.out(`  ${report.file}:${note.line}: note on ${note.code}: ${note.text}`);
		for (const line of report.unread) {
			io.out(
				`  ${report.file}:${line.line}: not data${line.codeBearing ? ' (holds a code)' : ''}: ${line.text}`,
			);
		}
	}
	for (const line of conceptDetails) io.out(line);
	for (const line of registryDetails) io.out(line);
	const problems = [...atlas.problems, ...registryCheck.problems];
	if (problems.length > 0) {
		for (const problem of problems) io.err(formatProblem(problem));
		io.err(`${count(problems.length, 'problem')} in ${dir}`);
		return 1;
	}
	io.out(`ok: ${count(reports.length, 'source')}, no unread code-bearing line`);
	return 0;
}

/** `1 section`, `2 sections`. */
function count(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/**
 * What alignment left open. These are reports, not failures: a code may have no concept, and
 * a new concept may start with one member; they are listed so a curator can act on them.
 */
export function conceptLines({ codes, concepts, conceptReport }: AtlasRead): string[] {
	const { dir, files, unassigned, ambiguous, groups } = conceptReport;
	const label = (entry: { dialect: string; id: string; title: string }) =>
		`${entry.dialect}/${entry.id} ${entry.title}`;
	const where = relative(process.cwd(), dir) || '.';
	// A fixture without concept files is not a curation backlog: say so once instead of listing every code.
	if (files === 0) return [`concepts: none in ${where}; no code has a concept`];
	const lines = [
		`concepts: ${files} in ${where}; ${codes.length - unassigned.length} of ${codes.length} codes have one, ${unassigned.length} have none`,
	];
	const lonely = concepts.filter((concept) => concept.members.length < 2);
	for (const concept of lonely) {
		lines.push(
			`  concept ${concept.id} has ${concept.members.length === 0 ? 'no member' : `one member, ${label(concept.members[0])}`}`,
		);
	}
	for (const { entry, concepts: ids } of ambiguous) {
		lines.push(
			`  ${label(entry)} says what several concepts say (${ids.join(', ')}); an include decides`,
		);
	}
	for (const group of groups) {
		lines.push(`  no concept yet for "${group.key}": ${group.entries.map(label).join('; ')}`);
	}
	for (const entry of unassigned) lines.push(`  without a concept: ${label(entry)}`);
	return lines;
}
