/** Lighthouse (mobile preset, the CLI's default) on one URL, scores and what cost points. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './proc.ts';
import { CHROMIUM } from './search.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
	url: string;
	/** 0-100 per category; null when Lighthouse failed. */
	scores: Record<(typeof CATEGORIES)[number], number | null>;
	/** Titles of the audits that cost points, with their score. */
	failing: string[];
	/** Performance score of every run when several were made (the result is the median run). */
	performanceRuns: number[];
	error: string | null;
}

interface Report {
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<
		string,
		{ title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
	>;
}

/** Runs the lighthouse CLI from `project`'s node_modules against `url`. */
export async function lighthouse(project: string, url: string): Promise<LighthouseResult> {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-lh-'));
	const out = join(dir, 'report.json');
	const scores = Object.fromEntries(CATEGORIES.map((c) => [c, null])) as LighthouseResult['scores'];
	try {
		const result = await run(
			process.execPath,
			[
				join(project, 'node_modules/lighthouse/cli/index.js'),
				url,
				'--output=json',
				`--output-path=${out}`,
				`--only-categories=${CATEGORIES.join(',')}`,
				'--quiet',
				'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
			],
			{ cwd: project, env: { CHROME_PATH: CHROMIUM } },
		);
		if (result.exitCode !== 0)
			return {
				url,
				scores,
				failing: [],
				performanceRuns: [],
				error: result.output.trim().split('\n').slice(-3).join(' '),
			};
		const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
		const failing: string[] = [];
		for (const c of CATEGORIES) {
			const category = report.categories[c];
			scores[c] = category?.score == null ? null : Math.round(category.score * 100);
			for (const ref of category?.auditRefs ?? []) {
				const audit = report.audits[ref.id];
				if (
					ref.weight > 0 &&
					audit &&
					audit.score !== null &&
					audit.score < 1 &&
					audit.scoreDisplayMode !== 'informative'
				) {
					failing.push(
						`${c}: ${audit.title} (${Math.round(audit.score * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`,
					);
				}
			}
		}
		return { url, scores, failing, performanceRuns: [scores.performance ?? 0], error: null };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * Runs Lighthouse `runs` times and returns the run with the median performance score, as
 * Lighthouse CI does: one run's Total Blocking Time swings with whatever else the CPU does.
 */
export async function lighthouseMedian(
	project: string,
	url: string,
	runs: number,
): Promise<LighthouseResult> {
	const results: LighthouseResult[] = [];
	for (let i = 0; i < runs; i++) results.push(await lighthouse(project, url));
	const ok = results
		.filter((r) => !r.error)
		.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
	if (ok.length === 0) return results[0];
	return {
		...ok[Math.floor((ok.length - 1) / 2)],
		performanceRuns: results.map((r) => r.scores.performance ?? 0),
	};
}
