import type { CodeEntry, Dialect } from '../model/model.ts';
import { codeSlug } from '../model/urls.ts';

/**
 * One code in the lookup index: enough to recognize and link it. Its page is
 * `<dialect url><code>/` ({@link indexCodeUrl}), so the index does not repeat it: the file
 * grows with the corpus (about 40 bytes a code) and the 404 page downloads all of it.
 */
export interface IndexCode {
	/** The number; null for a string code. */
	code: number | null;
	/** The code as written when it is not the number's digits (`30012_4`, `EOrder:Insufficient funds`). */
	id?: string;
	name: string | null;
	/** Only for a code without a name: its title, cut to {@link TITLE_LENGTH} characters with `…`. */
	title: string | null;
}

/** One dialect in the lookup index. */
export interface IndexDialect {
	id: string;
	name: string;
	/** Page path: the model's `Dialect.url`. */
	url: string;
	sections: Array<{ id: string; title: string; url: string }>;
	/** Codes in source order. */
	codes: IndexCode[];
}

/**
 * What `/api/v1/index.json` serves: every dialect and code with only what a lookup needs.
 * The 404 page reads it to resolve an address it does not know; the full model is `codes.json`.
 */
export interface LookupIndex {
	dialects: IndexDialect[];
}

/** Longest title the index keeps; a long message would only make the file bigger. */
export const TITLE_LENGTH = 80;

/** The page path of an indexed code, below its dialect's: the model's `CodeEntry.url`. */
export function indexCodeUrl(
	dialect: Pick<IndexDialect, 'url'>,
	code: Pick<IndexCode, 'code' | 'id'>,
): string {
	return `${dialect.url}${codeSlug(code.id ?? String(code.code))}/`;
}

/** Builds the lookup index from the model. */
export function buildLookupIndex(dialects: Dialect[], codes: CodeEntry[]): LookupIndex {
	const byDialect = new Map<string, IndexCode[]>();
	for (const entry of codes) {
		const list = byDialect.get(entry.dialect) ?? [];
		const title =
			entry.name !== null
				? null
				: entry.title.length > TITLE_LENGTH
					? `${entry.title.slice(0, TITLE_LENGTH - 1).trimEnd()}…`
					: entry.title;
		list.push({
			code: entry.code,
			...(entry.id === String(entry.code) ? {} : { id: entry.id }),
			name: entry.name,
			title,
		});
		byDialect.set(entry.dialect, list);
	}
	return {
		dialects: dialects.map((dialect) => ({
			id: dialect.id,
			name: dialect.name,
			url: dialect.url,
			sections: dialect.sections.map((section) => ({
				id: section.id,
				title: section.title,
				url: section.url,
			})),
			codes: byDialect.get(dialect.id) ?? [],
		})),
	};
}
