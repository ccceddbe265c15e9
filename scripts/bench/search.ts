/**
 * Search latency in Chromium through the Pagefind JS API, with the ranking the site's own
 * search UI passes (read from the built Starlight search script), on a page of the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Response } from '@playwright/test';
import type { Query } from './queries.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export interface QueryTiming {
	q: string;
	kind: Query['kind'];
	/** `pagefind.search()` alone; for the first query also the import and init of Pagefind. */
	searchMs: number;
	/** Plus the data of the first five results, what a results list shows. */
	withDataMs: number;
	/** The same query run again after all 20 (its index chunks cached). */
	repeatMs: number;
	results: number;
	/** URL paths of the first five results, base stripped. */
	top: string[];
	/** For code and name queries: whether the code's own page (or its cross-dialect page) came first. */
	ownFirst: boolean | null;
}

export interface SearchBench {
	ranking: Record<string, number> | null;
	/** Per query, the median over the sessions. */
	timings: QueryTiming[];
	/** Cold sessions the queries were run in. */
	sessions: number;
	/** The machine's 1-minute load when the measurement started (see settle() in machine.ts). */
	load?: number;
	firstMs: number;
	/** Over the queries after the first, in every session. */
	medianMs: number;
	p95Ms: number;
	medianWithDataMs: number;
	/** The 20 queries run again, index chunks already loaded: search work without fetching. */
	repeatMedianMs: number;
	repeatP95Ms: number;
	/** Bytes transferred for the first query (runtime, wasm, index chunks, fragments), compressed as sent. */
	firstQueryBytes: number;
}

/** The `ranking: {...}` object Starlight inlines into its search script, if any. */
export function siteRanking(dist: string): Record<string, number> | null {
	for (const name of readdirSync(join(dist, '_astro'))) {
		if (!name.endsWith('.js')) continue;
		const text = readFileSync(join(dist, '_astro', name), 'utf8');
		if (!text.includes('PagefindUI')) continue;
		const body = /ranking:\{([^}]*)\}/.exec(text)?.[1];
		if (!body) continue;
		const ranking: Record<string, number> = {};
		for (const m of body.matchAll(/(\w+):(-?[\d.]+(?:e-?\d+)?)/g)) ranking[m[1]] = Number(m[2]);
		return ranking;
	}
	return null;
}

export const percentile = (values: number[], p: number): number => {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** A code or name query is answered well when its first result is one of the pages it accepts. */
function ownFirst(query: Query, top: string[]): boolean | null {
	return query.accept ? query.accept.includes(top[0] ?? '') : null;
}

/** One cold session's raw timings: the queries in order (the first loads Pagefind), then all again. */
interface Session {
	raw: Array<{ searchMs: number; withDataMs: number; results: number; top: string[] }>;
	repeat: number[];
	firstQueryBytes: number;
}

/** Cold sessions run by {@link searchBench}: with 19 queries after the first, one session's p95 is simply its slowest query. */
export const SEARCH_SESSIONS = 3;

/**
 * Runs the queries on the page at URL path `page` of `origin` in {@link SEARCH_SESSIONS}
 * fresh browser contexts, each starting cold. Per query the table shows the median over the
 * sessions; the p95 and median are over every sample after each session's first query.
 */
export async function searchBench(
	origin: string,
	base: string,
	page: string,
	queries: Query[],
	ranking: Record<string, number> | null,
	sessions = SEARCH_SESSIONS,
): Promise<SearchBench> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	try {
		const runs: Session[] = [];
		for (let i = 0; i < sessions; i++)
			runs.push(await session(browser, origin, base, page, queries, ranking));
		const strip = (url: string): string => {
			const path = new URL(url, origin).pathname;
			return base !== '/' && path.startsWith(base) ? '/' + path.slice(base.length) : path;
		};
		const median = (values: number[]): number => percentile(values, 50);
		const timings: QueryTiming[] = queries.map((q, i) => {
			const top = runs[0].raw[i].top.map(strip);
			return {
				q: q.q,
				kind: q.kind,
				results: runs[0].raw[i].results,
				top,
				ownFirst: ownFirst(q, top),
				searchMs: median(runs.map((r) => r.raw[i].searchMs)),
				withDataMs: median(runs.map((r) => r.raw[i].withDataMs)),
				repeatMs: median(runs.map((r) => r.repeat[i])),
			};
		});
		const warm = runs.flatMap((r) => r.raw.slice(1));
		const warmMs = warm.map((t) => t.searchMs);
		const repeatMs = runs.flatMap((r) => r.repeat);
		return {
			ranking,
			timings,
			sessions,
			firstQueryBytes: runs[0].firstQueryBytes,
			firstMs: timings[0]?.searchMs ?? NaN,
			medianMs: percentile(warmMs, 50),
			p95Ms: percentile(warmMs, 95),
			medianWithDataMs: percentile(
				warm.map((t) => t.withDataMs),
				50,
			),
			repeatMedianMs: percentile(repeatMs, 50),
			repeatP95Ms: percentile(repeatMs, 95),
		};
	} finally {
		await browser.close();
	}
}

async function session(
	browser: Browser,
	origin: string,
	base: string,
	page: string,
	queries: Query[],
	ranking: Record<string, number> | null,
): Promise<Session> {
	const context = await browser.newContext();
	try {
		const tab = await context.newPage();
		await tab.goto(origin + page, { waitUntil: 'networkidle' });
		const bodies: Promise<number>[] = [];
		// Bytes as transferred: body() would give them inflated where the host sent Content-Encoding.
		const onResponse = (response: Response): void => {
			if (response.url().includes('/pagefind/'))
				bodies.push(
					response
						.request()
						.sizes()
						.then(
							(sizes) => sizes.responseBodySize,
							() => 0,
						),
				);
		};
		context.on('response', onResponse);
		const bundle = base.replace(/\/$/, '') + '/pagefind/';
		// One evaluate per query: the first (cold) one alone, so its network bytes can be told apart.
		const query = (term: string, first: boolean): Promise<Session['raw'][number]> =>
			tab.evaluate(
				async ({ bundle, ranking, term, first }) => {
					const w = window as unknown as {
						benchPagefind: {
							search(t: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
						};
					};
					const t0 = performance.now();
					if (first) {
						w.benchPagefind = (await import(bundle + 'pagefind.js')) as typeof w.benchPagefind;
						if (ranking)
							await (w.benchPagefind as unknown as { options(o: object): Promise<void> }).options({
								ranking,
							});
					}
					const search = await w.benchPagefind.search(term);
					const t1 = performance.now();
					const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
					return {
						searchMs: t1 - t0,
						withDataMs: performance.now() - t0,
						results: search.results.length,
						top: data.map((d) => d.url),
					};
				},
				{ bundle, ranking, term, first },
			);
		const raw: Session['raw'] = [];
		for (const [i, q] of queries.entries()) {
			raw.push(await query(q.q, i === 0));
			if (i === 0) context.off('response', onResponse);
		}
		// The same queries again: their index chunks are loaded now, so this is ranking work alone.
		const repeat: number[] = [];
		for (const q of queries) repeat.push((await query(q.q, false)).searchMs);
		return { raw, repeat, firstQueryBytes: (await Promise.all(bodies)).reduce((a, b) => a + b, 0) };
	} finally {
		await context.close();
	}
}
