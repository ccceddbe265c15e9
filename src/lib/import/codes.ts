/**
 * Code tokens as sources write them: signed or unsigned, 1 to 9 digits, with an optional
 * sub-code (`-1121`, `\-1121`, `−1121`, `50013`, `0`, `30012_4`).
 */

const TOKEN = String.raw`\\?[-−+]?\d{1,9}(?:_\d{1,4})?`;
/** The mark of a code in running text: a minus sign and 3 to 6 digits (`-1121`). */
const SIGNED_TOKEN = String.raw`\\?[-−]\d{3,6}(?:_\d{1,4})?`;

/** A code as written: `id` keeps the source's spelling (sign, sub-code), `code` is its integer. */
export interface CodeToken {
	/** `-1121`, `50013`, `30012_4`: what the URL uses. */
	id: string;
	/** The integer the API returns; a sub-code's number is its main code (30012 for `30012_4`). */
	code: number;
}

/** A string code as written (`EOrder:Insufficient funds`, `order-accountbalance-error`): it has no integer. */
export interface StringToken {
	id: string;
	code: null;
}

// An identifier of letters, digits and `_ . : / -`, with at most a few spaces inside
// (Kraken's `EOrder:Insufficient funds`); a sentence is a message, not a code.
const STRING_CODE = /^[A-Za-z][A-Za-z0-9_.:/-]*(?: [A-Za-z0-9_.:/-]+){0,4}$/;

/**
 * The string codes a cell holds, for sources that declare `codes: strings`: one id, or several
 * separated by `/`, `,` or a line break (`insufficient_funds_ask / insufficient_funds_bid`).
 * Marks around it (`` ` ``, `**`, quotes) are not part of it. Null when the cell holds anything else.
 */
