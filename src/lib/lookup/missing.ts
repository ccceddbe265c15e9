import { codeSlug, numberPath, route } from '../model/urls.ts';
import {
	indexCodeUrl,
	type IndexCode,
	type IndexDialect,
	type LookupIndex,
} from './lookup-index.ts';

/** A code offered on the 404 page. */
export interface OfferedCode {
	dialect: string;
	dialectName: string;
	/** Null for a string code. */
	code: number | null;
	/** `-1121 BAD_SYMBOL`, or the code and its title when it has no name. */
	label: string;
	url: string;
}

/**
 * What the 404 page makes of an address it was asked for:
 * - `redirect`: another spelling of a page that exists (any case of a name, a dialect, a section);
 * - `code`: a code a dialect does not document, with the same number elsewhere and its neighbours;
 * - `number`: a cross-dialect number, with the dialects that document it or the nearest ones;
 * - `name`: a name that matches several codes or none of this dialect;
 * - `unknown`: nothing recognizable; `query` is what to offer to search.
 */
export type Resolution =
	| { kind: 'redirect'; url: string }
	| {
			kind: 'code';
			dialectName: string;
			code: number;
			elsewhere: OfferedCode[];
			nearest: OfferedCode[];
	  }
	| { kind: 'number'; code: number; matches: OfferedCode[]; nearest: OfferedCode[] }
	| { kind: 'name'; dialectName: string | null; name: string; matches: OfferedCode[] }
	| { kind: 'unknown'; query: string | null };

/** How many neighbouring codes the 404 page offers. */
export const NEAREST = 5;

const NUMBER = /^[+-]?\d{1,9}$/;

/**
 * Resolves an address that has no page. `pathname` is the route from the site root as the
 * browser has it (possibly percent-encoded), in the same terms as the index's URLs: the page
 * takes the site's base path off both and puts it back on the result. Pure, so the unit tests
 * pin every case and the page only renders the result.
 */
export function resolveMissing(pathname: string, index: LookupIndex): Resolution {
	const segments = routeSegments(pathname);
	if (!segments || segments.length === 0) return { kind: 'unknown', query: null };
	const redirect = (url: string): Resolution | null =>
		samePath(url, pathname) ? null : { kind: 'redirect', url };
	const [first, second] = segments as [string, string | undefined];

	if (segments.length === 2 && first.toLowerCase() === 'codes' && NUMBER.test(second!))
		return resolveNumber(Number(second), index, pathname);
	if (segments.length === 1 && NUMBER.test(first))
		return resolveNumber(Number(first), index, pathname);

	const dialect = index.dialects.find((candidate) => candidate.id === first.toLowerCase());
	if (!dialect) {
		if (segments.length === 1) return resolveName(first, null, index, pathname);
		return { kind: 'unknown', query: segments.at(-1)! };
	}
	if (segments.length === 1) return redirect(dialect.url) ?? { kind: 'unknown', query: null };
	if (segments.length > 2) return { kind: 'unknown', query: second! };

	if (NUMBER.test(second!)) {
		const asked = Number(second);
		const found =
			dialect.codes.find((entry) => (entry.id ?? String(entry.code)) === second) ??
			dialect.codes.find((entry) => entry.code === asked) ??
			(asked > 0 ? dialect.codes.find((entry) => entry.code === -asked) : undefined);
		if (found)
			return (
				redirect(indexCodeUrl(dialect, found)) ?? {
					kind: 'unknown',
					query: found.id ?? String(found.code),
				}
			);
		// An unsigned number means the negative code unless the dialect has positive codes.
		const code =
			asked > 0 && !dialect.codes.some((entry) => (entry.code ?? 0) > 0) ? -asked : asked;
		const elsewhere = index.dialects
			.filter((other) => other !== dialect)
			.flatMap((other) =>
				other.codes.filter((entry) => entry.code === code).map((entry) => suggestion(other, entry)),
			);
		return {
			kind: 'code',
			dialectName: dialect.name,
			code,
			elsewhere,
			nearest: nearest(dialect, code),
		};
	}

	const section = dialect.sections.find((candidate) => candidate.id === second!.toLowerCase());
	if (section) return redirect(section.url) ?? { kind: 'unknown', query: section.title };
	return resolveName(second!, dialect, index, pathname);
}

