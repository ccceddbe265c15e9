/** Code tokens as sources write them: `-1121`, `\-1121` (Markdown escape), `−1121`. */

const NUMBER = String.raw`\\?[-−]?\d{3,6}`;
const SIGNED_NUMBER = String.raw`\\?[-−]\d{3,6}`;

/** A code list or range written in a cell or before a colon: `-1103/-1104`, `-4001 to -4014`. */
export const CODE_SPEC = new RegExp(String.raw`${SIGNED_NUMBER}(?:\s*(?:\/|,|to|–|—)\s*${SIGNED_NUMBER})*`, 'g');

/** A negative number of 3-6 digits anywhere: the mark of a line that may define a code. */
const CODE_BEARING = new RegExp(String.raw`(?:^|[^\w.])${SIGNED_NUMBER}(?!\d)`);

/** Parses one code token; `null` when it is not one. */
export function parseCode(token: string): number | null {
	const match = new RegExp(String.raw`^${NUMBER}$`).exec(token.trim());
	if (!match) return null;
	return Number(match[0].replace(/^\\/, '').replace('−', '-'));
}

export type CodeSpec = { kind: 'codes'; codes: number[] } | { kind: 'range'; from: number; to: number };

/**
 * Parses a cell such as `-1103/-1104`, `-1000` or `-4001 to -4014`.
 * A range stays a range: expanding it would invent codes the source never names.
 */
export function parseCodeSpec(text: string): CodeSpec | null {
	const trimmed = text.trim();
	const range = new RegExp(String.raw`^(${NUMBER})\s*(?:to|–|—)\s*(${NUMBER})$`).exec(trimmed);
	if (range) {
		const from = parseCode(range[1]!);
		const to = parseCode(range[2]!);
		if (from === null || to === null) return null;
		return { kind: 'range', from, to };
	}
	const parts = trimmed.split(/\s*[/,]\s*/);
	const codes = parts.map(parseCode);
	if (codes.length === 0 || codes.some((code) => code === null)) return null;
	return { kind: 'codes', codes: codes as number[] };
}

/** True when a line holds something that looks like a code, so it must not go unread. */
export function isCodeBearing(text: string): boolean {
	return CODE_BEARING.test(text);
}

/** True when a line starts with a code token, the way definitions do. */
export function startsWithCode(text: string): boolean {
	return new RegExp(String.raw`^\s*${SIGNED_NUMBER}(?!\d)`).test(text);
}

/** `-1008 Request Throttled`, `-1000 UNKNOWN`: a code followed by a name. */
export function parseCodeLine(text: string): { code: number; name: string } | null {
	// The text is trimmed, so the name runs to the end; a lazy `(.+?)\s*$` was quadratic on long runs of spaces.
	const match = new RegExp(String.raw`^(${NUMBER})\s+(.+)$`).exec(text.trim());
	if (!match) return null;
	const code = parseCode(match[1]!);
	const name = match[2]!;
	if (code === null || !isNameLike(name)) return null;
	return { code, name };
}

/** Names are identifiers (`BAD_SYMBOL`, `MOVE_ORDER_NOT_ALLOWED...`) or a few capitalized words (`Request Throttled`). */
export function isNameLike(text: string): boolean {
	if (/^[A-Za-z][A-Za-z0-9_]*(\.\.\.|…)?$/.test(text)) return true;
	const words = text.split(/\s+/);
	return words.length <= 4 && words.every((word) => /^[A-Z][A-Za-z0-9_]*$/.test(word));
}

/** `a/b`, `a / b`: the names of a multi-code cell, in code order. */
export function splitNames(text: string): string[] {
	return text
		.split(/\s*\/\s*/)
		.map((name) => name.trim())
		.filter(Boolean);
}

/** A name the source cut short. */
export function isTruncatedName(name: string): boolean {
	return /(\.\.\.|…)$/.test(name);
}

/** Number formatting used in URLs and headings: always signed the way the API returns it. */
export function formatCode(code: number): string {
	return String(code);
}
