/**
 * Runs a command and measures it: wall time and peak resident memory of its whole process tree
 * (Astro's build spawns Pagefind and worker processes, so the parent's own RSS is not enough).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface RunResult {
	wallMs: number;
	/** Highest sampled sum of VmRSS over the tree, or one process's VmHWM if that is higher. */
	peakRssBytes: number;
	exitCode: number;
	/** Combined stdout and stderr. */
	output: string;
}

export interface RunOptions {
	cwd: string;
	env?: Record<string, string>;
	/** Echo the command's output as it runs (long builds look hung otherwise). */
	echo?: boolean;
}

const SAMPLE_MS = 100;

function kb(status: string, key: string): number {
	const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
	return m ? Number(m[1]) * 1024 : 0;
}

/** Pids of `root` and all its descendants, from /proc's parent links. */
function tree(root: number): number[] {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name may hold spaces and parentheses: fields resume after the last ')'.
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const list = children.get(ppid) ?? [];
			list.push(Number(name));
			children.set(ppid, list);
		} catch {
			// The process ended between listing and reading.
		}
	}
	const out = [root];
	for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
	return out;
}

function sample(root: number): { rss: number; hwm: number } {
	let rss = 0;
	let hwm = 0;
	for (const pid of tree(root)) {
		try {
			const status = readFileSync(`/proc/${pid}/status`, 'utf8');
			rss += kb(status, 'VmRSS');
			hwm = Math.max(hwm, kb(status, 'VmHWM'));
		} catch {
			// Gone already.
		}
	}
	return { rss, hwm };
}

/** Runs `command args` to completion; resolves even on failure (check `exitCode`). */
export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(command, args, {
			cwd: options.cwd,
			env: { ...process.env, ...options.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const chunks: Buffer[] = [];
		const take = (chunk: Buffer): void => {
			chunks.push(chunk);
			if (options.echo) process.stderr.write(chunk);
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		let peak = 0;
		const tick = (): void => {
			if (child.pid === undefined) return;
			const { rss, hwm } = sample(child.pid);
			peak = Math.max(peak, rss, hwm);
		};
		const timer = setInterval(tick, SAMPLE_MS);
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('close', (code) => {
			clearInterval(timer);
			resolve({
				wallMs: performance.now() - start,
				peakRssBytes: peak,
				exitCode: code ?? 1,
				output: Buffer.concat(chunks).toString('utf8'),
			});
		});
	});
}

/** Runs several commands one after another as one measured step (times add up, peaks take the max). */
export async function runAll(steps: [string, string[]][], options: RunOptions): Promise<RunResult> {
	const total: RunResult = { wallMs: 0, peakRssBytes: 0, exitCode: 0, output: '' };
	for (const [command, args] of steps) {
		const r = await run(command, args, options);
		total.wallMs += r.wallMs;
		total.peakRssBytes = Math.max(total.peakRssBytes, r.peakRssBytes);
		total.output += r.output;
		total.exitCode = r.exitCode;
		if (r.exitCode !== 0) break;
	}
	return total;
}
