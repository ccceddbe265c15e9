import { codeKey, type CodeEntry } from '../model/model.ts';
import { digestOf, textsOf, type RegistryTexts } from './registry.ts';

/** What a new version of a page does to one code. */
export interface CodeDiff {
	dialect: string;
	id: string;
	/** `added` and `removed` stand alone; a code in both versions may be `renamed`, `reworded` and `moved` at once. */
	kinds: Array<'added' | 'removed' | 'renamed' | 'reworded' | 'moved'>;
	before: (RegistryTexts & { section: string }) | null;
	after: (RegistryTexts & { section: string }) | null;
}

const withSection = (entry: CodeEntry) => ({ ...textsOf(entry), section: entry.section.title });

/** The texts but the name, and the title where it is only the name again: what a rewording changes. */
const words = (texts: RegistryTexts) =>
	digestOf({ ...texts, name: null, title: texts.title === texts.name ? '' : texts.title });

/**
 * Two imports compared code by code, in the new version's order and then the removed ones:
 * what a reviewer of a source update reads. A name is compared apart from the other texts, so
 * a rename reads as one; a code under another section title has `moved`.
 */
export function diffCodes(before: readonly CodeEntry[], after: readonly CodeEntry[]): CodeDiff[] {
	const old = new Map(before.map((entry) => [codeKey(entry), entry]));
	const seen = new Set<string>();
	const diffs: CodeDiff[] = [];
	for (const entry of after) {
		const key = codeKey(entry);
		seen.add(key);
		const was = old.get(key);
		if (!was) {
			diffs.push({
				dialect: entry.dialect,
				id: entry.id,
				kinds: ['added'],
				before: null,
				after: withSection(entry),
			});
			continue;
		}
		const kinds: CodeDiff['kinds'] = [];
		if (was.name !== entry.name) kinds.push('renamed');
		if (words(textsOf(was)) !== words(textsOf(entry))) kinds.push('reworded');
		if (was.section.title !== entry.section.title) kinds.push('moved');
		if (kinds.length > 0)
			diffs.push({
				dialect: entry.dialect,
				id: entry.id,
				kinds,
				before: withSection(was),
				after: withSection(entry),
			});
	}
	for (const [key, was] of old) {
		if (!seen.has(key))
			diffs.push({
				dialect: was.dialect,
				id: was.id,
				kinds: ['removed'],
				before: withSection(was),
				after: null,
			});
	}
	return diffs;
}
