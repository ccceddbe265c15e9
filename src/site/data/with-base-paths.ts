import type { CodeEntry, Concept, Dialect } from '../../lib/model/model.ts';
import type { PublishedCode } from '../../lib/registry/registry.ts';
import { joinBase } from '../base.ts';

/*
 * The model with the deployment's base path in front of every page URL. src/lib builds URLs
 * from the site root (`/binance-usdm/-1121/`); the site puts the base on as it hands the model
 * to pages, the JSON API and the per-code files, so the importer never needs to know it.
 * Under the root (`/`) each returns what it was given: nothing changes and nothing is copied.
 */

function atRoot(base: string): boolean {
	return base.replace(/\/+$/, '') === '';
}

/** A dialect with `base` in front of its URL and its sections'. */
export function dialectWithBase(dialect: Dialect, base: string): Dialect {
	if (atRoot(base)) return dialect;
	return {
		...dialect,
		url: joinBase(base, dialect.url),
		sections: dialect.sections.map((section) => ({ ...section, url: joinBase(base, section.url) })),
	};
}

/** A code entry with `base` in front of its URL. */
export function codeWithBase<T extends CodeEntry | PublishedCode>(entry: T, base: string): T {
	return atRoot(base) ? entry : { ...entry, url: joinBase(base, entry.url) };
}

/** A concept with `base` in front of its URL and its members'. */
export function conceptWithBase(concept: Concept, base: string): Concept {
	if (atRoot(base)) return concept;
	return {
		...concept,
		url: joinBase(base, concept.url),
		members: concept.members.map((member) => ({ ...member, url: joinBase(base, member.url) })),
	};
}
