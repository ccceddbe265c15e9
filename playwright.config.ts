import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4329);
// The build under test: `E2E_DIST`, else `dist/` (tests/e2e/shipped.ts reads its JSON too).
const dist = process.env.E2E_DIST ?? 'dist';
// With a trailing slash, or `page.goto('binance-usdm/')` resolves beside the base path, not under it.
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
// Browser downloads are impossible on our machines: use the system Chromium when there is one.
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${port}${base}`,
		trace: 'off',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath,
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run',
					],
				},
			},
		},
	],
	webServer: [
		{
			command: `node scripts/serve.ts ${dist}`,
			env: { PORT: String(port), BASE_PATH: base },
			url: `http://127.0.0.1:${port}${base}`,
			reuseExistingServer: false,
			timeout: 30_000,
		},
		// The same build on the next port, served like a host that ignores `_redirects`: the
		// name aliases then reach the 404 page, which resolves them in the browser (PLAIN_URL).
		{
			command: `node scripts/serve.ts ${dist} --no-redirects`,
			env: { PORT: String(port + 1), BASE_PATH: base },
			url: `http://127.0.0.1:${port + 1}${base}`,
			reuseExistingServer: false,
			timeout: 30_000,
		},
	],
});
