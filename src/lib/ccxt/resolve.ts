import type { Problem } from '../model/problems.ts';
import type { ReadSourceFile } from '../import/normalize.ts';
import type { CodeEntry, Concept } from '../model/model.ts';
import { contradicts, type CcxtMaps } from './classify.ts';
import { ccxtChain, ccxtMaps } from './load.ts';

/**
 * ccxt's maps for each dialect whose primary source names a ccxt exchange (`ccxt: okx`, or
 * `{ exchange: binance, market: linear }`); a name ccxt does not have, or a market it does not
 * split by, is a problem at the `ccxt` line.
 */
export function resolveCcxt(files: ReadSourceFile[]): {
	maps: Map<string, CcxtMaps>;
	problems: Problem[];
} {
	const maps = new Map<string, CcxtMaps>();
	const problems: Problem[] = [];
	for (const file of files) {
		const named = file.frontMatter.ccxt;
		if (named === undefined || file.frontMatter.role !== 'primary') continue;
		const { exchange, market = null } = typeof named === 'string' ? { exchange: named } : named;
		const found = ccxtMaps(exchange, market);
		if (typeof found === 'string') {
			problems.push({
				file: file.file,
				line: file.keyLines.ccxt ?? 1,
				message: found,
				hint: '`ccxt` names the id ccxt gives the exchange (`ccxt.exchanges`), and a `market` only where ccxt splits its error maps by market; leave it out where ccxt does not support the venue',
			});
		} else {
			maps.set(file.frontMatter.dialect, found);
		}
	}
	return { maps, problems };
}

/**
 * A note in `check` for each code whose concept names a ccxt class that ccxt's own map for the
 * code contradicts; the page shows both. A note, not a problem: either may be the one to fix.
 */
export function noteCcxtContradictions(
	codes: CodeEntry[],
	concepts: Concept[],
	reports: Array<{ file: string; notes: Array<{ line: number; code: string; text: string }> }>,
	files: ReadSourceFile[],
): void {
	const lines = new Map(
		files
			.flatMap((file) =>
				file.read.entries.map((read) => [`${file.file}\0${read.id}`, read.line] as const),
			)
			.reverse(),
	);
	const conceptClass = new Map(concepts.map((concept) => [concept.id, concept.ccxt]));
	for (const entry of codes) {
		const named = entry.concept === null ? undefined : conceptClass.get(entry.concept);
		if (!entry.ccxt || named === undefined || !contradicts(entry.ccxt, ccxtChain(named))) continue;
		const report = reports.find((candidate) => candidate.file === entry.sources[0].file);
		const file = entry.sources[0].file;
		report?.notes.push({
			line: lines.get(`${file}\0${entry.id}`) ?? 0,
			code: entry.id,
			text: `its concept \`${entry.concept}\` says ccxt raises ${named}; ccxt ${entry.ccxt.version}'s ${entry.ccxt.exchange} map raises ${entry.ccxt.class} (by ${entry.ccxt.match})`,
		});
	}
}
