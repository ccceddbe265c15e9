import { cpSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Files the build makes from the model alone (alias pages, per-code JSON) are written by a
 * worker thread into a staging folder while Astro renders the pages on the main thread, and
 * moved into the output at the end: after Pagefind, which so never opens them, and off the
 * main thread, which renders and writes the pages.
 */

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