export function parseStringCodes(cell: string): StringToken[] | null {
	const unmarked = (text: string) =>
		text
			.trim()
			.replace(/^(?:`|\*\*|__|["'“])+|(?:`|\*\*|__|["'”])+$/g, '')
			.trim();
	const whole = unmarked(cell);
	if (whole.length <= 100 && STRING_CODE.test(whole) && !/\s[/,]\s/.test(whole))
		return [{ id: whole, code: null }];
	const parts = cell
		.split(/\s*(?:<br\s*\/?>|\s\/\s|,)\s*/i)
		.map(unmarked)
		.filter(Boolean);
	if (
		parts.length < 2 ||
		parts.some((part) => part.length > 100 || !STRING_CODE.test(part) || part.includes(' '))
	)
		return null;
	return parts.map((id) => ({ id, code: null }));
}

/** Parses one code token; `null` when it is not one. */
export function parseCode(token: string): CodeToken | null {
	const match = new RegExp(String.raw`^${TOKEN}$`).exec(token.trim());
	if (!match) return null;
	const id = match[0].replace(/^\\/, '').replace('−', '-').replace(/^\+/, '');
	const code = Number(id.replace(/_\d+$/, ''));
	return Number.isSafeInteger(code) ? { id, code: Object.is(code, -0) ? 0 : code } : null;
}

export type CodeSpec =
	| { kind: 'codes'; codes: Array<CodeToken | StringToken> }
	| { kind: 'range'; from: CodeToken; to: CodeToken };

const RANGE = new RegExp(
	String.raw`^(?:from\s+)?(${TOKEN})\s*(?:to|through|until|~|～|–|—|\.\.|-|至|到)\s*(${TOKEN})$`,
	'i',
);

/**
 * Parses a cell such as `-1103/-1104`, `10001, 10002`, `-1000` or `-4001 to -4014`.
 * A range stays a range: expanding it would invent codes the source never names.
 */
export function parseCodeSpec(text: string): CodeSpec | null {
	const trimmed = text.trim();
	if (isGroupedNumber(trimmed)) return null;
	const range = RANGE.exec(trimmed);
	if (range) {
		const from = parseCode(range[1]);
		const to = parseCode(range[2]);
		// `50000-53999` is a range; `-1000-1` or `200-100` is not one a source would write.
		if (
			from &&
			to &&
			Math.abs(to.code) > Math.abs(from.code) &&
			Math.sign(from.code || 1) === Math.sign(to.code || 1)
		) {
			return { kind: 'range', from, to };
		}
	}
	const parts = trimmed.split(/\s*(?:[/,、，;]|\bor\b|\band\b|\s)\s*/).filter(Boolean);
	const codes = parts.map(parseCode);
	if (codes.length === 0 || codes.some((code) => code === null)) return null;
	return { kind: 'codes', codes: codes as CodeToken[] };
}

/**
 * `1,800`, `100,000`: one number written with thousands separators, not the codes 1 and 800.
 * A list of three-digit codes written without spaces (`101,107`) keeps its reading.
 */
function isGroupedNumber(text: string): boolean {
	const groups = /^\d{1,3}(?:,\d{3})+$/.test(text) ? text.split(',') : null;
	return (
		groups !== null &&
		(groups[0].length < 3 || groups.slice(1).some((group) => group.startsWith('0')))
	);
}

/** Text after a number that makes it a quantity: a unit or a rate (`次/秒`, `/min`, `req/s`, `ms`, `%`, `times`). */
export function isUnit(text: string): boolean {
	return /^(?:[/／%％]|per\b|x\b|times?\b|req(?:uest)?s?\b|calls?\b|ms\b|s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|h\b|hours?\b|days?\b|次|回|회|个|個|条|笔|筆|倍|秒|分|小时|時間|天|日|초|분|시간|건)/i.test(
		text.trim(),
	);
}

/** A code list or range at the start of a cell, then words after it. */
const LEADING_SPEC = new RegExp(
	String.raw`^(${TOKEN}(?:\s*(?:[/,、]|to|~|–|—|-)\s*${TOKEN})*)(?=\s|\(|$)\s*(\D.*)$`,
);

/**
 * The code list or range a code cell opens with and any words after it (`0 or absent`,
 * `-1000 (deprecated)`); null when the cell does not open with one.
 */
export function leadingSpec(cell: string): { spec: CodeSpec; rest: string } | null {
	const text = cell.trim();
	const whole = parseCodeSpec(text);
	if (whole) return { spec: whole, rest: '' };
	const match = LEADING_SPEC.exec(text);
	if (!match) return null;
	const spec = parseCodeSpec(match[1]);
	return spec ? { spec, rest: match[2].trim() } : null;
}

/** A code list or range in running text, followed by a colon: `-4164:`, `-4001 to -4014:`. */
export const CODE_SPEC = new RegExp(
	String.raw`${SIGNED_TOKEN}(?:\s*(?:\/|,|to|–|—)\s*${SIGNED_TOKEN})*`,
	'g',
);

/** A signed code anywhere in a line: the mark of a line that may define a code. */
const CODE_BEARING = new RegExp(String.raw`(?:^|[^\w.])${SIGNED_TOKEN}(?!\d)`);

/** True when a line holds something that looks like a signed code, so it must not go unread. */
export function isCodeBearing(text: string): boolean {
	return CODE_BEARING.test(text) || leadingCode(text) !== null;
}

/** What a line may open with before its first word: list and quote markers, emphasis, escapes. */
const LEAD = /^(?:\s|#{1,6}\s|>|[-*+•·]\s|\||\*\*|__|~~|`|\[|\\(?=[-−]))*/;

/**
 * The integer a line (or a first cell) opens with, where a code would stand: after markers,
 * emphasis and anchors. Numbered steps (`1.`, `2)`), decimals, times, dates, versions and
 * quantities with units (`5000ms`, `10%`) are not codes. Unsigned numbers of one or two
 * digits at the start of prose are too ambiguous (`2 requests per second`) to count here;
 * tables recognize them by their column.
 */
export function leadingCode(text: string): CodeToken | null {
	const rest = text.replace(LEAD, '');
	const match = new RegExp(String.raw`^(${TOKEN})(?=$|[\s:：|*_~\`\])(,;—–-])`).exec(rest);
	if (!match) return null;
	const after = rest.slice(match[1].length);
	if (/^[.,:]\d/.test(after) || /^-\d/.test(after)) return null;
	const token = parseCode(match[1]);
	if (!token) return null;
	const signed = /^[-−]/.test(match[1].replace(/^\\/, ''));
	if (!signed && match[1].replace(/_\d+$/, '').length < 3) return null;
	return token;
}

/** A label after a code: `UNKNOWN`, `Request Throttled`, `Order replace partly failed`, `未知错误`. */
export interface CodeLabel {
	token: CodeToken;
	/** An identifier (or a few capitalized words), else null. */
	name: string | null;
	/** Free text in any language when the label is not a name, else null. */
	title: string | null;
	/** What follows a name on the same line (`-1000 UNKNOWN: An unknown error`), a message. */
	text?: string;
}

/**
 * `-1000 UNKNOWN`, `-1008 Request Throttled`, `10001: Params error`, `-1000 未知错误`: a code
 * and its label. `signedOnly` keeps plain lines of prose from reading `200 orders` as a code.
 */
export function parseCodeLine(
	text: string,
	options: { signedOnly?: boolean; bare?: boolean } = {},
): CodeLabel | null {
	const match = new RegExp(String.raw`^(${TOKEN})(?:\s*[:：]\s*|\s+[-–—|]\s+|\s+)(.+)$`).exec(
		text.trim(),
	);
	const bare = options.bare ? new RegExp(String.raw`^(${TOKEN})$`).exec(text.trim()) : null;
	if (!match && !bare) return null;
	const written = (match ?? bare)![1];
	if (options.signedOnly && !/^\\?[-−]/.test(written)) return null;
	const token = parseCode(written);
	if (!token) return null;
	if (bare) return { token, name: null, title: null };
	const label = match![2].trim();
	if (/^[.)]/.test(label) || label === '') return null;
	if (isNameLike(label)) return { token, name: label, title: null };
	// `-1000 UNKNOWN: An unknown error occurred.`: a name, then what it says.
	const named = /^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,})\s*(?:[:：]|\s[-–—]|\s\|)\s*(.+)$/.exec(
		label,
	);
	if (named) return { token, name: named[1], title: null, text: named[2].trim() };
	return { token, name: null, title: label };
}

/**
 * Names are identifiers (`BAD_SYMBOL`, `MOVE_ORDER_NOT_ALLOWED...`); a label of words
 * (`Request Throttled`, `Order replace partly failed`) is a title.
 */
export function isNameLike(text: string): boolean {
	if (!/^[A-Za-z][A-Za-z0-9_]*(\.\.\.|…)?$/.test(text)) return false;
	// An ordinary word (`Introduction`, `Errors`) is a title; names are capitals, snake or camel case.
	return /^[A-Z][A-Z0-9_]*(\.\.\.|…)?$/.test(text) || text.includes('_') || /[a-z][A-Z]/.test(text);
}

/** An identifier a cell holds: `GRID_PAUSED`, `invalidSymbol`; not an ordinary word (`Unauthorized`). */
export function isIdentifier(text: string): boolean {
	return (
		/^[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+(\.\.\.|…)?$/.test(text) ||
		/^[A-Z][A-Z0-9]{3,}$/.test(text) ||
		/^[a-z]+[A-Z][A-Za-z0-9]*$/.test(text)
	);
}

/** `a/b`, `a / b`: the names of a multi-code cell, in code order. */
export function splitNames(text: string): string[] {
	return text
		.split(/\s*[/,]\s*/)
		.map((name) => name.trim())
		.filter(Boolean);
}

/** A name the source cut short. */
export function isTruncatedName(name: string): boolean {
	return /(\.\.\.|…)$/.test(name);
}
