// Hashes the inline scripts and styles of the pages the build hands it (src/site/build/csp/scan.ts),
// on a thread of its own while the main thread renders the next pages. Node (24, as the project
// requires) strips the types of the TypeScript module it imports.
import { parentPort } from 'node:worker_threads';
import { inlineHashes } from './policy.ts';

const decoder = new TextDecoder();
// Starlight's inline scripts are the same on every page: hash each distinct text once.
const cache = new Map();
const scripts = new Set();
const styles = new Set();
const paths = [];
parentPort.on('message', (message) => {
	if (message === 'done') {
		parentPort.postMessage({ scripts: [...scripts], styles: [...styles], paths });
		parentPort.close();
		return;
	}
	const found = inlineHashes(decoder.decode(message.bytes), cache);
	for (const hash of found.scripts) scripts.add(hash);
	for (const hash of found.styles) styles.add(hash);
	paths.push(message.path);
});