function resolveNumber(asked: number, index: LookupIndex, pathname: string): Resolution {
	const withNumber = (code: number) =>
		index.dialects.flatMap((dialect) =>
			dialect.codes
				.filter((entry) => entry.code === code)
				.map((entry) => suggestion(dialect, entry)),
		);
	let code = asked;
	let matches = withNumber(code);
	if (matches.length === 0 && asked > 0) {
		code = -asked;
		matches = withNumber(code);
	}
	// A number only one code has is answered by that code's page (its number address leads there too).
	const target = matches.length === 1 ? matches[0].url : route(numberPath(code));
	if (matches.length > 0 && !samePath(target, pathname)) return { kind: 'redirect', url: target };
	const everyCode = index.dialects.flatMap((dialect) =>
		dialect.codes.map((entry) => suggestion(dialect, entry)),
	);
	return {
		kind: 'number',
		code,
		matches,
		nearest: matches.length > 0 ? [] : byDistance(everyCode, code),
	};
}

function resolveName(
	asked: string,
	dialect: IndexDialect | null,
	index: LookupIndex,
	pathname: string,
): Resolution {
	// A string code in another spelling (`EOrder:Insufficient funds`, `ORDER-ACCOUNTBALANCE-ERROR`): its slug is its page.
	const slug = codeSlug(asked);
	const stringCode = dialect?.codes.find(
		(entry) => entry.code === null && entry.id !== undefined && codeSlug(entry.id) === slug,
	);
	if (dialect && stringCode && !samePath(indexCodeUrl(dialect, stringCode), pathname))
		return { kind: 'redirect', url: indexCodeUrl(dialect, stringCode) };
	const key = nameKey(asked);
	const named = (within: IndexDialect) =>
		within.codes
			.filter((entry) => entry.name !== null && nameKey(entry.name) === key)
			.map((entry) => suggestion(within, entry));
	const here = dialect ? named(dialect) : index.dialects.flatMap(named);
	if (here.length === 1 && !samePath(here[0].url, pathname))
		return { kind: 'redirect', url: here[0].url };
	// No such name here: the same name in other dialects is the best offer.
	const matches =
		here.length > 0 ? here : index.dialects.filter((other) => other !== dialect).flatMap(named);
	return { kind: 'name', dialectName: dialect?.name ?? null, name: asked, matches };
}

/** The segments of a route from the site root, decoded; null when it is not one or does not decode. */
export function routeSegments(pathname: string): string[] | null {
	if (!pathname.startsWith('/')) return null;
	try {
		return pathname
			.split('/')
			.filter((segment) => segment !== '')
			.map((segment) => decodeURIComponent(segment).trim());
	} catch {
		return null;
	}
}

/** Names compare without case, and spaces or hyphens count as underscores (`Request Throttled`). */
export function nameKey(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
}

function nearest(dialect: IndexDialect, code: number): OfferedCode[] {
	return byDistance(
		dialect.codes.map((entry) => suggestion(dialect, entry)),
		code,
	);
}

function byDistance(candidates: OfferedCode[], code: number): OfferedCode[] {
	const numbered = candidates.filter(
		(candidate): candidate is OfferedCode & { code: number } => candidate.code !== null,
	);
	return numbered
		.sort(
			(a, b) =>
				Math.abs(a.code - code) - Math.abs(b.code - code) ||
				a.code - b.code ||
				a.dialect.localeCompare(b.dialect),
		)
		.slice(0, NEAREST);
}

function suggestion(dialect: IndexDialect, entry: IndexCode): OfferedCode {
	return {
		dialect: dialect.id,
		dialectName: dialect.name,
		code: entry.code,
		label: `${entry.id ?? entry.code} ${entry.name ?? entry.title ?? ''}`.trim(),
		url: indexCodeUrl(dialect, entry),
	};
}

function samePath(url: string, pathname: string): boolean {
	const strip = (path: string) => path.replace(/\/+$/, '');
	let decoded = pathname;
	try {
		decoded = decodeURI(pathname);
	} catch {
		// keep the raw path: comparing it can only fail to match, never loop
	}
	return strip(url) === strip(decoded) || strip(url) === strip(pathname);
}
