/**
 * The registry: every code the atlas has published, like a lock file. It remembers what each
 * code said and since when, so a change to a source shows as codes added, reworded and gone,
 * and a code that leaves its source is remembered as retired instead of forgotten.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parseCode } from '../import/codes.ts';
import { codeKey, type CodeEntry } from '../model/model.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a code says: the texts a change to its source can reword. */
export const registryTextsSchema = z.strictObject({
	name: z.string().nullable(),
	title: z.string(),
	messages: z.array(z.string()),
	description: z.string().nullable(),
	solution: z.string().nullable(),
});
export type RegistryTexts = z.infer<typeof registryTextsSchema>;

export const registryEntrySchema = z.strictObject({
	url: z.string(),
	/** The day the atlas first documented the code. */
	first: z.string().regex(DATE),
	/** The day its texts last changed (its first day until they do). */
	changed: z.string().regex(DATE),
	/** A digest of `texts`, so a changed text shows without comparing every field. */
	digest: z.string(),
	/** The day its source stopped documenting it; null while it does. */
	retired: z.string().regex(DATE).nullable(),
	texts: registryTextsSchema,
	/** Earlier texts, newest first, each with the day it was replaced. */
	previous: z
		.array(z.strictObject({ until: z.string().regex(DATE), texts: registryTextsSchema }))
		.default([]),
});
export type RegistryEntry = z.infer<typeof registryEntrySchema>;

export const registrySchema = z.strictObject({
	version: z.literal(1),
	/** By `<dialect>/<id>`. */
	codes: z.record(z.string(), registryEntrySchema),
});
export type Registry = z.infer<typeof registrySchema>;

export function textsOf(
	entry: Pick<CodeEntry, 'name' | 'title' | 'messages' | 'description' | 'solution'>,
): RegistryTexts {
	return {
		name: entry.name,
		title: entry.title,
		messages: [...entry.messages],
		description: entry.description,
		solution: entry.solution,
	};
}

export function digestOf(texts: RegistryTexts): string {
	return createHash('sha256').update(JSON.stringify(texts)).digest('hex').slice(0, 16);
}

export interface RegistryChange {
	key: string;
	dialect: string;
	id: string;
	kind: 'new' | 'changed' | 'gone' | 'returned';
	/** For `changed`: the texts before and after. */
	before?: RegistryTexts;
	after?: RegistryTexts;
}

/**
 * What the import changes against the registry, in dialect and key order: codes it has that the
 * registry lacks (`new`) or holds as retired (`returned`), codes whose texts differ (`changed`),
 * and codes the registry publishes that the import no longer has (`gone`).
 */
export function compareRegistry(registry: Registry, codes: readonly CodeEntry[]): RegistryChange[] {
	const changes: RegistryChange[] = [];
	const seen = new Set<string>();
	for (const entry of codes) {
		const key = codeKey(entry);
		seen.add(key);
		const known = registry.codes[key];
		const texts = textsOf(entry);
		if (!known) changes.push({ key, dialect: entry.dialect, id: entry.id, kind: 'new' });
		else if (known.retired !== null)
			changes.push({ key, dialect: entry.dialect, id: entry.id, kind: 'returned' });
		else if (known.digest !== digestOf(texts))
			changes.push({
				key,
				dialect: entry.dialect,
				id: entry.id,
				kind: 'changed',
				before: known.texts,
				after: texts,
			});
	}
	for (const [key, known] of Object.entries(registry.codes)) {
		if (seen.has(key) || known.retired !== null) continue;
		const slash = key.indexOf('/');
		changes.push({ key, dialect: key.slice(0, slash), id: key.slice(slash + 1), kind: 'gone' });
	}
	return changes.sort((a, b) => a.dialect.localeCompare(b.dialect) || a.key.localeCompare(b.key));
}

/**
 * The registry after the import of `today`: new codes enter with their first day (`firstDay`
 * may date them earlier, from the history of their source), changed ones keep their old texts
 * in `previous`, gone ones are retired with their last texts, returned ones are current again.
 */
export function updateRegistry(
	registry: Registry,
	codes: readonly CodeEntry[],
	today: string,
	firstDay: (entry: CodeEntry) => string = () => today,
): Registry {
	if (!DATE.test(today)) throw new Error(`not a date: ${today}`);
	const next: Registry['codes'] = { ...registry.codes };
	const current = new Set<string>();
	for (const entry of codes) {
		const key = codeKey(entry);
		current.add(key);
		const texts = textsOf(entry);
		const digest = digestOf(texts);
		const known = next[key];
		if (!known) {
			const first = firstDay(entry);
			next[key] = {
				url: entry.url,
				first,
				changed: first,
				digest,
				retired: null,
				texts,
				previous: [],
			};
			continue;
		}
		const reworded = known.digest !== digest;
		next[key] = {
			...known,
			url: entry.url,
			retired: null,
			...(reworded
				? {
						digest,
						texts,
						changed: today,
						previous: [{ until: today, texts: known.texts }, ...known.previous],
					}
				: {}),
		};
	}
	for (const [key, known] of Object.entries(next)) {
		if (!current.has(key) && known.retired === null) next[key] = { ...known, retired: today };
	}
	return {
		version: 1,
		codes: Object.fromEntries(
			Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
		),
	};
}

/** One line per code, so a change to the registry reads as a change to those codes in a diff. */
export function formatRegistry(registry: Registry): string {
	const lines = Object.entries(registry.codes).map(
		([key, entry]) => `    ${JSON.stringify(key)}: ${JSON.stringify(entry)}`,
	);
	return `{\n  "version": 1,\n  "codes": {\n${lines.join(',\n')}\n  }\n}\n`;
}

export const EMPTY_REGISTRY: Registry = { version: 1, codes: {} };

/**
 * A code as the registry has published it: every documented code, with the day it was first
 * documented and its earlier texts, and every retired one (`retired` set), whose page stays.
 */
export const publishedCodeSchema = registryEntrySchema.omit({ digest: true }).extend({
	dialect: z.string(),
	id: z.string(),
	/** The integer of a numeric id, null for a string code, as for a documented code. */
	code: z.number().int().nullable(),
});
export type PublishedCode = z.infer<typeof publishedCodeSchema>;
export type RetiredCode = PublishedCode & { retired: string };

/**
 * The registry's codes as the import leaves them, by key: those the import documents (never
 * retired, even where the registry is behind and still says so) and the retired ones it does
 * not document again. A documented code the registry lacks is left out: check fails on it.
 */
export function publishedCodes(registry: Registry, codes: readonly CodeEntry[]): PublishedCode[] {
	const current = new Set(codes.map(codeKey));
	return Object.entries(registry.codes)
		.filter(([key, entry]) => current.has(key) || entry.retired !== null)
		.map(([key, { digest: _digest, ...entry }]): PublishedCode => {
			const slash = key.indexOf('/');
			const id = key.slice(slash + 1);
			return {
				...entry,
				retired: current.has(key) ? null : entry.retired,
				dialect: key.slice(0, slash),
				id,
				code: parseCode(id)?.code ?? null,
			};
		});
}

export function isRetired(entry: PublishedCode): entry is RetiredCode {
	return entry.retired !== null;
}
