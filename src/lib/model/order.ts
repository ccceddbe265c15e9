import type { CodeEntry, Dialect } from './model.ts';

/**
 * `codes` in the model's order: the dialects' order, each dialect's codes as its sections list
 * them (source order). Astro writes its content store sorted by id, so a collection's entries
 * come back in that order instead. A code no section lists keeps its place after the others.
 */
export function inModelOrder<T extends Pick<CodeEntry, 'dialect' | 'id'>>(
	dialects: readonly Dialect[],
	codes: readonly T[],
): T[] {
	const rank = new Map<string, number>();
	for (const dialect of dialects)
		for (const section of dialect.sections)
			for (const id of section.codes) {
				const key = `${dialect.id}/${id}`;
				if (!rank.has(key)) rank.set(key, rank.size);
			}
	const of = (entry: T) => rank.get(`${entry.dialect}/${entry.id}`) ?? rank.size;
	return codes
		.map((entry, index) => ({ entry, index }))
		.sort((a, b) => of(a.entry) - of(b.entry) || a.index - b.index)
		.map(({ entry }) => entry);
}
