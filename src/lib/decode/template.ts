/**
 * Message templates as the decoder sees them: `%s`/`%d` are wildcards, and comparison
 * forgives what clients and docs change on the way (case, runs of whitespace, quote style,
 * a trailing period). Matching is hand-rolled rather than a RegExp per template so that a
 * hostile message cannot trigger exponential backtracking: every search has a step budget.
 */

export interface Template {
	/** The template as the source wrote it. */
	source: string;
	/** Lower-cased literal text between placeholders; always one more than `placeholders`. */
	literals: string[];
	placeholders: Array<'s' | 'd'>;
	/** Total length of the literals: a template of bare placeholders matches nothing. */
	literalLength: number;
	/** The longest literal: a message without it cannot match, which rules most templates out fast. */
	probe: string;
}

export interface TemplateMatch {
	/** The text each placeholder stood for, in order, as the message wrote it. */
	filled: string[];
	/** True when the template matched only part of the message (the client added text). */
	partial: boolean;
}

/** Fewer literal characters than this and a template is too vague to match on its own. */
const MIN_LITERAL = 3;
/** A partial match needs this much literal text, so `Timeout` does not match every message. */
const MIN_PARTIAL_LITERAL = 8;
/** Upper bound on positions tried per template and message, partial attempts included: placing literals backtracks, and a hostile message could make it exponential. */
export const STEP_BUDGET = 2000;
const NUMBER = /^[-+]?\d[\d,]*(?:\.\d+)?$/;

