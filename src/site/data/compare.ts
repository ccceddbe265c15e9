import { compareNumbers, type NumberRow } from '../../lib/compare/compare.ts';
import type { CodeEntry, Concept } from '../../lib/model/model.ts';
import { getCodes, getConcepts, getDialects } from './atlas.ts';
import { pathWithBase } from '../base.ts';

let rows: NumberRow[] | undefined;
let rowByCode: Map<number, NumberRow> | undefined;
let conceptById: Map<string, Concept> | undefined;
let stringCodes: Map<string, CodeEntry[]> | undefined;

/** One row per code number across dialects; computed once per build. */
export async function getNumberRows(): Promise<NumberRow[]> {
	rows ??= compareNumbers(await getDialects(), await getCodes());
	return rows;
}

/** Other dialects' string codes spelled like this one, case aside (a string code has no number row). */
export async function getSameStringCodes(
	entry: Pick<CodeEntry, 'dialect' | 'id'>,
): Promise<CodeEntry[]> {
	if (!stringCodes) {
		stringCodes = new Map();
		for (const code of await getCodes()) {
			if (code.code !== null) continue;
			const key = code.id.toLowerCase();
			stringCodes.set(key, [...(stringCodes.get(key) ?? []), code]);
		}
	}
	return (stringCodes.get(entry.id.toLowerCase()) ?? []).filter(
		(other) => other.dialect !== entry.dialect,
	);
}

/** The row of one number, looked up rather than recomputed for each of the many code pages. */
export async function getNumberRow(code: number): Promise<NumberRow | undefined> {
	rowByCode ??= new Map((await getNumberRows()).map((row) => [row.code, row]));
	return rowByCode.get(code);
}

/** Concepts by id. */
export async function getConceptMap(): Promise<Map<string, Concept>> {
	conceptById ??= new Map((await getConcepts()).map((concept) => [concept.id, concept]));
	return conceptById;
}

/** The table-of-contents entries of the sections CodeRelations adds to a code page. */
export function relationHeadings(
	entry: Pick<CodeEntry, 'code'>,
): Array<{ depth: number; slug: string; text: string }> {
	return [
		entry.code === null
			? { depth: 2, slug: 'same-code', text: 'Same code elsewhere' }
			: { depth: 2, slug: 'same-number', text: 'Same number elsewhere' },
		{ depth: 2, slug: 'same-meaning', text: 'Same meaning elsewhere' },
	];
}

/**
 * Head entry for pages with CompareView: without JavaScript its controls cannot work, so a
 * stylesheet inside <noscript> hides them (see public/compare-noscript.css for why a file).
 */
export function compareNoscriptHead(): Array<{ tag: 'noscript'; content: string }> {
	return [
		{
			tag: 'noscript',
			content: `<link rel="stylesheet" href="${pathWithBase('/compare-noscript.css')}">`,
		},
	];
}
