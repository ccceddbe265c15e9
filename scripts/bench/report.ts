/** Renders a benchmark run as Markdown and writes it into BENCHMARKS.md between markers. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AtlasDetails, Budget, SiteResult } from './budgets.ts';
import type { SearchBench } from './search.ts';
import { kb, pagesPerSecond } from './budgets.ts';
import type { Machine } from './machine.ts';
import type { ProfileSummary } from './profile.ts';

export interface RunInfo {
	command: string;
	codes: number;
	dialects: number;
	runs: number;
	seed: string;
	sourceFiles: number;
	sourceBytes: number;
}

export interface ShippedAtlas {
	site: SiteResult;
	codes: number;
	search: SearchBench | null;
}

export interface Report {
	run: RunInfo;
	machine: Machine;
	sites: SiteResult[];
	atlas: AtlasDetails | null;
	/** The real atlas (content/sources), built and searched the same way. */
	shipped: ShippedAtlas | null;
	budgets: Budget[];
	profile: ProfileSummary | null;
	notes: string[];
}

/** Each corpus size has its own block, so the 10,000- and 30,000-code runs stand side by side. */
const start = (codes: number): string =>
	`<!-- bench:start ${codes} codes (written by scripts/bench.ts; edit outside the markers) -->`;
const end = (codes: number): string => `<!-- bench:end ${codes} codes -->`;

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const s1 = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const cell = (v: string): string => v.replace(/\|/g, '\\|');

/** A Markdown table; also what the console shows. */
export function table(head: string[], rows: string[][]): string {
	return [head, head.map(() => '---'), ...rows]
		.map((r) => `| ${r.map(cell).join(' | ')} |`)
		.join('\n');
}

/** The per-site comparison table. */
export function sitesTable(sites: SiteResult[], codes: number): string {
	return table(
		[
			'site',
			's per 1,000 codes',
			'build (wall)',
			'pages',
			'pages/s',
			'peak RSS',
			'dist',
			'HTML/page',
			'largest page (gz)',
			'Pagefind index',
		],
		sites.map((s) =>
			s.dist
				? [
						s.label,
						(s.wallMs / codes).toFixed(2),
						s1(s.wallMs),
						`${s.dist.pages}${s.dist.redirects ? ` (+${s.dist.redirects} redirects)` : ''}`,
						pagesPerSecond(s).toFixed(0),
						mb(s.peakRssBytes),
						mb(s.dist.bytes),
						kb(s.dist.htmlBytes / Math.max(1, s.dist.pages)),
						s.dist.largestPage ? `${kb(s.dist.largestPage.gzip)} ${s.dist.largestPage.path}` : '-',
						mb(s.dist.pagefindBytes),
					]
				: [s.label, `skipped: ${s.skipped ?? 'failed'}`, '', '', '', '', '', '', '', ''],
		),
	);
}

export function budgetsTable(budgets: Budget[]): string {
	return table(
		['budget', 'measured', 'status'],
		budgets.map((b) => [
			b.budget,
			b.measured,
			b.status === 'met' ? 'met' : b.status === 'missed' ? '**missed**' : b.status,
		]),
	);
}

