/**
 * The Error Atlas measurements beyond the build: which pages to look at (from the site's own
 * JSON API when it exists), first-load bytes, decoder size, search, the comparison filter and
 * Lighthouse, all against a local static server over the built dist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from './corpus.ts';
import type { AtlasDetails } from './budgets.ts';
import { filterTimings } from './compare.ts';
import { decodePastes, firstDecode } from './decoder.ts';
import { dialogBench } from './dialog.ts';
import { decodeWorstMs, htmlScanWorstMs } from './hostile.ts';
import { fileSize, type DistStats } from './dist.ts';
import { firstLoad } from './firstload.ts';
import { lighthouseMedian } from './lighthouse.ts';
import { settle } from './machine.ts';
import { pickQueries } from './queries.ts';
import { searchBench, siteRanking } from './search.ts';
import { serve } from './serve.ts';

interface ApiDialect {
	id: string;
	url: string;
	sections?: { url: string; codes?: number[] }[];
}

export interface AtlasPages {
	base: string;
	code: string | null;
	section: string | null;
	compare: string | null;
}

const exists = (dist: string, base: string, url: string): boolean =>
	existsSync(join(dist, url.slice(base.length - 1), 'index.html'));

/** Picks a mid-corpus code page, the largest section page and /compare/, with the base path. */
export function atlasPages(dist: string, corpus: Corpus): AtlasPages {
	let dialects: ApiDialect[] = [];
	try {
		const api = JSON.parse(readFileSync(join(dist, 'api/v1/dialects.json'), 'utf8')) as
			ApiDialect[] | { dialects?: ApiDialect[] };
		dialects = Array.isArray(api) ? api : (api.dialects ?? []);
	} catch {
		// No API yet: fall back to the route shapes of DESIGN.md.
	}
	const first = corpus.dialects[0].id;
	const known = dialects.find((d) => d.id === first);
	const base = known ? known.url.slice(0, known.url.length - first.length - 1) : '/';
	const codes = corpus.codes.filter((c) => c.dialect === first && c.messages.length > 0);
	let code: string | null = `${base}${first}/${codes[Math.floor(codes.length / 2)]?.code}/`;
	if (!exists(dist, base, code)) {
		const dir = readdirSync(join(dist, first)).find((n) => /^-\d+$/.test(n));
		code = dir ? `${base}${first}/${dir}/` : null;
	}
	const sections = (known?.sections ?? [])
		.slice()
		.sort((a, b) => (b.codes?.length ?? 0) - (a.codes?.length ?? 0));
	let section: string | null = sections[0]?.url ?? null;
	if (!section) {
		const dir = readdirSync(join(dist, first)).find(
			(n) => !/^-\d+$/.test(n) && existsSync(join(dist, first, n, 'index.html')),
		);
		section = dir ? `${base}${first}/${dir}/` : null;
	}
	const compare = exists(dist, base, `${base}compare/`) ? `${base}compare/` : null;
	return { base, code, section, compare };
}

/** Lighthouse runs per page; the median run counts. */
const LIGHTHOUSE_RUNS = 3;

/**
 * Measures everything about the built Atlas in `dist`; `stats` are its dist stats. Before
 * the search latency it waits up to `settleMs` for the machine to settle (see settle()), and
 * with `withDialog` it also times the queries typed into the search box (dialog.ts).
 */
export async function atlasDetails(
	project: string,
	dist: string,
	stats: DistStats,
	corpus: Corpus,
	withLighthouse: boolean,
	log: (s: string) => void,
	settleMs = 60_000,
	withDialog = true,
): Promise<AtlasDetails> {
	const pages = atlasPages(dist, corpus);
	const details: AtlasDetails = {
		redirects: { redirects: stats.redirects, brokenRedirects: stats.brokenRedirects },
		codePage: pages.code ? firstLoad(dist, pages.code, pages.base) : null,
		sectionPage: pages.section,
		comparePage: pages.compare,
		decoder: fileSize(dist, 'api/v1/decoder.json'),
		firstDecode: firstDecode(dist, decodePastes(corpus.codes)),
		decodeWorstMs: await decodeWorstMs(dist),
		htmlScanWorstMs: htmlScanWorstMs(),
		search: null,
		lighthouse: [],
		compareFilter: null,
	};
	const server = await serve(dist, pages.base);
	try {
		if (pages.code && existsSync(join(dist, 'pagefind/pagefind.js'))) {
			const load = await settle(settleMs);
			log(`search: 20 queries in Chromium (1-minute load ${load.toFixed(1)})`);
			const queries = pickQueries(corpus);
			details.search = {
				...(await searchBench(server.origin, pages.base, pages.code, queries, siteRanking(dist))),
				load,
			};
			if (withDialog) {
				log('search box: the 20 queries typed on /search/');
				details.dialog = await dialogBench(server.origin, `${pages.base}search/`, queries);
			}
		}
		if (pages.compare) {
			log('comparison filter');
			const named = corpus.codes.find((c) => c.name);
			details.compareFilter = await filterTimings(server.origin + pages.compare, [
				String(corpus.codes[0].code),
				named?.name ?? 'INVALID',
				'invalid',
				'',
			]);
		}
		if (withLighthouse) {
			for (const [label, url] of [
				['code page', pages.code],
				['section page', pages.section],
				['/compare/', pages.compare],
			] as const) {
				if (!url) continue;
				log(`lighthouse: ${label} ${url} (${LIGHTHOUSE_RUNS} runs)`);
				details.lighthouse.push({
					...(await lighthouseMedian(project, server.origin + url, LIGHTHOUSE_RUNS)),
					label,
				});
			}
		}
	} finally {
		await server.close();
	}
	return details;
}
