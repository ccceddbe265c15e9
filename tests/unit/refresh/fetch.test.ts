import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../../src/cli/fetch.ts';
import { htmlToMarkdown } from '../../../src/lib/refresh/fetch.ts';
import { header } from '../helpers/sources.ts';

const SHA = 'a'.repeat(40);
const table = (rows: string[]) =>
	`# Errors\n\n| Code | Message |\n| --- | --- |\n${rows.join('\n')}\n`;
const UPSTREAM = table(['| -1 | First, reworded. |', '| -2 | Second. |', '| -3 | Third. |']);
const PAGE =
	'<!doctype html><html><head><title>x</title><script>evil()</script></head><body><nav>menu</nav><h1>Errors</h1><table><thead><tr><th>Code</th><th>Message</th></tr></thead><tbody><tr><td>10</td><td>Ten.</td></tr><tr><td>11</td><td>Eleven.</td></tr></tbody></table></body></html>';

let server: Server;
let base = '';
/** A port nothing listens on: one a server had, then gave back. */
let closedPort = 0;
beforeAll(async () => {
	const probe = createServer();
	await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
	closedPort = (probe.address() as AddressInfo).port;
	await new Promise((done) => probe.close(done));
	server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://x');
		const send = (status: number, type: string, body: string) =>
			response.writeHead(status, { 'content-type': type }).end(body);
		if (
			url.pathname === '/api/repos/venue/docs/commits' &&
			url.searchParams.get('path') === 'errors.md'
		)
			return send(200, 'application/json', JSON.stringify([{ sha: SHA }]));
		if (url.pathname === `/raw/venue/docs/${SHA}/errors.md`)
			return send(200, 'text/plain', UPSTREAM);
		if (url.pathname === '/page.html') return send(200, 'text/html; charset=utf-8', PAGE);
		if (url.pathname === '/empty.md')
			return send(200, 'text/markdown', '# Errors\n\nNothing here any more.\n');
		send(404, 'text/plain', 'not found');
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	process.env.ERROR_ATLAS_GITHUB_API = `${base}/api`;
	process.env.ERROR_ATLAS_GITHUB_RAW = `${base}/raw`;
	process.env.ERROR_ATLAS_TODAY = '2026-12-07';
});
afterAll(() => {
	server.close();
	for (const name of ['ERROR_ATLAS_GITHUB_API', 'ERROR_ATLAS_GITHUB_RAW', 'ERROR_ATLAS_TODAY'])
		delete process.env[name];
});

/** A sources folder with one venue whose front matter says where its text came from. */
function sources(
	fields: Record<string, string>,
	body = table(['| -1 | First. |', '| -2 | Second. |']),
) {
	const dir = join(mkdtempSync(join(tmpdir(), 'atlas-fetch-')), 'sources');
	mkdirSync(dir);
	const file = join(dir, 'venue.md');
	writeFileSync(file, `${header({ dialect: 'venue', role: 'primary', ...fields })}${body}`);
	return { dir, file };
}
async function call(dir: string) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await run(['venue'], {
		out: (s) => out.push(s),
		err: (s) => err.push(s),
		sourcesDir: dir,
	});
	return { code, out, err };
}

describe('error-atlas fetch', () => {
	test("takes the file at its repository's newest commit, keeps the header, sets commit and retrieved, and prints the diff", async () => {
		const { dir, file } = sources({
			url: 'https://example.org/errors',
			repository: 'venue/docs',
			path: 'errors.md',
			commit: 'b'.repeat(40),
			retrieved: '2026-11-01',
		});
		const { code, out, err } = await call(dir);
		expect(err).toEqual([]);
		expect(code).toBe(0);
		const text = readFileSync(file, 'utf8');
		expect(text).toContain(`commit: ${SHA}\nretrieved: 2026-12-07\n---\n${UPSTREAM}`);
		expect(text).toContain(
			'url: https://example.org/errors\nrepository: venue/docs\npath: errors.md\n',
		);
		expect(out[0]).toMatch(
			new RegExp(`fetched ${base}/raw/venue/docs/${SHA}/errors.md \\(commit aaaaaaaaaaaa\\)$`),
		);
		expect(out.slice(1)).toEqual([
			'venue: 1 added, 1 reworded',
			'  reworded: -1: "First." -> "First, reworded."',
			'  added: -3 Third. "Third."',
		]);
	});

	test('turns an HTML page into Markdown with its tables, scripts and navigation left out', async () => {
		const { dir, file } = sources({ url: `${base}/page.html`, retrieved: '2026-11-01' });
		const { code } = await call(dir);
		expect(code).toBe(0);
		const text = readFileSync(file, 'utf8');
		expect(text).toContain('retrieved: 2026-12-07');
		expect(text).toMatch(
			/---\n# Errors\n\n\| Code \| Message \|\n\| --- \| --- \|\n\| 10 +\| Ten\. \|\n\| 11 +\| Eleven\. \|/,
		);
		expect(text).not.toContain('evil');
		expect(text).not.toContain('menu');
		expect(htmlToMarkdown('<p>a &lt;b&gt; c</p>')).toBe('a <b> c\n');
	});

	test('an HTTP error, a refused connection, a page without codes or an excerpt leave the file as it was', async () => {
		const cases: Array<[Record<string, string>, RegExp]> = [
			[
				{ url: `${base}/gone.md` },
				/venue\.md: http:\/\/127\.0\.0\.1:\d+\/gone\.md: HTTP 404 Not Found; the file is unchanged/,
			],
			[
				{ url: `http://127.0.0.1:${closedPort}/errors.md` },
				/could not be fetched \(ECONNREFUSED\); the file is unchanged/,
			],
			[
				{ url: `${base}/empty.md` },
				/holds no code: the page moved or changed shape; the file is unchanged/,
			],
			[
				{ url: `${base}/page.html`, repository: 'venue/docs', path: 'errors.md', lines: '3-9' },
				/fetch cannot tell where that part lies in a new version/,
			],
		];
		for (const [fields, message] of cases) {
			const { dir, file } = sources(fields);
			const before = readFileSync(file, 'utf8');
			const { code, err } = await call(dir);
			expect(code, JSON.stringify(fields)).toBe(1);
			expect(err.join('\n')).toMatch(message);
			expect(readFileSync(file, 'utf8')).toBe(before);
		}
	});

	test('names the dialects it knows when asked for another', async () => {
		const { dir } = sources({ url: `${base}/page.html` });
		const err: string[] = [];
		expect(await run(['nope'], { out: () => {}, err: (s) => err.push(s), sourcesDir: dir })).toBe(
			2,
		);
		expect(err[0]).toMatch(/no source of the dialect "nope" .*\(dialects: venue\)/);
	});
});
