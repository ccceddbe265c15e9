/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';

export type SiteKey = 'atlas' | 'starlight' | 'astro';

export interface BenchOptions {
	codes: number;
	dialects: number;
	/** Builds per site, interleaved; the fastest counts. */
	runs: number;
	seed: string;
	quick: boolean;
	lighthouse: boolean;
	profile: boolean;
	/** Also build and search the real atlas of content/sources. */
	shipped: boolean;
	keep: boolean;
	strict: boolean;
	sites: SiteKey[];
	/** Markdown report to (re)write; null prints only. */
	out: string | null;
}

export const USAGE = `usage: npm run bench [-- options]
  --codes N        codes in the corpus, over all dialects (default 10000; --quick: 300)
  --dialects K     dialects (default 8, two per source format; --quick: 4)
  --seed S         corpus seed (default error-atlas)
  --runs R         build each site R times, interleaved, and keep the fastest (default 3; --quick: 1)
  --quick          small corpus, no Lighthouse, no report file: the smoke run npm test uses
  --no-lighthouse  skip Lighthouse
  --profile        also build Error Atlas once under node --cpu-prof and summarize the profile
  --no-shipped     skip building and searching the shipped atlas (content/sources)
  --sites LIST     comma-separated subset of atlas,starlight,astro (default all)
  --out FILE       report file (default BENCHMARKS.md; --quick: none)
  --keep           keep the temp dir (sites, dists, corpus) for inspection
  --strict         exit 1 when a budget is missed (default: report only)`;

/** Parses argv (without node and script). Throws with the usage on bad input. */
export function parseBenchArgs(argv: string[]): BenchOptions {
	const { values } = parseArgs({
		args: argv,
		options: {
			codes: { type: 'string' },
			dialects: { type: 'string' },
			seed: { type: 'string' },
			runs: { type: 'string' },
			quick: { type: 'boolean' },
			'no-lighthouse': { type: 'boolean' },
			profile: { type: 'boolean' },
			'no-shipped': { type: 'boolean' },
			sites: { type: 'string' },
			out: { type: 'string' },
			keep: { type: 'boolean' },
			strict: { type: 'boolean' },
			help: { type: 'boolean' },
		},
	});
	if (values.help) throw new Error(USAGE);
	const quick = values.quick ?? false;
	const int = (v: string | undefined, fallback: number, name: string): number => {
		if (v === undefined) return fallback;
		const n = Number(v);
		if (!Number.isInteger(n) || n < 1)
			throw new Error(`--${name} wants a positive integer, got "${v}"\n${USAGE}`);
		return n;
	};
	const sites = (values.sites ?? 'atlas,starlight,astro')
		.split(',')
		.map((s) => s.trim()) as SiteKey[];
	for (const s of sites)
		if (!['atlas', 'starlight', 'astro'].includes(s))
			throw new Error(`unknown site "${s}"\n${USAGE}`);
	return {
		codes: int(values.codes, quick ? 300 : 10_000, 'codes'),
		dialects: int(values.dialects, quick ? 4 : 8, 'dialects'),
		runs: int(values.runs, quick ? 1 : 3, 'runs'),
		seed: values.seed ?? 'error-atlas',
		quick,
		lighthouse: !quick && !values['no-lighthouse'],
		profile: values.profile ?? false,
		shipped: !values['no-shipped'],
		keep: values.keep ?? false,
		strict: values.strict ?? false,
		sites,
		out: values.out ?? (quick ? null : 'BENCHMARKS.md'),
	};
}
