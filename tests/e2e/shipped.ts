import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built atlas's own JSON, so the browser tests expect what the shipped sources hold: a
 * venue added to content/sources changes the expected pages, not the tests.
 */
export type Listed = {
	dialect: string;
	id: string;
	code: number | null;
	name: string | null;
	title: string;
	messages: string[];
	url: string;
	ccxt: { class: string; match: string | null } | null;
	translations: Record<string, { messages: string[] }>;
};
export type ListedDialect = {
	id: string;
	name: string;
	ranges: Array<{ from: number; to: number; title: string }>;
};

/** The build under test (playwright.config.ts serves the same one). */
export const DIST = process.env.E2E_DIST ?? 'dist';
/** The test site served like a host that ignores `_redirects` (the second server of playwright.config.ts). */
export const PLAIN_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329) + 1}${(process.env.BASE_PATH ?? '/').replace(/\/?$/, '/')}`;

export const CODES = JSON.parse(readFileSync(join(DIST, 'api/v1/codes.json'), 'utf8')) as Listed[];
export const DIALECTS = JSON.parse(
	readFileSync(join(DIST, 'api/v1/dialects.json'), 'utf8'),
) as ListedDialect[];
/** Each number's block and verdict, from the first three columns of compare.csv (never quoted). */
export const VERDICTS = readFileSync(join(DIST, 'api/v1/compare.csv'), 'utf8')
	.split('\n')
	.slice(1)
	.filter(Boolean)
	.map((line) => {
		const [code, block, verdict] = line.split(',', 3);
		return { code: Number(code), block: block, verdict: verdict };
	});
/** The first number of a block that means the same in every dialect that has it. */
export const sameIn = (block: string) =>
	VERDICTS.find((row) => row.block === block && row.verdict === 'same')!.code;
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** A code's page path relative to the base path: `/binance-usdm/-1121/`. */
export const pathOf = (entry: Listed) => `/${entry.url.slice(BASE.length)}`;
export const pathsWhere = (keep: (entry: Listed) => boolean) =>
	CODES.filter(keep).map(pathOf).sort();
export const withId = (id: string) => pathsWhere((entry) => entry.id === id);
export const withName = (name: string) => pathsWhere((entry) => entry.name?.toUpperCase() === name);
/** A message as typed: case and a final full stop aside. */
const plain = (text: string) => text.toLowerCase().replace(/[.\s]+$/, '');
export const withMessage = (message: string) =>
	pathsWhere((entry) => entry.messages.some((text) => plain(text) === plain(message)));
