import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Front matter for a test source. */
export function header(fields: Record<string, string>): string {
	const all = { dialectName: 'Test Venue', vendor: 'Test', title: 'Error Codes', ...fields };
	return `---\n${Object.entries(all)
		.map(([key, value]) => `${key}: ${value}`)
		.join('\n')}\n---\n`;
}

/** Writes `files` into a fresh temporary sources directory and returns its path. */
export function sourcesDir(files: Record<string, string | Uint8Array>): string {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-sources-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
}

export const SEEDS = new URL('../../fixtures/seeds/sources', import.meta.url).pathname;
