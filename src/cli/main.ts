import { sourcesDir } from '../lib/atlas.ts';
import type { CliIo } from './io.ts';

const USAGE = `usage: error-atlas <command>
  check [dir]              parse report for every source; exit 1 on bad input
  decode [--json] "<text>" what a pasted client error is, best match first
  lookup [--json] <code>   every dialect's meaning of one signed number
  export --json [dir]      the normalized model as the JSON API serves it
  registry [update] [dir]  what the sources change against the registry; update writes it
  diff <old.md> <new.md>   what a new version of a source changes, code by code (--rev REV: against git)
  fetch <dialect> [dir]    download a dialect's sources again from upstream and show the diff
Sources come from [dir], else $ATLAS_SOURCES, else content/sources.`;

const commands: Record<
	string,
	() => Promise<{ run: (args: string[], io: CliIo) => Promise<number> }>
> = {
	check: () => import('./check.ts'),
	decode: () => import('./decode.ts'),
	lookup: () => import('./lookup.ts'),
	export: () => import('./export.ts'),
	registry: () => import('./registry.ts'),
	diff: () => import('./diff.ts'),
	fetch: () => import('./fetch.ts'),
};

/** Dispatches `error-atlas <command> ...` and returns the exit code. */
export async function run(argv: string[], io: CliIo = defaultIo()): Promise<number> {
	const [name, ...args] = argv;
	const load = name ? commands[name] : undefined;
	if (!load) {
		const help = !name || name === '--help' || name === '-h';
		if (help) io.out(USAGE);
		else io.err(`unknown command "${name}"\n${USAGE}`);
		return help ? 0 : 2;
	}
	const command = await load();
	return command.run(args, io);
}

function defaultIo(): CliIo {
	return {
		out: (text) => console.log(text),
		err: (text) => console.error(text),
		sourcesDir: sourcesDir(),
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	process.exitCode = await run(process.argv.slice(2));
}
