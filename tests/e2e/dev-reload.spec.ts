import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Whoever adds or fixes a venue page edits its source under `astro dev` and looks at the page:
 * the content loader watches the sources, so the page shows the edit without a restart. Runs
 * `astro dev` on a copy of the seeds (its own sources, concepts and content cache).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.E2E_PORT ?? 4329) + 7;
const ORIGIN = `http://127.0.0.1:${PORT}`;

let dir = '';
let dev: ChildProcess | undefined;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'atlas-dev-'));
	cpSync(join(ROOT, 'tests/fixtures/seeds'), dir, { recursive: true });
	dev = spawn(
		process.execPath,
		[
			join(ROOT, 'node_modules/astro/bin/astro.mjs'),
			'dev',
			'--host',
			'127.0.0.1',
			'--port',
			String(PORT),
		],
		{
			cwd: ROOT,
			env: {
				...process.env,
				ATLAS_SOURCES: join(dir, 'sources'),
				ATLAS_CACHE_DIR: join(dir, 'cache'),
				BASE_PATH: '/',
				ASTRO_TELEMETRY_DISABLED: '1',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let log = '';
	await new Promise<void>((ready, fail) => {
		const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${log}`)), 90_000);
		const read = (chunk: Buffer) => {
			log += chunk.toString();
			if (/ready in|Local\s+http/i.test(log)) {
				clearTimeout(timer);
				ready();
			}
		};
		dev!.stdout!.on('data', read);
		dev!.stderr!.on('data', read);
		dev!.on('exit', (code) => fail(new Error(`astro dev exited with ${code}:\n${log}`)));
	});
});

test.afterAll(() => {
	dev?.kill();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

test('editing a source under astro dev updates its code page without a restart', async ({
	page,
}) => {
	const url = `${ORIGIN}/binance-usdm/-1121/`;
	await page.goto(url);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('-1121');
	await expect(page.locator('main')).toContainText('Invalid symbol.');

	const file = join(dir, 'sources/binance-usdm.md');
	const text = readFileSync(file, 'utf8');
	expect(text).toContain('-1121 BAD_SYMBOL\n- Invalid symbol.\n');
	writeFileSync(
		file,
		text.replace(
			'-1121 BAD_SYMBOL\n- Invalid symbol.\n',
			'-1121 BAD_SYMBOL\n- Invalid symbol, edited under astro dev.\n',
		),
	);

	await expect(async () => {
		await page.goto(url);
		await expect(page.locator('main')).toContainText('Invalid symbol, edited under astro dev.', {
			timeout: 1_000,
		});
	}).toPass({ timeout: 60_000 });
});

test('renaming a dialect under astro dev updates the site-wide sidebar without a restart', async ({
	page,
}) => {
	// The site-wide sidebar takes its dialects from the collection, not from the config.
	const url = `${ORIGIN}/compare/`;
	const sidebar = page.locator('#starlight__sidebar');
	await page.goto(url);
	await expect(sidebar.getByRole('link', { name: 'WEEX Spot API V3', exact: true })).toBeVisible();

	const file = join(dir, 'sources/weex-spot.md');
	const text = readFileSync(file, 'utf8');
	writeFileSync(
		file,
		text.replace('dialectName: WEEX Spot API V3\n', 'dialectName: WEEX Spot renamed\n'),
	);

	await expect(async () => {
		await page.goto(url);
		await expect(sidebar.getByRole('link', { name: 'WEEX Spot renamed', exact: true })).toBeVisible(
			{
				timeout: 1_000,
			},
		);
	}).toPass({ timeout: 60_000 });
	// Its neighbor in the pagination is the last dialect of the sidebar, as in a build.
	await expect(page.locator('a[rel="prev"]')).toContainText('WEEX Spot renamed');
});
