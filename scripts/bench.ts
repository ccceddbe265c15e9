/**
 * `npm run bench [-- --codes N --quick ...]`: the scale benchmark of issue 6. Generates a
 * synthetic corpus, builds Error Atlas, a bare Starlight site and a plain Astro site from it
 * (cold, one at a time), measures them, judges the budgets and writes BENCHMARKS.md.
 * `--help` lists the options; see scripts/bench/ for the parts.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, writeCorpus } from './bench/corpus.ts';
import { parseBenchArgs } from './bench/args.ts';
import { atlasDetails } from './bench/atlas.ts';
import { bestOf, buildSite, LABELS, type BuildContext } from './bench/build.ts';
import { judgeBudgets, kb, type AtlasDetails, type SiteResult } from './bench/budgets.ts';
import { currentLoad, machine, settle } from './bench/machine.ts';
import { summarizeProfile, type ProfileSummary } from './bench/profile.ts';
import {
	budgetsTable,
	renderReport,
	sitesTable,
	writeReport,
	type ShippedAtlas,
} from './bench/report.ts';
import { shippedQueries } from './bench/queries.ts';
import { searchBench, siteRanking } from './bench/search.ts';
import { serve } from './bench/serve.ts';

const PROJECT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const log = (s: string): void => void process.stderr.write(`[bench] ${s}\n`);

async function main(): Promise<number> {
	let options;
	try {
		options = parseBenchArgs(process.argv.slice(2));
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	process.env.ASTRO_TELEMETRY_DISABLED = '1';
	const load = currentLoad();
	// Inside the project (git-ignored tmp/): Astro mis-resolves a symlinked node_modules from /tmp.
	mkdirSync(join(PROJECT, 'tmp'), { recursive: true });
	const root = mkdtempSync(join(PROJECT, 'tmp', 'bench-'));
	const notes: string[] = [];
	try {
		const corpus = generateCorpus({
			dialects: options.dialects,
			codes: options.codes,
			seed: options.seed,
		});
		const corpusDir = join(root, 'corpus');
		writeCorpus(corpusDir, corpus);
		log(
			`corpus: ${options.dialects} dialects, ${corpus.codes.length} codes, ${corpus.files.length} files in ${relative(PROJECT, corpusDir)}`,
		);
		const ctx: BuildContext = { project: PROJECT, root, corpus, corpusDir };
		const runs = new Map<string, SiteResult[]>();
		// Interleaved (A S P A S P ...) so a burst of other load hits every site alike.
		for (let run = 1; run <= options.runs; run++) {
			for (const key of options.sites) {
				log(`building ${LABELS[key]}${options.runs > 1 ? ` (run ${run}/${options.runs})` : ''}...`);
				const site = await buildSite(key, ctx, options.runs > 1 ? `${key}-${run}` : key);
				runs.set(key, [...(runs.get(key) ?? []), site]);
				log(
					site.dist
						? `${LABELS[key]}: ${site.dist.pages} pages in ${(site.wallMs / 1000).toFixed(1)} s`
						: `${LABELS[key]} skipped: ${site.skipped}`,
				);
				if (site.skipped) break;
			}
		}
		const sites = [...runs.values()].map(bestOf);
		for (const s of sites) if (s.skipped) notes.push(`${s.label} not built: ${s.skipped}.`);
		if (options.runs > 1)
			notes.push(
				`Each site built ${options.runs} times, interleaved; the fastest run counts. All runs: ${sites.map((s) => `${s.label} ${s.wallRuns.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s`).join('; ')}.`,
			);
		let atlas: AtlasDetails | null = null;
		const built = sites.find((s) => s.key === 'atlas' && s.distDir);
		if (built) {
			// The quick run inside npm test does not wait for the machine to settle: it shows the bench still works, its timings prove nothing.
			atlas = await atlasDetails(
				PROJECT,
				built.distDir!,
				built.dist!,
				corpus,
				options.lighthouse,
				log,
				options.quick ? 0 : 60_000,
				// Typing 20 queries takes half a minute the smoke run in npm test need not spend.
				!options.quick,
			);
			notes.push(
				`Error Atlas builds ${(built.dist!.pages / corpus.codes.length).toFixed(2)} pages per code (code, section, dialect and cross-dialect pages; redirect-only alias pages not counted), the other sites about 1: pages/s compares page rates, s per 1,000 codes compares the cost of the same corpus.`,
			);
		}
		if (!options.lighthouse) notes.push('Lighthouse skipped (--quick or --no-lighthouse).');
		let profile: ProfileSummary | null = null;
		if (options.profile && built) {
			log('building Error Atlas again under --cpu-prof...');
			const dir = join(root, 'profile');
			await buildSite(
				'atlas',
				{ ...ctx, nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`] },
				'atlas-profiled',
			);
			// Paths relative to the profiled copy read as the project's own (src/lib/...).
			profile = summarizeProfile(dir, join(root, 'atlas-profiled'));
		}
		let shipped: ShippedAtlas | null = null;
		if (options.shipped && built) {
			log('building the shipped atlas (content/sources)...');
			const site = await buildSite(
				'atlas',
				{ ...ctx, corpusDir: join(PROJECT, 'content/sources') },
				'shipped',
			);
			const { queries, page, codes } = shippedQueries(site.distDir!);
			let search = null;
			if (!options.quick) {
				const server = await serve(site.distDir!);
				try {
					await settle(60_000);
					log('search over the shipped atlas');
					search = await searchBench(server.origin, '/', page, queries, siteRanking(site.distDir!));
				} finally {
					await server.close();
				}
			}
			shipped = { site, codes, search };
			log(`shipped atlas: ${site.dist!.pages} pages in ${(site.wallMs / 1000).toFixed(1)} s`);
		}
		const loadEnd = currentLoad();
		const cores = navigator.hardwareConcurrency;
		if (Math.max(load, loadEnd) > cores * 0.75) {
			notes.push(
				`The machine was busy (1-minute load ${load.toFixed(1)} at the start, ${loadEnd.toFixed(1)} at the end, ${cores} cores): times are inflated; rerun on an idle machine before judging build budgets.`,
			);
		}
		const budgets = judgeBudgets(sites, atlas, options.codes, options.lighthouse);
		const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
		const sourceBytes = readdirSync(corpusDir).reduce(
			(n, f) => n + statSync(join(corpusDir, f)).size,
			0,
		);
		const report = {
			run: {
				command,
				codes: options.codes,
				dialects: options.dialects,
				runs: options.runs,
				seed: options.seed,
				sourceFiles: corpus.files.length,
				sourceBytes,
			},
			machine: machine(PROJECT, load),
			sites,
			atlas,
			shipped,
			budgets,
			profile,
			notes,
		};
		console.log(`\n${sitesTable(sites, options.codes)}\n`);
		if (atlas?.codePage) {
			const p = atlas.codePage;
			console.log(
				`Error Atlas code page ${p.page}: ${kb(p.total.gzip)} gz first load (HTML ${kb(p.html.gzip)}, CSS ${kb(p.css.gzip)}, JS ${kb(p.js.gzip)}); search UI ${kb(p.lazy.gzip)} gz apart`,
			);
		}
		if (atlas?.search)
			console.log(
				`Search: first ${atlas.search.firstMs.toFixed(0)} ms, median ${atlas.search.medianMs.toFixed(1)} ms, p95 ${atlas.search.p95Ms.toFixed(1)} ms`,
			);
		console.log(`\n${budgetsTable(budgets)}\n`);
		if (options.out) {
			writeReport(resolve(PROJECT, options.out), renderReport(report), options.codes);
			log(`wrote ${options.out}`);
		}
		const missed = budgets.filter((b) => b.status === 'missed').length;
		return options.strict && missed > 0 ? 1 : 0;
	} finally {
		if (options.keep) log(`kept ${root}`);
		else rmSync(root, { recursive: true, force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	},
);
