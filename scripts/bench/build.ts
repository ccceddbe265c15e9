/** Builds one benchmark site cold in its own temp dir and measures the build. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from './corpus.ts';
import type { SiteKey } from './args.ts';
import type { SiteResult } from './budgets.ts';
import { distStats } from './dist.ts';
import { runAll } from './proc.ts';
import { copyAtlas, writeBareStarlight, writePlainAstro } from './sites.ts';

export const LABELS: Record<SiteKey, string> = {
	atlas: 'Error Atlas',
	starlight: 'bare Starlight',
	astro: 'plain Astro (floor)',
};

export interface BuildContext {
	project: string;
	/** The benchmark's temp dir. */
	root: string;
	corpus: Corpus;
	corpusDir: string;
	/** Extra node flags for the astro process, e.g. `--cpu-prof`. */
	nodeFlags?: string[];
}

/** Astro's timing lines, labelled with the step they close. */
export function phases(log: string): string[] {
	const out: string[] = [];
	let step = '';
	for (const raw of log.split('\n')) {
		const line = raw
			.replace(/\x1b\[[0-9;]*m/g, '')
			.replace(/^\d\d:\d\d:\d\d\s+/, '')
			.trim();
		const header =
			/^\[build\] (.+)\.\.\.$/.exec(line)?.[1] ??
			(/generating static routes/.test(line) ? 'Generating static routes' : null);
		if (header) step = header;
		const m = /Completed in (\S+?)\.?$/.exec(line);
		if (m) out.push(`${step || 'step'} ${m[1]}`);
		else if (/^\[types\] Generated (\S+)/.test(line)) out.push(`types ${line.split(' ').pop()}`);
		else if (/^\[vite\] ✓ built in (\S+)/.test(line))
			out.push(`vite bundle ${line.split(' ').pop()}`);
		else if (/Finished building search index in (\S+?)\.?$/.test(line))
			out.push(`Pagefind ${/in (\S+?)\.?$/.exec(line)![1]}`);
		else if (/^Finished in ([\d.]+) seconds/.test(line))
			out.push(`Pagefind ${/([\d.]+)/.exec(line)![1]}s`);
		else if (/Pagefind indexed \d+ HTML files.* in (\d+)ms$/.test(line))
			out.push(`Pagefind ${(Number(/in (\d+)ms$/.exec(line)![1]) / 1000).toFixed(2)}s`);
		else if (/page\(s\) built in/.test(line))
			out.push(`astro total ${line.replace(/^\[build\] /, '')}`);
	}
	return out;
}

/** Builds `key` into `<root>/<name>/dist` (name defaults to key); a failed build throws with the log's tail. */
export async function buildSite(
	key: SiteKey,
	ctx: BuildContext,
	name: string = key,
): Promise<SiteResult> {
	const { project, root, corpus, corpusDir } = ctx;
	const dir = join(root, name);
	const dist = join(dir, 'dist');
	const astro = [
		...(ctx.nodeFlags ?? []),
		join(project, 'node_modules/astro/bin/astro.mjs'),
		'build',
		'--outDir',
		dist,
	];
	const env: Record<string, string> = { ASTRO_TELEMETRY_DISABLED: '1' };
	const steps: [string, string[]][] = [];
	if (key === 'atlas') {
		if (!existsSync(join(project, 'astro.config.mjs'))) {
			return {
				key,
				label: LABELS[key],
				skipped: 'the project has no astro.config.mjs yet',
				wallMs: 0,
				wallRuns: [],
				peakRssBytes: 0,
				dist: null,
				distDir: null,
				phases: [],
			};
		}
		const config = copyAtlas(dir, project);
		env.ATLAS_SOURCES = corpusDir;
		steps.push([process.execPath, [...astro, '--config', config]]);
	} else if (key === 'starlight') {
		writeBareStarlight(dir, corpus, project);
		steps.push([process.execPath, astro]);
	} else {
		writePlainAstro(dir, corpus, project);
		steps.push(
			[process.execPath, astro],
			[
				process.execPath,
				[join(project, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist],
			],
		);
	}
	const result = await runAll(steps, { cwd: dir, env });
	writeFileSync(join(root, `${name}.log`), result.output);
	if (result.exitCode !== 0) {
		throw new Error(
			`${LABELS[key]} build failed (exit ${result.exitCode}):\n${result.output.trim().split('\n').slice(-25).join('\n')}`,
		);
	}
	return {
		key,
		label: LABELS[key],
		skipped: null,
		wallMs: result.wallMs,
		wallRuns: [result.wallMs],
		peakRssBytes: result.peakRssBytes,
		dist: distStats(dist),
		distDir: dist,
		phases: phases(result.output),
	};
}

/** Folds repeated builds of one site: the fastest run (least disturbed by other load) and the highest peak. */
export function bestOf(runs: SiteResult[]): SiteResult {
	const best = runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
	return {
		...best,
		wallRuns: runs.flatMap((r) => r.wallRuns),
		peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)),
	};
}
