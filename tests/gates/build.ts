/**
 * Runs the real CLI and the real site build on a fixture directory, each build with its
 * own output and content cache, so fixture builds can run side by side with each other and
 * with the main build.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

export interface RunResult {
	status: number | null;
	/** stdout and stderr, interleaved as written. */
	output: string;
	stderr: string;
}

// Vitest exports Vite's own variables (BASE_URL=/, MODE=test, NODE_ENV=test...) into
// process.env; a child build that inherits them is not a production build (no shared parts)
// and ignores its base path.
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|VITE_.*)$/;

/** The environment of this process without what Vitest added to it. */
export function cleanEnv(): Record<string, string | undefined> {
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.test(key)));
}

/** Runs `node <args>` in the repository root. */
export function runNode(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, args, {
			cwd: ROOT,
			env: {
				...cleanEnv(),
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				...env,
			},
		});
		let output = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			stderr += chunk.toString();
		});
		child.on('error', fail);
		child.on('close', (status) => done({ status, output, stderr }));
	});
}

/** `error-atlas check <dir>`, through the package's `bin`. */
export function check(dir: string): Promise<RunResult> {
	return runNode(['bin/error-atlas.mjs', 'check', dir]);
}

/** A fresh temporary directory; `cleanup()` removes every one made. */
const made: string[] = [];
export function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), `atlas-${prefix}-`));
	made.push(dir);
	return dir;
}
export function cleanup(): void {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** `astro build` of the site from `sources` into `outDir`. */
export function buildSite(
	sources: string,
	outDir: string,
	cacheDir = tempDir('cache'),
	env: Record<string, string> = {},
): Promise<RunResult> {
	return runNode([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		ATLAS_SOURCES: sources,
		ATLAS_CACHE_DIR: cacheDir,
		...env,
	});
}
