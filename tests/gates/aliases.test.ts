/**
 * Every alias address the atlas publishes still answers, all of them: the alias pages (the
 * unsigned numbers and `/codes/<n>/`) as files with a meta refresh to their target, and the
 * name spellings both ways a visitor can meet them: through `dist/_redirects` (a 301 from the
 * local server, which applies it like Netlify and Cloudflare Pages) and, on a host that
 * ignores that file, through the 404 page, whose resolver (run here over the built
 * `api/v1/index.json`, under the build's base path) must send the browser to the same target. Reads the gates' build
 * (`DIST_DIR`, else `dist/`), planned from the sources it was built from (`ATLAS_SOURCES`).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { loadAtlas, sourcesDir } from '../../src/lib/atlas.ts';
import type { LookupIndex } from '../../src/lib/lookup/lookup-index.ts';
import { joinBase } from '../../src/site/base.ts';
import { resolveAddress } from '../../src/site/lookup/resolve-address.ts';
import {
	isRedirectAlias,
	planAliases,
	type Alias,
} from '../../src/site/build/aliases/alias-pages.ts';
import { parseRedirectsFile } from '../../src/site/build/redirects-file.ts';
import { distDir, htmlReferences } from './dist.ts';

const dir = distDir();
const index = JSON.parse(readFileSync(join(dir, 'api/v1/index.json'), 'utf8')) as LookupIndex;
const { base } = index as LookupIndex & { base: string };
const atlas = loadAtlas(sourcesDir());
const plan = planAliases(atlas.dialects, atlas.codes);
const files = plan.aliases.filter((alias) => !isRedirectAlias(alias));
const names = plan.aliases.filter(isRedirectAlias);
const redirectsText = readFileSync(join(dir, '_redirects'), 'utf8');

type Server = Awaited<ReturnType<typeof serve>>;
let host: Server;
let plain: Server;
const origin = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

beforeAll(async () => {
	// The 404 page's script has the base path built in (import.meta.env.BASE_URL).
	vi.stubEnv('BASE_URL', base);
	host = await serve(dir, 0, base);
	plain = await serve(dir, 0, base, { redirects: false });
});

afterAll(async () => {
	vi.unstubAllEnvs();
	for (const server of [host, plain]) {
		server?.closeAllConnections();
		await new Promise((done) => server?.close(done));
	}
});

/** `check` on every alias, a few requests at a time; the problems it reports. */
async function each(
	aliases: Alias[],
	check: (alias: Alias) => Promise<string | null>,
): Promise<string[]> {
	const problems: string[] = [];
	for (let at = 0; at < aliases.length; at += 32) {
		const found = await Promise.all(aliases.slice(at, at + 32).map(check));
		problems.push(...found.filter((problem): problem is string => problem !== null));
	}
	return problems;
}

describe(`the aliases of the build in ${dir}`, () => {
	test('the build has every kind of alias, and names were planned from the same sources', () => {
		expect(files.some((alias) => alias.kind === 'unsigned')).toBe(true);
		expect(files.some((alias) => alias.kind === 'number')).toBe(true);
		expect(names.length).toBeGreaterThan(0);
		expect(names.every((alias) => alias.kind === 'name')).toBe(true);
	});

	test('_redirects holds exactly the name aliases, sorted, after a comment that says what they are', () => {
		const lines = redirectsText.split('\n').filter((line) => line && !line.startsWith('#'));
		expect(redirectsText.startsWith('# ')).toBe(true);
		expect(redirectsText).toContain('404 page');
		const expected = names
			.map((alias) => `${alias.from} ${joinBase(base, alias.to)} 301`)
			.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		expect(lines).toEqual(expected);
		expect(parseRedirectsFile(redirectsText).size).toBe(names.length);
		// The link gate reads pages, not _redirects: every target here must be a built page too.
		const unbuilt = names.filter((alias) => !existsSync(join(dir, alias.to, 'index.html')));
		expect(unbuilt.map((alias) => `${alias.from} -> ${alias.to}`).slice(0, 20)).toEqual([]);
	});

	test('every alias page is a file that answers 200 with a meta refresh to its target', async () => {
		const problems = await each(files, async (alias) => {
			const target = joinBase(base, alias.to);
			const response = await fetch(`${origin(host)}${joinBase(base, alias.from)}`, {
				redirect: 'manual',
			});
			const html = await response.text();
			if (response.status !== 200) return `${alias.from}: ${response.status}`;
			const refresh = htmlReferences(html).find((ref) => ref.via === 'meta[refresh]')?.url;
			return refresh === target ? null : `${alias.from}: refreshes to ${refresh}, not ${target}`;
		});
		expect(problems.slice(0, 20), `${problems.length} of ${files.length} alias pages`).toEqual([]);
	});

	test('every name alias is no file, and answers a 301 to its target through _redirects, query string kept', async () => {
		const problems = await each(names, async (alias) => {
			if (existsSync(join(dir, alias.from, 'index.html'))) return `${alias.from}: still a file`;
			const target = joinBase(base, alias.to);
			const response = await fetch(`${origin(host)}${joinBase(base, alias.from)}?from=ticket`, {
				redirect: 'manual',
			});
			await response.arrayBuffer();
			const location = response.headers.get('location');
			return response.status === 301 && location === `${target}?from=ticket`
				? null
				: `${alias.from}: ${response.status} ${location}`;
		});
		expect(problems.slice(0, 20), `${problems.length} of ${names.length} name aliases`).toEqual([]);
	});

	test('without _redirects, every name alias gets the 404 page, whose resolver sends it to the same target', async () => {
		const problems = await each(names, async (alias) => {
			const path = joinBase(base, alias.from);
			const response = await fetch(`${origin(plain)}${path}`, { redirect: 'manual' });
			const html = await response.text();
			if (response.status !== 404 || !html.includes('not-found-summary'))
				return `${alias.from}: ${response.status}, not the 404 page`;
			const resolution = resolveAddress(path, index);
			const target = joinBase(base, alias.to);
			return resolution.kind === 'redirect' && resolution.url === target
				? null
				: `${alias.from}: the 404 page makes ${JSON.stringify(resolution).slice(0, 120)} of it, not ${target}`;
		});
		expect(problems.slice(0, 20), `${problems.length} of ${names.length} name aliases`).toEqual([]);
	});
});
