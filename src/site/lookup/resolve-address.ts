import type { IndexDialect, LookupIndex } from '../../lib/lookup/lookup-index.ts';
import { resolveMissing, type Resolution, type OfferedCode } from '../../lib/lookup/missing.ts';
import { pathWithBase, pathWithoutBase } from '../base.ts';

/**
 * {@link resolveMissing} for the address the 404 page was asked for. That address and the
 * served index's URLs carry the base path, and src/lib works in routes from the site root:
 * the base comes off both, and goes back on every URL of the answer.
 */
export function resolveAddress(pathname: string, index: LookupIndex): Resolution {
	const route = pathWithoutBase(pathname);
	if (route === null) return { kind: 'unknown', query: null };
	return answerWithBase(resolveMissing(route, { dialects: index.dialects.map(fromRoot) }));
}

function fromRoot(dialect: IndexDialect): IndexDialect {
	const root = (url: string) => pathWithoutBase(url) ?? url;
	return {
		...dialect,
		url: root(dialect.url),
		sections: dialect.sections.map((section) => ({ ...section, url: root(section.url) })),
	};
}

function answerWithBase(resolution: Resolution): Resolution {
	const offers = (list: OfferedCode[]) =>
		list.map((suggestion) => ({ ...suggestion, url: pathWithBase(suggestion.url) }));
	switch (resolution.kind) {
		case 'redirect':
			return { ...resolution, url: pathWithBase(resolution.url) };
		case 'code':
			return {
				...resolution,
				elsewhere: offers(resolution.elsewhere),
				nearest: offers(resolution.nearest),
			};
		case 'number':
			return {
				...resolution,
				matches: offers(resolution.matches),
				nearest: offers(resolution.nearest),
			};
		case 'name':
			return { ...resolution, matches: offers(resolution.matches) };
		case 'unknown':
			return resolution;
	}
}
