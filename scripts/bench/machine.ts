/** The machine and the versions a benchmark ran with, for the record. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from './search.ts';

export interface Machine {
	date: string;
	cpu: string;
	cores: number;
	memoryGb: number;
	kernel: string;
	node: string;
	/** 1-minute load average when the run started: other work on the machine skews timings. */
	loadAtStart: number;
	versions: Record<string, string>;
}

function version(project: string, pkg: string): string {
	try {
		return (
			JSON.parse(readFileSync(join(project, 'node_modules', pkg, 'package.json'), 'utf8')) as {
				version: string;
			}
		).version;
	} catch {
		return 'missing';
	}
}

function chromiumVersion(): string {
	try {
		// The Debian launcher prints a harmless shell warning first; keep the version line only.
		const out = execFileSync(CHROMIUM, ['--version'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		return /Chromium [\d.]+/.exec(out)?.[0] ?? out.trim();
	} catch {
		return 'missing';
	}
}

/** Describes this machine; `project` is where node_modules lives; `load` as sampled at the start. */
export function machine(project: string, load: number): Machine {
	return {
		date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
		cpu: cpus()[0]?.model.trim() ?? 'unknown',
		cores: cpus().length,
		memoryGb: Math.round(totalmem() / 2 ** 30),
		kernel: release(),
		node: process.version,
		loadAtStart: load,
		versions: Object.fromEntries(
			['astro', '@astrojs/starlight', 'pagefind', 'vite', 'lighthouse', '@playwright/test']
				.map((p) => [p, version(project, p)])
				.concat([['chromium', chromiumVersion()]]),
		) as Record<string, string>,
	};
}

/** The 1-minute load average now. */
export const currentLoad = (): number => loadavg()[0];

/**
 * Waits for the builds' after-effects to pass before a latency measurement: flushes the
 * file system (hundreds of megabytes of build output are still being written back) and
 * waits until the 1-minute load is under half the cores, for at most `maxMs`. Returns the
 * load it ended at, for the report.
 */
export async function settle(maxMs = 60_000): Promise<number> {
	const started = Date.now();
	try {
		execFileSync('sync');
	} catch {
		// No sync command here: the wait below still helps.
	}
	const target = navigator.hardwareConcurrency / 2;
	while (currentLoad() >= target && Date.now() - started < maxMs)
		await new Promise((resolve) => setTimeout(resolve, 2000));
	return currentLoad();
}
