import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';

/**
 * Files the build makes from the model alone (alias pages, per-code JSON) are written by a
 * worker thread into a staging folder once the pages are generated, while Pagefind indexes
 * them, and moved into the output at the end: after Pagefind, which so never opens them, and
 * off the main thread, which runs the build's other steps.
 */

/** A build output written this way: what to write, and how to put it in place. */
export interface StagedOutput {
	/** The integration's name. */
	name: string;
	/** What the build's messages call the files. */
	label: string;
	/** Its staging folder in Astro's cache folder. */
	folder: string;
	/** The files, paths from the staging folder: asked for when the pages are generated. */
	files(config: AstroConfig): Array<[string, string]>;
	/** Moves what was written from `staging` into the output folder `out`, at the end of the build. */
	place(staging: string, out: string, logger: AstroIntegrationLogger, written: number): void;
}

/**
 * The integration of a {@link StagedOutput}: its files written on a worker thread from
 * `astro:build:generated` on (while Pagefind indexes the pages), put in place in
 * `astro:build:done`, after the integrations before it, and the staging folder removed.
 */
export function stagedOutput(output: StagedOutput): AstroIntegration {
	let config: AstroConfig | null = null;
	let staging = '';
	let staged: Promise<number> | null = null;
	return {
		name: output.name,
		hooks: {
			'astro:config:done': (options) => {
				config = options.config;
				staging = join(fileURLToPath(config.cacheDir), output.folder);
			},
			'astro:build:generated': () => {
				rmSync(staging, { recursive: true, force: true });
				staged = stageFiles(staging, output.files(config!));
				// A failure is reported when astro:build:done awaits it, not as an unhandled rejection before.
				staged.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!staged)
					throw new AstroError(
						`the ${output.label} were never staged: astro:build:generated did not run`,
						`check that src/site/plugin.ts adds the ${output.name} integration and that the installed Astro still calls astro:build:generated`,
					);
				output.place(staging, fileURLToPath(dir), logger, await staged);
				rmSync(staging, { recursive: true, force: true });
			},
		},
	};
}

/** Writes `files` (paths relative to `root`) on a worker thread; resolves with how many it wrote. */
export function stageFiles(root: string, files: Array<[string, string]>): Promise<number> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./write-files.worker.mjs', import.meta.url), {
			workerData: { root, files },
		});
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) =>
			code === 0
				? undefined
				: reject(new Error(`the staged-file writer stopped with exit code ${code}`)),
		);
	});
}

/** Moves a staged file or folder into the output; copies it when the staging folder is on another file system. */
export function moveIntoPlace(from: string, to: string): void {
	try {
		renameSync(from, to);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') {
			// The output has no parent folder for it yet.
			mkdirSync(dirname(to), { recursive: true });
			renameSync(from, to);
		} else if (code === 'EXDEV') {
			cpSync(from, to, { recursive: true, errorOnExist: true, force: false });
		} else {
			throw error;
		}
	}
}
