import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runningPreview, runningPreviewMessage } from '../../scripts/start.mjs';

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
	for (const child of children.splice(0)) child.kill();
});

/** A project root whose `.astro/preview.json` records `pid`, as astro preview writes it. */
function rootWithLock(pid: number): string {
	const root = mkdtempSync(join(tmpdir(), 'atlas-start-'));
	mkdirSync(join(root, '.astro'));
	const lock = {
		pid,
		port: 4321,
		url: 'http://localhost:4321',
		background: false,
		startedAt: new Date().toISOString(),
	};
	writeFileSync(join(root, '.astro/preview.json'), JSON.stringify(lock));
	return root;
}

/** A live process whose command line reads like `astro preview` or not. */
async function idleProcess(args: string[]): Promise<number> {
	const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', ...args], {
		stdio: 'ignore',
	});
	children.push(child);
	await new Promise((resolve) => child.once('spawn', resolve));
	return child.pid!;
}

describe('npm start and a preview server from an earlier run', () => {
	test('no lock file, no server', () => {
		expect(runningPreview(mkdtempSync(join(tmpdir(), 'atlas-start-')))).toBeNull();
	});

	test('a live astro preview is reported with the command that stops it', async () => {
		const pid = await idleProcess(['node_modules/.bin/astro', 'preview']);
		const server = runningPreview(rootWithLock(pid));
		expect(server).toEqual({ pid, url: 'http://localhost:4321' });
		expect(runningPreviewMessage(server)).toBe(
			`An astro preview server from an earlier run is still serving http://localhost:4321 (pid ${pid}).\n` +
				`Stop it with \`npx astro preview stop\` (or \`kill ${pid}\`), then run npm start again.`,
		);
	});

	test('a lock whose process has ended is stale', async () => {
		const child = spawn(process.execPath, ['-e', '0']);
		await new Promise((resolve) => child.once('exit', resolve));
		expect(runningPreview(rootWithLock(child.pid!))).toBeNull();
	});

	test.skipIf(process.platform !== 'linux')(
		'a lock whose pid now belongs to something else is stale',
		async () => {
			expect(runningPreview(rootWithLock(await idleProcess([])))).toBeNull();
		},
	);
});

describe('npm start keeps astro preview in the foreground', () => {
	// scripts/start.mjs sets ASTRO_PREVIEW_BACKGROUND, the variable astro preview sets on the child it
	// detaches when it thinks an agent started it; if Astro renames it, preview would outlive npm start.
	test("Astro's preview still reads ASTRO_PREVIEW_BACKGROUND", async () => {
		const { readFileSync } = await import('node:fs');
		const preview = readFileSync(
			join(import.meta.dirname, '../../node_modules/astro/dist/cli/preview/index.js'),
			'utf8',
		);
		expect(preview).toContain('process.env.ASTRO_PREVIEW_BACKGROUND');
		expect(readFileSync(join(import.meta.dirname, '../../scripts/start.mjs'), 'utf8')).toContain(
			"ASTRO_PREVIEW_BACKGROUND: '1'",
		);
	});
});
