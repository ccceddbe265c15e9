/** The 20 search queries of the benchmark, drawn from the corpus so they always exist. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, CorpusCode } from './corpus.ts';

export interface Query {
	q: string;
	kind: 'code' | 'name' | 'words';
	/**
	 * For code and name queries: the pages (URL paths without base) that may come first: the
	 * code's page in every dialect that has it (or has that name), and for codes `/codes/<code>/`.
	 */
	accept?: string[];
}

/** Every k-th element, so picks spread over dialects and sections. */
function spread<T>(list: T[], count: number): T[] {
	if (list.length <= count) return list;
	const step = list.length / count;
	return Array.from({ length: count }, (_, i) => list[Math.floor(i * step + step / 2)]);
}

/**
 * 8 code queries (4 codes, with and without the minus: Pagefind strips it, people type both),
 * 6 names and 6 message fragments. Codes mix numbers one dialect uses with numbers several share.
 */
export function pickQueries(corpus: Corpus): Query[] {
	const byNumber = new Map<number, CorpusCode[]>();
	for (const c of corpus.codes) byNumber.set(c.code, [...(byNumber.get(c.code) ?? []), c]);
	const unique = [...byNumber.values()].filter((l) => l.length === 1).map((l) => l[0]);
	const shared = [...byNumber.values()].filter((l) => l.length > 1).map((l) => l[0]);
	const codes = [...spread(unique, 2), ...spread(shared, 4 - Math.min(2, unique.length))].slice(
		0,
		4,
	);
	const queries: Query[] = [];
	codes.forEach((c, i) => {
		const forms = [String(c.code), String(-c.code)];
		// The first, cold query is a bare number, the form a search box is least prepared for.
		if (i === 0) forms.reverse();
		const accept = [
			`/codes/${c.code}/`,
			...byNumber.get(c.code)!.map((x) => `/${x.dialect}/${x.code}/`),
		];
		for (const q of forms) queries.push({ q, kind: 'code', accept });
	});
	for (const c of spread(
		corpus.codes.filter((x) => x.name),
		6,
	)) {
		// Names repeat across dialects (and the synthetic ones do too): any page of that name is right.
		const accept = corpus.codes
			.filter((x) => x.name === c.name)
			.map((x) => `/${x.dialect}/${x.code}/`);
		queries.push({ q: c.name!, kind: 'name', accept });
	}
	const messages = spread(
		corpus.codes.filter((x) => x.messages.length > 0),
		6,
	);
	for (const c of messages) {
		const words = c.messages[0]
			.replace(/%[sd]/g, '')
			.replace(/[^\w\s-]/g, '')
			.split(/\s+/)
			.filter((w) => w.length > 3);
		queries.push({ q: words.slice(0, 2).join(' ').toLowerCase(), kind: 'words' });
	}
	return queries;
}

interface ShippedCode {
	dialect: string;
	id: string;
	code: number | null;
	name: string | null;
	messages: string[];
	description: string | null;
	url: string;
}

/** The shipped atlas's numeric codes as a corpus for the queries, and a code page to search from, from its JSON API. */
export function shippedQueries(dist: string): { queries: Query[]; page: string; codes: number } {
	const listed = JSON.parse(readFileSync(join(dist, 'api/v1/codes.json'), 'utf8')) as ShippedCode[];
	const codes: CorpusCode[] = listed
		.filter((entry) => entry.code !== null && entry.id === String(entry.code))
		.map((entry) => ({
			dialect: entry.dialect,
			code: entry.code!,
			id: entry.id,
			name: entry.name,
			messages: entry.messages,
			description: entry.description,
			solution: null,
			section: '',
		}));
	const middle = listed[Math.floor(listed.length / 2)];
	return { queries: pickQueries({ codes } as Corpus), page: middle.url, codes: listed.length };
}
