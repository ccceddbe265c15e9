import type { CodeEntry, Dialect } from '../model/model.ts';

/** One exception ccxt raises, with every dialect's codes that raise it. */
export interface CcxtClassGroup {
	name: string;
	/** The class and its ancestors, nearest first, ending at `BaseError`. */
	chain: string[];
	retry: NonNullable<CodeEntry['ccxt']>['retry'];
	/** In the dialects' order; only dialects with a code of the class. */
	dialects: Array<{ dialect: Dialect; byCode: CodeEntry[]; byMessage: CodeEntry[] }>;
	count: number;
}

/**
 * Every venue's codes grouped by the exception ccxt raises for them, the class with most codes
 * first. Codes ccxt maps to nothing are left out: they raise the generic `ExchangeError` only
 * because nothing matched, which says nothing of what they mean (each dialect's ccxt page lists them).
 */
export function codesByCcxtClass(
	codes: readonly CodeEntry[],
	dialects: readonly Dialect[],
): CcxtClassGroup[] {
	const groups = new Map<string, CcxtClassGroup>();
	const order = new Map(dialects.map((dialect, i) => [dialect.id, i]));
	const dialectOf = new Map(dialects.map((dialect) => [dialect.id, dialect]));
	for (const entry of codes) {
		const ccxt = entry.ccxt;
		const dialect = dialectOf.get(entry.dialect);
		if (!ccxt || ccxt.match === null || !dialect) continue;
		let group = groups.get(ccxt.class);
		if (!group)
			groups.set(
				ccxt.class,
				(group = {
					name: ccxt.class,
					chain: ccxt.chain,
					retry: ccxt.retry,
					dialects: [],
					count: 0,
				}),
			);
		let row = group.dialects.find((candidate) => candidate.dialect.id === entry.dialect);
		if (!row) group.dialects.push((row = { dialect, byCode: [], byMessage: [] }));
		(ccxt.match === 'code' ? row.byCode : row.byMessage).push(entry);
		group.count++;
	}
	for (const group of groups.values())
		group.dialects.sort((a, b) => order.get(a.dialect.id)! - order.get(b.dialect.id)!);
	return [...groups.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
