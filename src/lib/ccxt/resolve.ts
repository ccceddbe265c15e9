import type { Problem } from '../model/problems.ts';
import type { ReadSourceFile } from '../import/normalize.ts';
import type { CcxtMaps } from './classify.ts';
import { ccxtMaps } from './load.ts';

/**
 * ccxt's maps for each dialect whose primary source names a ccxt exchange (`ccxt: okx`, or
 * `{ exchange: binance, market: linear }`); a name ccxt does not have, or a market it does not
 * split by, is a problem at the `ccxt` line.
 */
export function resolveCcxt(files: ReadSourceFile[]): { maps: Map<string, CcxtMaps>; problems: Problem[] } {
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