/** The form both sides are compared in, original case kept so filled values read as sent. */
export function normalizeMessage(text: string): string {
	return text
		.replace(/[\u2018\u2019\u201a\u201b`\u00b4"\u201c\u201d]/g, "'")
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[ .\u3002]+$/, '');
}

/** Lower-cases without changing the length, so indexes found in it apply to the original. */
export function foldCase(text: string): string {
	const lower = text.toLowerCase();
	if (lower.length === text.length) return lower;
	return Array.from(text, (char) => {
		const folded = char.toLowerCase();
		return folded.length === char.length ? folded : char;
	}).join('');
}

/**
 * The placeholders venues write in message templates: printf style (`%s`, `%d`, `%f`) and
 * braces (`{param0}`, `{0}`, `{symbol}`, `{}`). `%d` stands for a number, the others for any text.
 */
export const PLACEHOLDER = /%[sdf]|\{[A-Za-z_][\w.]*\}|\{\d+\}|\{\}/g;

export type TemplatePart = { text: string } | { placeholder: string };

/** Splits a message at its placeholders, which pages highlight and the decoder treats as wildcards. */
export function templateParts(message: string): TemplatePart[] {
	const parts: TemplatePart[] = [];
	let last = 0;
	for (const match of message.matchAll(PLACEHOLDER)) {
		if (match.index > last) parts.push({ text: message.slice(last, match.index) });
		parts.push({ placeholder: match[0] });
		last = match.index + match[0].length;
	}
	if (last < message.length) parts.push({ text: message.slice(last) });
	return parts;
}

/** Splits a source message into literals and placeholders once, ahead of matching. */
export function compileTemplate(source: string): Template {
	const folded = foldCase(normalizeMessage(source));
	const literals: string[] = [];
	const placeholders: Array<'s' | 'd'> = [];
	let last = 0;
	for (const found of folded.matchAll(PLACEHOLDER)) {
		literals.push(folded.slice(last, found.index));
		placeholders.push(found[0] === '%d' ? 'd' : 's');
		last = found.index + found[0].length;
	}
	literals.push(folded.slice(last));
	const literalLength = literals.reduce((sum, literal) => sum + literal.trim().length, 0);
	const probe = literals.reduce(
		(longest, literal) => (literal.trim().length > longest.length ? literal.trim() : longest),
		'',
	);
	return { source, literals, placeholders, literalLength, probe };
}

/** A message normalized and case-folded once, then matched against many templates. */
export interface PreparedMessage {
	text: string;
	folded: string;
}

/** Normalizes a pasted message for matching. */
export function prepareMessage(message: string): PreparedMessage {
	const text = normalizeMessage(message);
	return { text, folded: foldCase(text) };
}

/**
 * Matches a message against a template: whole message first, then, for templates with
 * enough literal text, as a word-bounded part of a longer message.
 */
export function matchTemplate(
	template: Template,
	prepared: PreparedMessage,
	budget = { steps: STEP_BUDGET },
): TemplateMatch | null {
	if (template.literalLength < MIN_LITERAL) return null;
	const { text: message, folded } = prepared;
	if (!folded.includes(template.probe)) return null;
	const whole = matchAt(template, folded, message, 0, true, budget);
	if (whole) return { filled: whole, partial: false };
	if (!canMatchPartially(template)) return null;
	const first = template.literals[0];
	for (
		let start = folded.indexOf(first);
		start !== -1 && budget.steps-- > 0;
		start = folded.indexOf(first, start + 1)
	) {
		if (!isWordEdge(folded, start - 1, start)) continue;
		const filled = matchAt(template, folded, message, start, false, budget);
		if (filled) return { filled, partial: true };
	}
	return null;
}

function canMatchPartially(template: Template): boolean {
	const first = template.literals[0];
	const last = template.literals[template.literals.length - 1];
	return template.literalLength >= MIN_PARTIAL_LITERAL && first.trim() !== '' && last.trim() !== '';
}

/** True when position `before`/`after` straddle a word boundary (or the text's edge). */
function isWordEdge(text: string, before: number, after: number): boolean {
	const left = before < 0 ? '' : text[before];
	const right = after >= text.length ? '' : text[after];
	return !(isWordChar(left) && isWordChar(right));
}

function isWordChar(char: string): boolean {
	return char !== '' && /[\p{L}\p{N}_]/u.test(char);
}

/**
 * Places the literals left to right from `start`, trying later occurrences when a placeholder
 * refuses its text (`%d` wants a number). `anchored` demands the template cover the rest of the
 * message; otherwise it must end on a word boundary.
 */
function matchAt(
	template: Template,
	folded: string,
	original: string,
	start: number,
	anchored: boolean,
	budget: { steps: number },
): string[] | null {
	const { literals, placeholders } = template;
	if (!folded.startsWith(literals[0], start)) return null;
	const filled: string[] = [];

	const place = (index: number, from: number): boolean => {
		if (budget.steps-- <= 0) return false;
		const literal = literals[index];
		const isLast = index === literals.length - 1;
		const kind = placeholders[index - 1];
		if (isLast && anchored) {
			const at = folded.length - literal.length;
			if (at <= from || !folded.endsWith(literal)) return false;
			return accept(kind, from, at);
		}
		for (
			let at = folded.indexOf(literal, from + 1);
			at !== -1 && at <= folded.length;
			at = folded.indexOf(literal, at + 1)
		) {
			if (budget.steps-- <= 0) return false;
			const end = at + literal.length;
			if (!accept(kind, from, at)) continue;
			if (isLast) {
				if (isWordEdge(folded, end - 1, end)) return true;
			} else if (place(index + 1, end)) {
				return true;
			}
			filled.pop();
			// An empty literal (`%s%s`) is found at every index, the end included: stop there.
			if (at === folded.length) break;
		}
		return false;
	};

	const accept = (kind: 's' | 'd', from: number, to: number): boolean => {
		const value = withoutSingleQuotes(original.slice(from, to).trim());
		if (value === '' || (kind === 'd' && !NUMBER.test(value))) return false;
		// Inside a longer message a wildcard could swallow whole clauses; there it fills one word.
		if (!anchored && /\s/.test(value)) return false;
		filled.push(value);
		return true;
	};

	if (literals.length === 1) {
		const end = start + literals[0].length;
		const fits = anchored ? end === folded.length : isWordEdge(folded, end - 1, end);
		return fits ? [] : null;
	}
	return place(1, start + literals[0].length) ? filled : null;
}

/** Some sources quote placeholders (`'%s'`) and some do not; the value is the same either way. */
function withoutSingleQuotes(value: string): string {
	return value.length >= 2 && value[0] === "'" && value.endsWith("'")
		? value.slice(1, -1).trim()
		: value;
}
