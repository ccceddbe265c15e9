// Writes the files it is handed (paths relative to `root`) on a thread of its own, so the
// thousands of small files of the alias pages and per-code JSON are made while the pages render. Plain
// JavaScript: a worker loads its file with Node alone, without a TypeScript loader.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { root, files } = workerData;
const made = new Set();
for (const [path, text] of files) {
	const file = join(root, path);
	const dir = dirname(file);
	if (!made.has(dir)) {
		mkdirSync(dir, { recursive: true });
		made.add(dir);
	}
	writeFileSync(file, text);
}
parentPort.postMessage(files.length);