function atlasSection(a: AtlasDetails): string[] {
	const out: string[] = ['### Error Atlas in detail', ''];
	const p = a.codePage;
	if (p) {
		out.push(
			`First load of the code page \`${p.page}\` (gzip at zlib's default level; KB = 1,000 bytes):`,
			'',
		);
		out.push(
			table(
				['part', 'raw', 'gzip'],
				[
					['HTML', kb(p.html.raw), kb(p.html.gzip)],
					['CSS', kb(p.css.raw), kb(p.css.gzip)],
					['JS', kb(p.js.raw), kb(p.js.gzip)],
					['**total before the search UI**', kb(p.total.raw), kb(p.total.gzip)],
					[
						`search UI, loaded when idle (${p.lazy.files.join(', ') || 'none'})`,
						kb(p.lazy.raw),
						kb(p.lazy.gzip),
					],
					...(a.search
						? [
								[
									'Pagefind on the first query (runtime, wasm, index chunks), as transferred',
									'',
									kb(a.search.firstQueryBytes),
								],
							]
						: []),
				],
			),
			'',
		);
	}
	const redirects = a.redirects;
	if (redirects && redirects.redirects > 0) {
		out.push(
			`- Redirect pages (aliases): ${redirects.redirects}, not counted as pages; ${redirects.brokenRedirects.count} point at a page that is not in dist${redirects.brokenRedirects.example ? ` (e.g. ${redirects.brokenRedirects.example})` : ''}`,
		);
	}
	out.push(
		`- Decoder data, whole (\`api/v1/decoder.json\`, for tools): ${a.decoder ? `${kb(a.decoder.raw)} raw, ${kb(a.decoder.gzip)} gz` : 'not in dist'}`,
	);
	const first = a.firstDecode;
	if (first)
		out.push(
			`- First decode on /decode/ (\`api/v1/decoder/head.json\` and the parts the paste leads to, gz): median ${kb(first.medianGzip)}, worst ${kb(first.worstGzip)} over ${first.pastes} pastes (head ${kb(first.headGzip)}, at most ${first.mostParts} parts; worst: \`${first.worstPaste.slice(0, 80)}\`)`,
		);
	out.push(
		`- Section page used: ${a.sectionPage ?? 'none found'}; comparison page: ${a.comparePage ?? 'none (no /compare/ in dist)'}`,
	);
	if (a.compareFilter)
		out.push(
			`- Comparison filter: ${a.compareFilter.map((f) => `\`${f.term}\` ${f.ms === null ? 'no change' : `${f.ms.toFixed(0)} ms`}`).join(', ')}`,
		);
	out.push('');
	const s = a.search;
	if (s) {
		out.push(
			`#### Search: ${s.timings.length} queries in Chromium through the Pagefind API, ${s.sessions} cold sessions`,
			'',
			`Ranking passed as the site's search UI does: ${s.ranking ? `\`${JSON.stringify(s.ranking)}\`` : 'Pagefind defaults (none found in the build)'}. ` +
				`Measured after the build output was flushed to disk and the machine settled${s.load === undefined ? '' : ` (1-minute load ${s.load.toFixed(1)})`}. ` +
				`Each session is a fresh browser context that runs the queries in order, the first one cold; times in the table are the median of the sessions. ` +
				`First (cold, includes loading Pagefind): **${s.firstMs.toFixed(0)} ms**; after it, over the ${s.sessions * (s.timings.length - 1)} later queries of all sessions: median **${s.medianMs.toFixed(1)} ms**, p95 **${s.p95Ms.toFixed(1)} ms** ` +
				`(with the first five results' data: median ${s.medianWithDataMs.toFixed(1)} ms). ` +
				`Run again with their index chunks loaded: median ${s.repeatMedianMs.toFixed(1)} ms, p95 ${s.repeatP95Ms.toFixed(1)} ms.`,
			'',
		);
		out.push(
			table(
				[
					'query',
					'kind',
					'search()',
					'+ data',
					'again',
					'results',
					'first result',
					'own page first',
				],
				s.timings.map((t) => [
					`\`${t.q}\``,
					t.kind,
					`${t.searchMs.toFixed(1)} ms`,
					`${t.withDataMs.toFixed(1)} ms`,
					`${t.repeatMs.toFixed(1)} ms`,
					String(t.results),
					t.top[0] ?? '-',
					t.ownFirst === null ? '' : t.ownFirst ? 'yes' : '**no**',
				]),
			),
			'',
		);
	}
	if (a.lighthouse.length > 0) {
		out.push('#### Lighthouse (mobile preset; the median of the runs by performance)', '');
		out.push(
			table(
				[
					'page',
					'performance (all runs)',
					'accessibility',
					'best practices',
					'SEO',
					'what cost points',
				],
				a.lighthouse.map((r) => {
					const [perf, ...rest] = Object.values(r.scores).map((v) =>
						v === null ? '-' : String(v),
					);
					return [
						r.label + ` \`${new URL(r.url).pathname}\``,
						`${perf} (${r.performanceRuns.join(' / ')})`,
						...rest,
						r.error ?? (r.failing.join('; ') || '-'),
					];
				}),
			),
			'',
		);
	}
	return out;
}

