import type { CodeEntry, Dialect } from './model.ts';

/** One code in the lookup index: enough to name it and link it. */
export interface IndexCode {
	code: number;
	name: string | null;
	title: string;
	/** Page path, base path included. */
	url: string;
}

/** One dialect in the lookup index. */
export interface IndexDialect {
	id: string;
	name: string;
	/** Page path, base path included. */
	url: string;
	sections: Array<{ id: string; title: string; url: string }>;
	/** Codes in source order. */
	codes: IndexCode[];
}

/**
 * `/api/v1/index.json`: every dialect and code with only what a lookup needs. The 404
 * page reads it to resolve an address it does not know, so it must stay small: the full
 * model is `codes.json`.
 */
export interface LookupIndex {
	/** The site's base path (`/`, `/errors/`), so a client can strip it from an address. */
	base: string;
	dialects: IndexDialect[];
}

/** Builds the lookup index from the model; urls are the model's, already base-prefixed. */
export function buildLookupIndex(dialects: Dialect[], codes: CodeEntry[], base: string): LookupIndex {
	const byDialect = new Map<string, IndexCode[]>();
	for (const entry of codes) {
		const list = byDialect.get(entry.dialect) ?? [];
		list.push({ code: entry.code, name: entry.name, title: entry.title, url: entry.url });
		byDialect.set(entry.dialect, list);
	}
	return {
		base: base.endsWith('/') ? base : `${base}/`,
		dialects: dialects.map((dialect) => ({
			id: dialect.id,
			name: dialect.name,
			url: dialect.url,
			sections: dialect.sections.map((section) => ({ id: section.id, title: section.title, url: section.url })),
			codes: byDialect.get(dialect.id) ?? [],
		})),
	};
}
