import type { PublishedCode } from '../registry/registry.ts';
import type { CodeEntry, Concept, Dialect } from './model.ts';
import { withBase } from './urls.ts';

/** The model's lists, as the JSON API and the pages serve them. */
export interface AtlasData {
	dialects: Dialect[];
	codes: CodeEntry[];
	concepts: Concept[];
	published: PublishedCode[];
}

/**
 * The model with the deployment's base path in front of every page URL. The readers build
 * URLs from the site root (`/binance-usdm/-1121/`); the base path is put on where URLs leave
 * the model, for the pages and the JSON API, so the importer never needs to know it.
 */
export function withBasePaths<T extends AtlasData>(atlas: T, base: string): T {
	if (base.replace(/\/+$/, '') === '') return atlas;
	const url = (path: string) => withBase(base, path);
	return {
		...atlas,
		dialects: atlas.dialects.map((dialect) => ({ ...dialect, url: url(dialect.url), sections: dialect.sections.map((section) => ({ ...section, url: url(section.url) })) })),
		codes: atlas.codes.map((entry) => ({ ...entry, url: url(entry.url) })),
		concepts: atlas.concepts.map((concept) => ({ ...concept, url: url(concept.url), members: concept.members.map((member) => ({ ...member, url: url(member.url) })) })),
		published: atlas.published.map((entry) => ({ ...entry, url: url(entry.url) })),
	};
}
