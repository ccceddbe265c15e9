import { readAtlas } from '../lib/atlas.ts';
import { formatProblem } from '../lib/model/problems.ts';
import { isRetired } from '../lib/registry/registry.ts';
import type { CliIo } from './io.ts';

const USAGE = `usage: error-atlas export --json [dir]
  Prints the normalized model, {"dialects": [...], "codes": [...], "retired": [...]}, exactly
  as the JSON API serves it (/api/v1/dialects.json, /api/v1/codes.json and /api/v1/retired.json),
  so a venue's page can be piped into other tools. Exit status as check: 1 when a source has a problem (listed on stderr).`;

/** `error-atlas export --json [dir]`: the model as JSON, with check's exit status. */
export async function run(args: string[], io: CliIo): Promise<number> {
	if (args.includes('--help') || args.includes('-h')) {
		io.out(USAGE);
		return 0;
	}
	const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--json');
	const dirs = args.filter((arg) => !arg.startsWith('-'));
	if (!args.includes('--json') || unknown.length > 0 || dirs.length > 1) {
		const what =
			unknown.length > 0
				? `unknown option ${unknown.join(', ')}`
				: dirs.length > 1
					? `one sources directory at most, got ${dirs.join(', ')}`
					: 'export writes JSON only: pass --json';
		io.err(`${what}\n${USAGE}`);
		return 2;
	}
	const { dialects, codes, published, problems } = readAtlas(dirs[0] ?? io.sourcesDir);
	io.out(JSON.stringify({ dialects, codes, retired: published.filter(isRetired) }, null, 2));
	for (const problem of problems) io.err(formatProblem(problem));
	return problems.length > 0 ? 1 : 0;
}
