/**
 * Error shapes of venues and pages that do not use a `code`/`msg` pair: Bitfinex's error
 * arrays, Kraken's `error` lists, a code kept under `status`, a row copied from a docs table,
 * and the HTML page a gateway sends instead of a body. Each reader is one bounded regex scan.
 */
import { cleanMessage, MESSAGE_LIMIT } from './clean.ts';
import { pasteLines } from './paste-lines.ts';
import { readQuoted } from './quoted.ts';

/** What a shape reader found; extract.ts adds the format. */
export interface ShapeFound {
	code: number | null;
	message: string | null;
}

/** `["error",10001,"Invalid order: ..."]`: Bitfinex's REST errors, an array led by the word error. */
const ERROR_ARRAY = /\[\s*["']error["']\s*,\s*(-?\d{1,9})\s*,\s*(?=["'])/i;

export function fromErrorArray(text: string): ShapeFound | null {
	const found = ERROR_ARRAY.exec(text);
	if (!found) return null;
	return {
		code: Number(found[1]),
		message: quotedOrRestOfLine(text, found.index + found[0].length),
	};
}

/**
 * `{"error":["EGeneral:Invalid arguments"]}` (Kraken), `{"success":0,"error":"text"}` (Yobit): the
 * message under a quoted `error` key, as a string or the first string of a list. An `error` key
 * holding an object is a wrapper whose own keys are read instead, and an unquoted `Error:` is an
 * exception line, not a key.
 */
const ERROR_KEY = /(?<![\w-])["']error["']\s*:\s*(?=[["'])/gi;

export function fromErrorKey(text: string): ShapeFound | null {
	ERROR_KEY.lastIndex = 0;
	for (let found = ERROR_KEY.exec(text); found; found = ERROR_KEY.exec(text)) {
		let at = found.index + found[0].length;
		if (text[at] === '[') at = skipSpaces(text, at + 1);
		const message = cleanMessage(readQuoted(text, at)?.value);
		if (message !== null) return { code: null, message };
	}
	return null;
}

/**
 * `{'status': '5100', 'message': ...}` (Bithumb): a venue code under `status`. Only a number that
 * cannot be an HTTP status (4 to 9 digits) counts, and only when no `code` key was found.
 */
export const STATUS_KEY = /(?<![\w-])["']?status["']?\s*[:=]\s*["']?(\d{4,9})(?![\d.])/gi;

/**
 * `400001 | Any of KC-API-KEY, ... is missing in your request header`: a row of a venue's error
 * table copied as is, the code in the first cell and its text in the next.
 */
const TABLE_ROW = /^[ \t]*\|?[ \t]*(-?\d{1,9})[ \t]*\|([^|\r\n]{1,1000})/;

export function fromTableRow(text: string): ShapeFound | null {
	// Line by line with an anchored regex: a multiline `^` is retried at every position of a long line.
	for (const line of pasteLines(text)) {
		const found = TABLE_ROW.exec(line.slice(0, MESSAGE_LIMIT));
		if (found && /\p{L}/u.test(found[2]))
			return { code: Number(found[1]), message: cleanMessage(found[2]) };
	}
	return null;
}

/**
 * `<html><head><title>502 Bad Gateway</title>...`: a gateway or CDN answered with a page. Its title
 * (or first heading) says what happened; the HTTP status in it is not a venue code.
 */
const HTML_PAGE = /<html[\s>]|<!doctype html/i;
const HTML_TITLE = /<title[^>]{0,200}>([^<]{1,300})<\/title>/i;
const HTML_HEADING = /<h1[^>]{0,200}>([^<]{1,300})<\/h1>/i;

export function fromHtmlPage(text: string): ShapeFound | null {
	if (!HTML_PAGE.test(text)) return null;
	const found = HTML_TITLE.exec(text) ?? HTML_HEADING.exec(text);
	const message = cleanMessage(found?.[1]);
	return message === null ? null : { code: null, message };
}

/** A quoted string at `at`, or, when the paste was cut before its closing quote, the rest of the line. */
function quotedOrRestOfLine(text: string, at: number): string | null {
	const quoted = readQuoted(text, at);
	if (quoted) return cleanMessage(quoted.value);
	const line = /^[^\r\n]*/.exec(text.slice(at + 1, at + 1 + MESSAGE_LIMIT))?.[0];
	return cleanMessage(line?.replace(/["'\]\s]+$/, ''));
}

function skipSpaces(text: string, at: number): number {
	let i = at;
	while (i < text.length && i < at + 100 && /\s/.test(text[i])) i++;
	return i;
}
