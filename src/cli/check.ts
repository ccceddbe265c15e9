import { readAtlas } from '../lib/atlas.ts';
import { formatProblem } from '../lib/problems.ts';
import type { CliIo } from './io.ts';

/** `error-atlas check [dir]`: the parse report for every source; exit 1 on any problem. */
export async function run(args: string[], io: CliIo): Promise<number> {
	const dir = args.find((arg) => !arg.startsWith('-')) ?? io.sourcesDir;
	const { reports, problems, dialects } = readAtlas(dir);
	for (const report of reports) {
		io.out(
			`${report.file}  ${report.dialect ?? '?'} (${report.role ?? '?'}): ${report.codes} codes, ${report.sections} sections, ` +
				`${report.ranges} ranges, ${report.httpStatuses} HTTP statuses, ${report.prose} prose parts, ${report.notes.length} notes`,
		);
		for (const note of report.notes) io.out(`  ${report.file}:${note.line}: note on ${note.code}: ${note.text}`);
		for (const line of report.unread) {
			io.out(`  ${report.file}:${line.line}: not data${line.codeBearing ? ' (holds a code)' : ''}: ${line.text}`);
		}
	}
	for (const dialect of dialects) {
		io.out(`dialect ${dialect.id}: ${dialect.codeCount} codes in ${dialect.sections.length} sections, ${dialect.ranges.length} ranges`);
	}
	if (problems.length > 0) {
		for (const problem of problems) io.err(formatProblem(problem));
		io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
		return 1;
	}
	io.out(`ok: ${reports.length} sources, no unread code-bearing line`);
	return 0;
}
