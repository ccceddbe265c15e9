import { codeKey } from '../model/model.ts';
import type { PublishedCode } from './registry.ts';

/** What happened to one dialect's codes on one day, as the registry remembers it. */
export interface ChangeDay {
	date: string;
	dialect: string;
	added: PublishedCode[];
	changed: PublishedCode[];
	retired: PublishedCode[];
}

/**
 * The registry's history as days, newest first, each dialect's day apart (in `dialects` order,
 * then by id): the codes first documented that day, those whose texts changed, those retired.
 */
export function changeDays(
	published: readonly PublishedCode[],
	dialects: readonly string[] = [],
): ChangeDay[] {
	const days = new Map<string, ChangeDay>();
	const day = (date: string, dialect: string) => {
		const key = `${date}\0${dialect}`;
		let found = days.get(key);
		if (!found) days.set(key, (found = { date, dialect, added: [], changed: [], retired: [] }));
		return found;
	};
	for (const entry of published) {
		day(entry.first, entry.dialect).added.push(entry);
		for (const date of new Set(entry.previous.map((earlier) => earlier.until)))
			day(date, entry.dialect).changed.push(entry);
		if (entry.retired !== null) day(entry.retired, entry.dialect).retired.push(entry);
	}
	const order = (dialect: string) => {
		const at = dialects.indexOf(dialect);
		return at === -1 ? dialects.length : at;
	};
	// As a page lists them: numbers by size (-1000, -1001, -10001), string codes after them.
	const byKey = (a: PublishedCode, b: PublishedCode) =>
		(a.code === null ? 1 : 0) - (b.code === null ? 1 : 0) ||
		Math.abs(a.code ?? 0) - Math.abs(b.code ?? 0) ||
		(a.code ?? 0) - (b.code ?? 0) ||
		codeKey(a).localeCompare(codeKey(b));
	return [...days.values()]
		.map((found) => ({
			...found,
			added: found.added.sort(byKey),
			changed: found.changed.sort(byKey),
			retired: found.retired.sort(byKey),
		}))
		.sort((a, b) =>
			a.date < b.date
				? 1
				: a.date > b.date
					? -1
					: order(a.dialect) - order(b.dialect) || a.dialect.localeCompare(b.dialect),
		);
}

/** `236 new, 1 changed, 2 retired`. */
export function daySummary(found: Pick<ChangeDay, 'added' | 'changed' | 'retired'>): string {
	return [
		[found.added.length, 'new'],
		[found.changed.length, 'changed'],
		[found.retired.length, 'retired'],
	]
		.filter(([n]) => Number(n) > 0)
		.map(([n, what]) => `${n} ${what}`)
		.join(', ');
}
