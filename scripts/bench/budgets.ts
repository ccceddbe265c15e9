/** The budgets of issues 6 and 23, judged on one benchmark run: each met, missed or not measured. */
import type { DistStats, PageSize } from './dist.ts';
import type { FirstLoad } from './firstload.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { FilterTiming } from './compare.ts';
import type { DialogBench } from './dialog.ts';
import type { SearchBench } from './search.ts';
import type { FirstDecode } from './decoder.ts';

export interface SiteResult {
	key: 'atlas' | 'starlight' | 'astro';
	label: string;
	/** Why the site was not built, if it was not. */
	skipped: string | null;
	/** The fastest of the runs. */
	wallMs: number;
	/** Every run's wall time, in run order. */
	wallRuns: number[];
	peakRssBytes: number;
	dist: DistStats | null;
	/** The dist directory measured. */
	distDir: string | null;
	/** Astro's own timing lines, timestamps stripped. */
	phases: string[];
}

export interface AtlasDetails {
	codePage: FirstLoad | null;
	sectionPage: string | null;
	comparePage: string | null;
	decoder: PageSize | null;
	/** What the paste box transfers for a first decode (head and parts, gzipped). */
	firstDecode?: FirstDecode | null;
	search: SearchBench | null;
	/** The same queries typed into the site's search box (dialog.ts); not in the quick run. */
	dialog?: DialogBench | null;
	/** Labelled `code page`, `section page`, `/compare/`. */
	lighthouse: (LighthouseResult & { label: string })[];
	compareFilter: FilterTiming[] | null;
	/** The slowest decode of the hostile pastes (scripts/bench/hostile.ts), over the built decoder's parts. */
	decodeWorstMs?: number | null;
	/** The slowest scan of pathological markup (1 MB each) by the CSP step's HTML scanner. */
	htmlScanWorstMs?: number;
	/** Redirect counts of the Atlas dist (copied from its DistStats for the report). */
	redirects: Pick<DistStats, 'redirects' | 'brokenRedirects'> | null;
}

export type Status = 'met' | 'missed' | 'not measured' | 'stated';

export interface Budget {
	budget: string;
	measured: string;
	status: Status;
}

export const KB = 1000;
export const pagesPerSecond = (s: SiteResult): number =>
	s.dist ? s.dist.pages / (s.wallMs / 1000) : NaN;
export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

const judge = (ok: boolean): Status => (ok ? 'met' : 'missed');
/** Issue 23: Error Atlas may take at most this share of bare Starlight's build time on the same corpus. */
export const BUILD_RATIO = 0.9;