function profileSection(p: ProfileSummary): string[] {
	const rows = (lines: ProfileSummary['byOrigin']): string[][] =>
		lines.map((l) => [
			`\`${l.what}\``,
			`${(l.ms / 1000).toFixed(1)} s`,
			`${(l.share * 100).toFixed(1)} %`,
		]);
	return [
		'### Where the Error Atlas build spends its time (`--profile`)',
		'',
		`V8 CPU profile of the build's main process, ${(p.totalMs / 1000).toFixed(1)} s of samples (idle excluded; the profiler slows the build, so read shares, not seconds).`,
		'',
		'By origin (self time):',
		'',
		table(['origin', 'self', 'share'], rows(p.byOrigin)),
		'',
		'Functions by self time:',
		'',
		table(['function', 'self', 'share'], rows(p.selfTop)),
		'',
		'Functions by inclusive time (callers included; the top rows are the build itself):',
		'',
		table(['function', 'inclusive', 'share'], rows(p.inclusiveTop)),
		'',
	];
}

/** The whole generated block. */
export function renderReport(r: Report): string {
	const m = r.machine;
	const out = [
		start(r.run.codes),
		'',
		`## Scale benchmark: ${r.run.codes.toLocaleString('en')} codes`,
		'',
		`Generated by \`${r.run.command}\` on ${m.date}.`,
		'',
		`- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, Linux ${m.kernel}; Node ${m.node}; 1-minute load at the start ${m.loadAtStart.toFixed(1)}`,
		`- Versions: ${Object.entries(m.versions)
			.map(([k, v]) => `${k} ${v}`)
			.join(', ')}`,
		`- Corpus: ${r.run.dialects} dialects, ${r.run.codes.toLocaleString('en')} codes (plus the few codes secondaries add), seed \`${r.run.seed}\`, ${r.run.sourceFiles} source files, ${mb(r.run.sourceBytes)}`,
		`- Builds are cold (fresh temp dir, empty caches) and run one at a time, ${r.run.runs > 1 ? `best of ${r.run.runs} interleaved runs` : 'one run per site'}; wall time includes Node start and the Pagefind index (run after \`astro build\` for plain Astro). Peak RSS is the whole process tree, sampled every 100 ms.`,
		'',
		'### Sites',
		'',
		sitesTable(r.sites, r.run.codes),
		'',
		'### Budgets',
		'',
		budgetsTable(r.budgets),
		'',
	];
	if (r.atlas) out.push(...atlasSection(r.atlas));
	if (r.shipped) out.push(...shippedSection(r.shipped));
	const phases = r.sites.filter((s) => s.phases.length > 0);
	if (phases.length > 0) {
		out.push("### Build phases (from Astro's log)", '');
		for (const s of phases) out.push(`- ${s.label}: ${s.phases.join(' · ')}`);
		out.push('');
	}
	if (r.profile) out.push(...profileSection(r.profile));
	if (r.notes.length > 0) out.push('### Notes', '', ...r.notes.map((n) => `- ${n}`), '');
	out.push(end(r.run.codes));
	return out.join('\n');
}

function shippedSection({ site, codes, search }: ShippedAtlas): string[] {
	const dist = site.dist;
	if (!dist)
		return [
			'### The shipped atlas (content/sources)',
			'',
			`Not built: ${site.skipped ?? 'failed'}.`,
			'',
		];
	return [
		'### The shipped atlas (content/sources)',
		'',
		`The real venues' pages, built once the same way: **${s1(site.wallMs)}** for ${codes.toLocaleString('en')} codes (${(site.wallMs / codes).toFixed(2)} s per 1,000), ${dist.pages} pages (+${dist.redirects} redirect files), dist ${mb(dist.bytes)} (Pagefind ${mb(dist.pagefindBytes)}), peak RSS ${mb(site.peakRssBytes)}.` +
			(search
				? ` Search over it: first query ${search.firstMs.toFixed(0)} ms, then median ${search.medianMs.toFixed(1)} ms, p95 **${search.p95Ms.toFixed(1)} ms** (${search.timings.length} queries drawn from its codes).`
				: ' Search not measured.'),
		'',
	];
}

/** Replaces the block of this corpus size in `file`, keeping everything written outside its markers. */
export function writeReport(file: string, block: string, codes: number): void {
	const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n';
	const from = current.indexOf(start(codes));
	const to = current.indexOf(end(codes));
	const next =
		from >= 0 && to > from
			? current.slice(0, from) + block + current.slice(to + end(codes).length)
			: current.trimEnd() + '\n\n' + block + '\n';
	writeFileSync(file, next);
}
