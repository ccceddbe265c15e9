/**
 * What the site's search boxes look for when someone pastes the error their client printed.
 * Pagefind returns only pages that hold every word of a query, and a paste is full of words no
 * page has (`code`, `msg`, `APIError`, a logger's timestamp), so a paste found nothing. The
 * search looks for what the error means instead (its code, else its message) and offers the
 * decoder, which reads the whole paste. A plain query is searched as typed.
 */
import type { ExtractFormat } from './extract.ts';
import { extractError } from './extract.ts';
import { cleanMessage, withoutLogPrefix } from './clean.ts';

export interface PasteSearch {
	/** What to search for: the query itself, or for a paste its code, else its message. */
	term: string;
	/** True when the query is a pasted error: the search then offers to decode it. */
	pasted: boolean;
}

/** Shapes only a client prints: a person searching types none of them. */
const PRINTED: ReadonlySet<ExtractFormat> = new Set([
	'json',
	'http',
	'ccxt',
	'python-binance',
	'binance-connector',
	'html',
	'table',
]);

/**
 * A code in a line (`binance -2019`, `error code -1121`, `-1021 error`) is a search as typed;
 * with a message of this many words next to it (`Error -2011: Unknown order sent.`) it is a
 * printed error, whose message words the code pages may not hold as written.
 */
const MESSAGE_WORDS = 3;
/** A logger's date in front of the line: printed, not typed. */
const LOG_DATE = /^\s*\[?\d{4}-\d\d-\d\d/;

/** How a query typed or pasted into a search box is searched; never throws. */
export function searchForPaste(query: string): PasteSearch {
	const plain = { term: query, pasted: false };
	const { code, message, format } = extractError(query);
	if (code === null && message === null) return plain;
	if (!isPrinted(query, format, code, message)) return plain;
	return { term: code !== null ? String(code) : message!, pasted: true };
}

function isPrinted(
	query: string,
	format: ExtractFormat,
	code: number | null,
	message: string | null,
): boolean {
	if (PRINTED.has(format)) return true;
	if (format === 'log')
		return (
			LOG_DATE.test(query) ||
			withoutLogPrefix(query) !== query ||
			/[\r\n]/.test(query.trim()) ||
			words(message) >= MESSAGE_WORDS
		);
	// No code: an exception line (`ccxt.base.errors.InsufficientFunds: binance Account has ...`)
	// gave a message that is not the whole query; plain words come back as they were typed.
	if (format === 'text')
		return message !== null && code === null && message !== cleanMessage(query);
	return false;
}

function words(text: string | null): number {
	return text === null ? 0 : (text.match(/[\p{L}\p{N}_]+/gu) ?? []).length;
}