/** Judges every budget; `codes` is the corpus size (memory is budgeted at 10,000). */
export function judgeBudgets(
	sites: SiteResult[],
	atlas: AtlasDetails | null,
	codes: number,
	lighthouseRan: boolean,
): Budget[] {
	const out: Budget[] = [];
	const site = (k: SiteResult['key']): SiteResult | undefined =>
		sites.find((s) => s.key === k && s.dist);
	const a = site('atlas');
	const sl = site('starlight');
	const pa = site('astro');
	const none = (budget: string, why: string): void =>
		void out.push({ budget, measured: why, status: 'not measured' });
	// Per code, on the same corpus: pages/s flatters Error Atlas, whose extra pages (one per
	// number across dialects, one per section) are cheap, so it comes second.
	const perThousand = (s: SiteResult): number => s.wallMs / codes;
	if (a && sl) {
		out.push({
			budget: `Build: at most ${BUILD_RATIO}× bare Starlight's seconds per 1,000 codes (same corpus)`,
			measured: `${perThousand(a).toFixed(2)} vs ${perThousand(sl).toFixed(2)} s per 1,000 codes = ${(a.wallMs / sl.wallMs).toFixed(2)}× Starlight's time`,
			status: judge(a.wallMs <= BUILD_RATIO * sl.wallMs),
		});
		const redirects = a.dist!.redirects
			? `; redirect pages not counted (with them: ${((a.dist!.pages + a.dist!.redirects) / (a.wallMs / 1000)).toFixed(0)} HTML files/s)`
			: '';
		out.push({
			budget: 'Build: pages/s against bare Starlight',
			measured: `${pagesPerSecond(a).toFixed(0)} vs ${pagesPerSecond(sl).toFixed(0)} pages/s = ${(pagesPerSecond(a) / pagesPerSecond(sl)).toFixed(2)}× (${a.dist!.pages} vs ${sl.dist!.pages} pages)${redirects}`,
			status: 'stated',
		});
	} else
		none(
			`Build: at most ${BUILD_RATIO}× bare Starlight's seconds per 1,000 codes (same corpus)`,
			'needs both sites',
		);
	if (a && pa) {
		out.push({
			budget: 'Build: the plain Astro floor',
			measured: `${perThousand(pa).toFixed(2)} s per 1,000 codes; Error Atlas takes ${(a.wallMs / pa.wallMs).toFixed(2)}× the floor's time`,
			status: 'stated',
		});
	}
	if (atlas?.decodeWorstMs !== undefined && atlas.decodeWorstMs !== null) {
		out.push({
			budget: 'Decoder: worst hostile paste < 100 ms',
			measured: `${atlas.decodeWorstMs.toFixed(0)} ms`,
			status: judge(atlas.decodeWorstMs < 100),
		});
	}
	const first = atlas?.firstDecode;
	if (first) {
		out.push({
			budget: `Decoder: first decode on /decode/ transfers < 40 KB gz${codes < 30_000 ? ` (judged at 30,000 codes; this run: ${codes.toLocaleString('en')})` : ''}`,
			measured: `worst ${kb(first.worstGzip)} gz, median ${kb(first.medianGzip)} over ${first.pastes} pastes (head ${kb(first.headGzip)}; at most ${first.mostParts} parts)`,
			status: codes >= 30_000 ? judge(first.worstGzip < 40 * KB) : 'stated',
		});
	} else none('Decoder: first decode on /decode/ transfers < 40 KB gz', 'no decoder parts in dist');
	if (atlas?.htmlScanWorstMs !== undefined) {
		out.push({
			budget: 'HTML scanner: worst 1 MB of pathological markup < 1,000 ms (linear)',
			measured: `${atlas.htmlScanWorstMs.toFixed(0)} ms`,
			status: judge(atlas.htmlScanWorstMs < 1000),
		});
	}
	const page = atlas?.codePage;
	if (page) {
		out.push({
			budget: 'Code page first load ≤ 30 KB gz before the search UI',
			measured: `${kb(page.total.gzip)} gz (${kb(page.total.raw)} raw)`,
			status: judge(page.total.gzip <= 30 * KB),
		});
		out.push({
			budget: 'Code page HTML ≤ 8 KB gz',
			measured: kb(page.html.gzip),
			status: judge(page.html.gzip <= 8 * KB),
		});
	} else none('Code page first load and HTML', 'no code page found');
	const search = atlas?.search;
	if (search) {
		const p95 = codes > 10_000 ? 20 : 15;
		out.push({
			budget: `Search: first query < 200 ms (${codes.toLocaleString('en')} codes)`,
			measured: `${search.firstMs.toFixed(0)} ms`,
			status: judge(search.firstMs < 200),
		});
		out.push({
			budget: `Search: p95 < ${p95} ms after the first query (${p95 === 15 ? 'up to 10,000' : 'over 10,000'} codes)`,
			measured: `${search.p95Ms.toFixed(1)} ms (median ${search.medianMs.toFixed(1)} ms)`,
			status: judge(search.p95Ms < p95),
		});
		const codeQueries = search.timings.filter((t) => t.kind === 'code');
		const good = codeQueries.filter((t) => t.ownFirst).length;
		const bad = codeQueries
			.filter((t) => !t.ownFirst)
			.map((t) => `${t.q} → ${t.top[0] ?? 'nothing'}`);
		out.push({
			budget: 'Search: every code query finds its own page first',
			measured: `${good}/${codeQueries.length}${bad.length ? `; ${bad.join(', ')}` : ''}`,
			status: judge(good === codeQueries.length && good > 0),
		});
	} else none('Search latency and ranking', 'search not run');
	const dialog = atlas?.dialog;
	if (dialog)
		out.push({
			budget:
				"Search box: the first result after the last key typed (Pagefind's UI waits 300 ms of it)",
			measured: `median ${dialog.medianMs.toFixed(0)} ms, p95 ${dialog.p95Ms.toFixed(0)} ms over ${dialog.afterKeyMs.length} typed queries`,
			status: 'stated',
		});
	const largest = a?.dist?.largestPage;
	if (largest)
		out.push({
			budget: 'No page over 150 KB gz',
			measured: `largest ${largest.path}: ${kb(largest.gzip)} gz`,
			status: judge(largest.gzip <= 150 * KB),
		});
	const filter = atlas?.compareFilter;
	if (filter && filter.some((f) => f.ms !== null)) {
		const worst = Math.max(...filter.map((f) => f.ms ?? 0));
		out.push({
			budget: 'Comparison filter < 100 ms',
			measured: `worst ${worst.toFixed(0)} ms over ${filter.length} terms`,
			status: judge(worst < 100),
		});
	} else
		none(
			'Comparison filter < 100 ms',
			atlas?.comparePage ? 'no filter field that changes the page on input' : 'no /compare/ page',
		);
	if (a) {
		const gb = a.peakRssBytes / 2 ** 30;
		out.push({
			budget: `Peak RSS of the build < 3 GB${codes < 10_000 ? ` (judged at 10,000 codes; this run: ${codes})` : ''}`,
			measured: `${gb.toFixed(2)} GB`,
			status: codes >= 10_000 ? judge(gb < 3) : 'not measured',
		});
	}
	const lh = atlas?.lighthouse ?? [];
	for (const name of ['code page', 'section page', '/compare/']) {
		const r = lh.find((x) => x.label === name);
		const budget = `Lighthouse 100/100/100/100 (mobile): ${name}`;
		if (!r)
			none(budget, lighthouseRan ? 'page missing' : 'skipped (quick mode or --no-lighthouse)');
		else if (r.error) out.push({ budget, measured: `error: ${r.error}`, status: 'missed' });
		else {
			const s = Object.values(r.scores);
			out.push({
				budget,
				measured: s.map((x) => x ?? '-').join(' / '),
				status: judge(s.every((x) => x === 100)),
			});
		}
	}
	return out;
}
