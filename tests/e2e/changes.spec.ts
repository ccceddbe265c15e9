import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoSideScroll } from './layout.ts';

/** The shipped registry: what the changes pages and feeds are made of. */
const REGISTRY = JSON.parse(readFileSync('content/registry.json', 'utf8')) as {
	codes: Record<string, { first: string; retired: string | null }>;
};
const firstDays = (dialect: string) =>
	[
		...new Set(
			Object.entries(REGISTRY.codes)
				.filter(([key]) => key.startsWith(`${dialect}/`))
				.map(([, entry]) => entry.first),
		),
	]
		.sort()
		.reverse();

test("a dialect's changes page lists its codes by the day the atlas first documented them, and links its feed", async ({
	page,
}) => {
	await page.goto('binance-sapi/');
	const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
	await expect(alternate).toHaveAttribute('href', /\/changes\/binance-sapi\.xml$/);
	await page.locator('main').getByRole('link', { name: 'Changes', exact: true }).click();
	await expect(page).toHaveURL(/\/changes\/binance-sapi\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Binance Wallet & Margin (SAPI): changes',
	);
	const days = page.locator('section.change-day');
	await expect(days).toHaveCount(firstDays('binance-sapi').length);
	const newest = days.first();
	await expect(newest).toHaveAttribute('data-date', firstDays('binance-sapi')[0]);
	const added = Object.entries(REGISTRY.codes).filter(
		([key, entry]) =>
			key.startsWith('binance-sapi/') && entry.first === firstDays('binance-sapi')[0],
	);
	await expect(newest.locator('[data-kind="added"] a.code-link')).toHaveCount(added.length);
	await newest.getByRole('link', { name: '-3041', exact: true }).click();
	await expect(page).toHaveURL(/\/binance-sapi\/-3041\/$/);
	await expect(page.locator('.code-history')).toContainText(
		`In the atlas since ${REGISTRY.codes['binance-sapi/-3041'].first}`,
	);
});

test('the feeds are Atom a browser parses, with an id, title, date and link for the feed and each entry', async ({
	page,
}) => {
	await page.goto('changes/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes');
	const href = await page
		.locator('head link[rel="alternate"][type="application/atom+xml"]')
		.getAttribute('href');
	expect(href).toMatch(/\/changes\.xml$/);
	for (const feed of [href!, href!.replace(/changes\.xml$/, 'changes/okx.xml')]) {
		const response = await page.request.get(new URL(feed, page.url()).href);
		expect(response.ok(), feed).toBe(true);
		const xml = await response.text();
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			const atom = 'http://www.w3.org/2005/Atom';
			const root = doc.documentElement;
			const has = (el: Element, name: string) => el.getElementsByTagNameNS(atom, name).length > 0;
			const entries = [...root.getElementsByTagNameNS(atom, 'entry')];
			return {
				error: doc.getElementsByTagName('parsererror').length > 0,
				root: `${root.namespaceURI} ${root.localName}`,
				feed: ['id', 'title', 'updated', 'author', 'link'].every((name) => has(root, name)),
				entries: entries.length,
				complete: entries.every((entry) =>
					['id', 'title', 'updated', 'link', 'content'].every((name) => has(entry, name)),
				),
				updated: [...entries].map(
					(entry) => entry.getElementsByTagNameNS(atom, 'updated')[0].textContent,
				),
			};
		}, xml);
		expect(parsed, feed).toMatchObject({
			error: false,
			root: 'http://www.w3.org/2005/Atom feed',
			feed: true,
			complete: true,
		});
		expect(parsed.entries, feed).toBeGreaterThan(0);
		expect(parsed.updated, feed).toEqual([...parsed.updated].sort().reverse());
	}
});

test('the changes pages read on a phone', async ({ page }) => {
	await expectNoSideScroll(page, ['changes/', 'changes/okx/']);
});
