/**
 * A source whose names, messages, titles and dialect name are markup and script: built once
 * into a temporary directory, served with the site's _headers, and visited page by page.
 * Every payload must show as text; no dialog may open and no console error may appear
 * (a blocked inline handler or a failed `<img src=x>` would log one).
 */
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serve } from '../../scripts/serve.ts';
import { buildSite, cleanup, ROOT, tempDir } from '../gates/build.ts';
import { firstResult, openSearchDialog } from './search-dialog.ts';
import { watch } from './watch.ts';

test.describe.configure({ mode: 'serial' });

let origin = '';
let dist = '';
let close: () => void = () => {};

test.beforeAll(async () => {
	test.setTimeout(180_000);
	dist = join(tempDir('xss'), 'dist');
	const result = await buildSite(join(ROOT, 'tests/fixtures/xss'), dist);
	expect(result.status, result.output).toBe(0);
	const server = await serve(dist, 0);
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	close = () => server.close();
});

test.afterAll(() => {
	close();
	cleanup();
});

/** Opens a page, recording dialogs, console errors, failed requests and CSP violations. */
async function visit(page: Page, path: string): Promise<string[]> {
	const incidents = await watch(page);
	const response = await page.goto(`${origin}/${path}`);
	expect(response?.status(), path).toBe(200);
	return incidents;
}

/** Nothing from the payloads became an element or a script. */
async function expectNoInjectedMarkup(page: Page, where: string) {
	const injected = await page.evaluate(() => ({
		images: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length,
		bold: [...document.querySelectorAll('b')].filter((element) =>
			element.textContent?.includes('BOLD_NAME'),
		).length,
		scripts: [...document.scripts].filter((script) => script.text.includes('alert(')).length,
	}));
	expect(injected, where).toEqual({ images: 0, bold: 0, scripts: 0 });
}

const pages: Array<{ path: string; texts: string[] }> = [
	{
		path: 'hostile/-1000/',
		texts: ["<img src=x onerror=alert('message')>", "</script><script>alert('message-2')</script>"],
	},
	{ path: 'hostile/-1001/', texts: ["Value %s was <img src=x onerror=alert('template')> here."] },
	{
		path: 'hostile/-1100/',
		texts: [
			"-1100 </script><script>alert('name')</script>",
			"<svg onload=alert('svg')> & \"quotes\" 'apos'",
		],
	},
	{
		path: 'hostile/-1101/',
		texts: ['<b>BOLD_NAME</b>', `{"code":-1101,"msg":"</script><script>alert('json')</script>"}`],
	},
	{
		path: 'hostile/-1102/',
		texts: [
			"-1102 </title><script>alert('title-break')</script>",
			'</style><style>body{display:none}</style>',
		],
	},
	{
		path: 'hostile/10xx-script-img-src-x-onerror-alert-section-issues/',
		texts: [
			"10xx - Script <img src=x onerror=alert('section')> issues",
			"<img src=x onerror=alert('message')>",
		],
	},
	{
		path: 'hostile/11xx-table-issues/',
		texts: ["</script><script>alert('name')</script>", '<b>BOLD_NAME</b>'],
	},
	{
		path: 'hostile/',
		texts: [
			"Hostile <img src=x onerror=alert('dialect')> Venue",
			"</script><script>alert('vendor')</script>",
		],
	},
	{ path: '', texts: ["Hostile <img src=x onerror=alert('dialect')> Venue"] },
];

for (const { path, texts } of pages) {
	test(`hostile text is shown as text on /${path}`, async ({ page }) => {
		const incidents = await visit(page, path);
		const body = await page.locator('main').innerText();
		for (const text of texts) expect(body, `/${path} should show ${text}`).toContain(text);
		await expectNoInjectedMarkup(page, `/${path}`);
		expect(incidents).toEqual([]);
	});
}

test('hostile text is shown as text in the page title and the sidebar', async ({ page }) => {
	const incidents = await visit(page, 'hostile/-1102/');
	expect(await page.title()).toBe(
		"-1102 </title><script>alert('title-break')</script> | Error Atlas",
	);
	await expect(page.locator('#starlight__sidebar')).toContainText(
		"Hostile <img src=x onerror=alert('dialect')> Venue",
	);
	expect(incidents).toEqual([]);
});

// Pages other issues add: checked when the build has them.
for (const path of ['codes/-1100/', 'compare/', 'decode/?q=-1100', 'search/?q=onerror']) {
	test(`hostile text is shown as text on /${path} (when the page exists)`, async ({ page }) => {
		test.skip(
			!existsSync(join(dist, path.replace(/\?.*$/, ''), 'index.html')),
			`/${path} is not built yet`,
		);
		const incidents = await visit(page, path);
		await page.waitForLoadState('networkidle');
		await expectNoInjectedMarkup(page, `/${path}`);
		expect(incidents).toEqual([]);
	});
}

test('search results show hostile text as text', async ({ page }) => {
	const incidents = await visit(page, 'about/');
	const input = await openSearchDialog(page);
	await input.fill('onerror');
	await firstResult(page, '#starlight__search');
	await expect(page.locator('#starlight__search')).toContainText('onerror=alert');
	await expectNoInjectedMarkup(page, 'search results');

	await input.fill('BOLD_NAME');
	await expect(
		page
			.locator('#starlight__search .pagefind-ui__result-link', { hasText: '<b>BOLD_NAME</b>' })
			.first(),
	).toBeVisible();
	await expectNoInjectedMarkup(page, 'search results');
	expect(incidents).toEqual([]);
});

test('a hostile paste in the search is searched by its code and linked to the decoder as text', async ({
	page,
}) => {
	const incidents = await visit(page, 'about/');
	const input = await openSearchDialog(page);
	const paste = `{"code":-1100,"msg":"<img src=x onerror=alert('paste')></script><script>alert('paste-2')</script>"}`;
	await input.fill(paste);
	await expect(
		page.locator('#starlight__search .pagefind-ui__result-link[href$="/hostile/-1100/"]').first(),
	).toBeVisible();
	const link = page.locator('#starlight__search .atlas-paste-notice a');
	await expect(link).toHaveText('Decode this error');
	expect(new URL((await link.getAttribute('href'))!, page.url()).searchParams.get('q')).toBe(paste);
	await expectNoInjectedMarkup(page, 'the decode link of a pasted error');
	expect(incidents).toEqual([]);
});

test('the JSON API carries hostile text verbatim, as JSON that never runs', async ({
	page,
	request,
}) => {
	const response = await request.get(`${origin}/api/v1/codes.json`);
	expect(response.headers()['content-type']).toMatch(/^application\/json/);
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
	const codes = (await response.json()) as Array<{
		code: number;
		title: string;
		messages: string[];
	}>;
	// Not an identifier, so the importer keeps it as the code's title rather than its name.
	expect(codes.find((entry) => entry.code === -1100)?.title).toBe(
		"</script><script>alert('name')</script>",
	);
	expect(codes.find((entry) => entry.code === -1000)?.messages).toContain(
		"<img src=x onerror=alert('message')>",
	);

	const incidents = await visit(page, 'api/v1/codes.json');
	await expectNoInjectedMarkup(page, 'codes.json in the browser');
	expect(incidents).toEqual([]);
});
