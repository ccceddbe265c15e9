import type { CodeEntry, Dialect } from './model.ts';

/** Why an alias exists; the browser tests follow one of each kind. */
export type AliasKind = 'unsigned' | 'name' | 'number';

/** A path that answers with a redirect to a canonical page. Both paths are routes without the base path. */
export interface Alias {
	from: string;
	to: string;
	kind: AliasKind;
}

/** An alias that was not published, and why; the build lists these so nobody wonders where a link went. */
export interface SkippedAlias {
	path: string;
	/** The canonical pages the alias could have meant. */
	candidates: string[];
	reason: string;
}

export interface AliasPlan {
	aliases: Alias[];
	skipped: SkippedAlias[];
}

// A name becomes a path only when it is an identifier (`BAD_SYMBOL`): names with spaces or
// a cut-short `...` would need a guessed spelling, and the 404 page resolves those instead.
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The route of a code page, without the base path: `/binance-usdm/-1121/`. */
export function codePath(dialect: string, code: number): string {
	return `/${dialect}/${code}/`;
}

/** The route of a cross-dialect number page, without the base path: `/codes/-1121/`. */
export function numberPath(code: number): string {
	return `/codes/${code}/`;
}

/**
 * Every alias route of the atlas: the unsigned number (`/binance-usdm/1121/`), the name in
 * lower, upper and written case (`/binance-usdm/bad_symbol/`), and the unsigned cross-dialect
 * number (`/codes/1121/`). An alias never shadows a canonical page and never picks one of two
 * codes that share a name: those are skipped and listed, because a deep link that silently
 * lands on the wrong code is worse than a 404 page that offers both.
 */
export function planAliases(dialects: Dialect[], codes: CodeEntry[]): AliasPlan {
	const canonical = new Set<string>();
	for (const dialect of dialects) {
		canonical.add(`/${dialect.id}/`);
		for (const section of dialect.sections) canonical.add(`/${dialect.id}/${section.id}/`);
	}
	for (const entry of codes) {
		canonical.add(codePath(entry.dialect, entry.code));
		canonical.add(numberPath(entry.code));
	}

	const aliases: Alias[] = [];
	const skipped: SkippedAlias[] = [];
	const taken = new Set<string>();
	const add = (from: string, to: string, kind: AliasKind): void => {
		if (taken.has(from)) return;
		if (canonical.has(from)) {
			skipped.push({ path: from, candidates: [to], reason: `${from} is itself a canonical page` });
			return;
		}
		taken.add(from);
		aliases.push({ from, to, kind });
	};

	for (const entry of codes) {
		if (entry.code < 0) add(codePath(entry.dialect, -entry.code), codePath(entry.dialect, entry.code), 'unsigned');
	}

	const byName = new Map<string, CodeEntry[]>();
	for (const entry of codes) {
		if (entry.name === null) continue;
		const key = `${entry.dialect}/${entry.name.toLowerCase()}`;
		byName.set(key, [...(byName.get(key) ?? []), entry]);
	}
	for (const [key, entries] of byName) {
		const first = entries[0]!;
		const name = first.name!;
		const targets = entries.map((entry) => codePath(entry.dialect, entry.code));
		if (entries.length > 1) {
			skipped.push({ path: `/${key}/`, candidates: targets, reason: `${entries.length} codes of ${first.dialect} are named ${name}: ${entries.map((entry) => entry.code).join(', ')}` });
			continue;
		}
		if (!IDENTIFIER.test(name)) {
			skipped.push({ path: `/${key}/`, candidates: targets, reason: `the name "${name}" is not an identifier (letters, digits, _)` });
			continue;
		}
		if (first.nameTruncated) {
			skipped.push({ path: `/${key}/`, candidates: targets, reason: `the source shows the name ${name} cut short` });
			continue;
		}
		for (const spelling of new Set([name.toLowerCase(), name.toUpperCase(), name])) {
			add(`/${first.dialect}/${spelling}/`, targets[0]!, 'name');
		}
	}

	const numbers = new Set(codes.map((entry) => entry.code));
	for (const code of [...numbers].sort((a, b) => b - a)) {
		if (code < 0) add(numberPath(-code), numberPath(code), 'number');
	}
	return { aliases, skipped };
}

/** Astro's `redirects` option for a plan: alias routes to base-prefixed targets. */
export function redirectsOf(plan: AliasPlan, base: string): Record<string, string> {
	const prefix = base.replace(/\/+$/, '');
	return Object.fromEntries(plan.aliases.map((alias) => [alias.from, `${prefix}${alias.to}`]));
}
