/**
 * Finds the error code and message in whatever a client printed: a JSON body, an HTTP
 * response dump, a ccxt exception, python-binance's `APIError(code=...)`, binance-connector's
 * `ClientError: (400, -1013, '...', {...})`, a venue's own body shape (shapes.ts), an HTML error
 * page, or a plain log line. Pasted text is untrusted and may be huge, so the work is bounded and
 * nothing here throws.
 */
import { characterReference } from '../model/entities.ts';
import { cleanMessage, MESSAGE_LIMIT, withoutLogPrefix } from './clean.ts';
import {
	EXCEPTION_HEAD,
	exceptionAbove,
	headerAboveFrames,
	isFrame,
	lastExceptionMessage,
} from './exception.ts';
import { readQuoted } from './quoted.ts';
import type { ShapeFound } from './shapes.ts';
import { fromErrorArray, fromErrorKey, fromHtmlPage, fromTableRow, STATUS_KEY } from './shapes.ts';

export { MESSAGE_LIMIT } from './clean.ts';
export { readQuoted } from './quoted.ts';

/** Which shape of client output the code and message came from. */
export type ExtractFormat =
	| 'json'
	| 'http'
	| 'ccxt'
	| 'python-binance'
	| 'binance-connector'
	| 'log'
	| 'table'
	| 'html'
	| 'code'
	| 'text'
	| 'empty';

export interface Extracted {
	code: number | null;
	message: string | null;
	format: ExtractFormat;
}

/** Only this much of each end of a paste is read: errors sit at the start or the end of a dump. */
export const SCAN_LIMIT = 64 * 1024;

const PYTHON_BINANCE = /APIError\(code=(-?\d{1,9})\):[ \t]*([^\r\n]*)/;
const CONNECTOR = /\(\s*(\d{3})\s*,\s*(-?\d{1,9})\s*,\s*(?=['"])/;
// The keys venues name them by: `code`/`msg`, Bybit's `retCode`/`retMsg`, OKX's per-order
// `sCode`/`sMsg`, `err-code`/`err-msg`, `error_code`/`error_message`.
const CODE_KEY =
	/(?<![\w-])["']?(?:code|ret_?code|s_?code|err[_-]?code|error_?code)["']?\s*[:=]\s*["']?(-?\d{1,9})(?![\d.])/gi;
const MESSAGE_KEY =
	/(?<![\w-])["']?(?:msg|message|ret_?msg|s_?msg|err[_-]?msg|error_?message|error_?msg)["']?\s*[:=][ \t]*/gi;
const NEGATIVE_NUMBER = /(?<![\w.\-/:+])-\d{3,6}(?!\w|[.:]\d)/;
const KEYWORD_NUMBER = /\b(?:error|err|code|errno)\b\s*[:#=]?\s*(\d{3,6})\b/gi;
/** What stands before a `code` key that names an HTTP status: `HTTP status code`, `http_code`. */
const HTTP_STATUS_BEFORE = /(?:http|status)[\s_-]*["']?$/i;
const BARE_CODE = /^[-+]?\d{1,9}$/;
const HTTP_DUMP = /^\s*(?:HTTP\/\d|< HTTP\/\d)/;
/** `BadSymbol: binance {`: an exchange id after an exception name, on the line of the body. */
const CCXT_PREFIX = /(?:^|:[ \t]+)[a-z][a-z0-9]*[ \t]$/;
/** How far from a code key a message key may sit and still belong to the same body. */
const PAIR_WINDOW = 2000;

/** Pulls `{code, message}` out of pasted text; returns nulls for what it cannot find. */
export function extractError(input: unknown): Extracted {
	try {
		const text = boundInput(typeof input === 'string' ? input : '');
		if (text.trim() === '') return { code: null, message: null, format: 'empty' };
		const found = extractFrom(text);
		if (found.code !== null) return found;
		// A body quoted inside a string (`"{\"code\":-1104,...}"`, a JSON log field) or HTML-escaped
		// (`{&quot;code&quot;:...}`) hides its keys: read it again unescaped, once per layer.
		for (const unescaped of unescapings(text)) {
			const again = extractFrom(unescaped);
			if (again.code !== null) return again;
		}
		return found;
	} catch {
		// A parser bug must never break the paste box: fall back to "nothing found".
		return { code: null, message: null, format: 'empty' };
	}
}

function extractFrom(text: string): Extracted {
	return (
		fromPythonBinance(text) ??
		fromConnector(text) ??
		withFormat(fromErrorArray(text), 'json') ??
		fromKeys(text) ??
		withFormat(fromHtmlPage(text), 'html') ??
		fromBareCode(text) ??
		withFormat(fromTableRow(text), 'table') ??
		fromLogLine(text) ??
		fromMessageKey(text) ??
		withFormat(fromErrorKey(text), 'json') ??
		fromPlainText(text)
	);
}

function withFormat(found: ShapeFound | null, format: ExtractFormat): Extracted | null {
	return found && { ...found, format };
}

const BACKSLASH_QUOTE = /\\["'\\/]/;
const HTML_ENTITY = /&(?:quot|apos|amp|lt|gt|#\d{1,6}|#x[0-9a-f]{1,6});/i;
/** How many layers of escaping are undone: a body in a string in a JSON log line is two. */
const UNESCAPE_LAYERS = 3;

/** The paste with one, then more, layers of backslash or HTML escaping undone; each pass is linear. */
function unescapings(text: string): string[] {
	const found: string[] = [];
	let current = text;
	for (let layer = 0; layer < UNESCAPE_LAYERS; layer++) {
		let next = current;
		if (HTML_ENTITY.test(next))
			next = next.replace(
				/&(quot|apos|amp|lt|gt|#\d{1,6}|#x[0-9a-f]{1,6});/gi,
				(_, name: string) => characterReference(name) ?? '',
			);
		else if (BACKSLASH_QUOTE.test(next)) next = next.replace(/\\(["'\\/])/g, '$1');
		if (next === current) break;
		found.push(next);
		current = next;
	}
	return found;
}

/** Keeps the head and the tail of a long paste, where client errors are printed. */
export function boundInput(text: string): string {
	if (text.length <= 2 * SCAN_LIMIT) return text;
	return `${text.slice(0, SCAN_LIMIT)}\n${text.slice(-SCAN_LIMIT)}`;
}

function fromPythonBinance(text: string): Extracted | null {
	const found = PYTHON_BINANCE.exec(text);
	if (!found) return null;
	return { code: Number(found[1]), message: cleanMessage(found[2]), format: 'python-binance' };
}

function fromConnector(text: string): Extracted | null {
	const found = CONNECTOR.exec(text);
	if (!found) return null;
	const quoted = readQuoted(text, found.index + found[0].length);
	if (!quoted) return null;
	return {
		code: Number(found[2]),
		message: cleanMessage(quoted.value),
		format: 'binance-connector',
	};
}

/** JSON bodies, Python dict reprs, JS object dumps and `code=... msg=...` log fields. */
function fromKeys(text: string): Extracted | null {
	CODE_KEY.lastIndex = 0;
	let found: RegExpExecArray | null = null;
	let generic: RegExpExecArray | null = null;
	for (let next = CODE_KEY.exec(text); next; next = CODE_KEY.exec(text)) {
		if (isHttpStatus(text, next.index)) continue;
		// `{"code":"1","data":[{"sCode":"51008","sMsg":"..."}]}`: a generic 0 or 1 around a specific code.
		if (/^-?[01]$/.test(next[1])) {
			generic ??= next;
			continue;
		}
		found = next;
		break;
	}
	found ??= generic ?? venueStatus(text);
	if (!found) return null;
	const code = Number(found[1]);
	const end = found.index + found[0].length;
	const message = messageNear(text, found.index, end) ?? messageAround(text, found.index, end);
	return { code, message, format: keyFormat(text, found.index) };
}

/** A venue code kept under `status` (shapes.ts), looked for only when no `code` key was found. */
function venueStatus(text: string): RegExpExecArray | null {
	STATUS_KEY.lastIndex = 0;
	return STATUS_KEY.exec(text);
}

/** `{"err-code":"invalid-parameter","err-msg":"invalid symbol"}`: a message under its key, with no numeric code. */
function fromMessageKey(text: string): Extracted | null {
	MESSAGE_KEY.lastIndex = 0;
	// A few keys at most: `Error message: {"error":[...]}` holds a body, not a message, and the next key may.
	for (
		let tries = 0, found = MESSAGE_KEY.exec(text);
		found && tries < 20;
		tries++, found = MESSAGE_KEY.exec(text)
	) {
		const message = cleanMessage(readValue(text, found.index + found[0].length) ?? undefined);
		if (message !== null) return { code: null, message, format: keyFormat(text, found.index) };
	}
	return null;
}

/**
 * `HTTP status code: 400`, `(status code 503)`: a `code` key named after an HTTP status is the
 * response's status, not the venue's error code, which the same line often gives as well.
 */
function isHttpStatus(text: string, keyAt: number): boolean {
	return HTTP_STATUS_BEFORE.test(text.slice(Math.max(0, keyAt - 16), keyAt));
}

function keyFormat(text: string, at: number): ExtractFormat {
	if (HTTP_DUMP.test(text)) return 'http';
	const open = text.lastIndexOf('{', at);
	const lineStart = text.lastIndexOf('\n', open) + 1;
	if (open > 0 && CCXT_PREFIX.test(text.slice(Math.max(lineStart, open - 80), open))) return 'ccxt';
	return 'json';
}

/** The message key closest to the code key, within the same body. */
function messageNear(text: string, codeStart: number, codeEnd: number): string | null {
	const from = Math.max(0, codeStart - PAIR_WINDOW);
	const region = text.slice(from, codeEnd + PAIR_WINDOW);
	let best: { distance: number; value: string } | null = null;
	MESSAGE_KEY.lastIndex = 0;
	for (let found = MESSAGE_KEY.exec(region); found; found = MESSAGE_KEY.exec(region)) {
		const at = from + found.index;
		const distance = at < codeStart ? codeStart - at : at - codeEnd;
		if (best && distance >= best.distance) continue;
		const value = readValue(region, found.index + found[0].length);
		if (value !== null) best = { distance, value };
	}
	return best ? cleanMessage(best.value) : null;
}

/** A quoted string, else the rest of the line up to a closing bracket or the next field. */
function readValue(text: string, at: number): string | null {
	const quoted = readQuoted(text, at);
	if (quoted) return quoted.value;
	// `message: {"error":[...]}`: the value is a body; its own keys say what it holds.
	if (/^\s*[{[]\s*["'{[]/.test(text.slice(at, at + 20))) return null;
	let line = /^[^\r\n]*/.exec(text.slice(at, at + MESSAGE_LIMIT))?.[0] ?? '';
	if (line.trim() === '') {
		// `Message:` alone on its line, the text on the next.
		const next = nextLine(text, at + line.length);
		return next === null || isFrame(next) ? null : next.trim();
	}
	// `("Code: -1021 Message: Timestamp ...") more`: the value ends where its quote or bracket closes.
	line = cutAtCloser(line, openers(linePrefix(text, at)));
	const value = line
		.replace(/[\s,;]*["']?(?:code|status)["']?\s*[:=].*$/i, '')
		.replace(/[\s}\]),]+$/, '');
	return value === '' ? null : value;
}

function fromBareCode(text: string): Extracted | null {
	const trimmed = text.trim();
	if (!BARE_CODE.test(trimmed)) return null;
	return { code: Number(trimmed), message: null, format: 'code' };
}

/** `error -1001 Internal error; ...`: a code-like number, the text after it as the message. */
function fromLogLine(text: string): Extracted | null {
	const negative = NEGATIVE_NUMBER.exec(text);
	const keyword = negative ? null : keywordNumber(text);
	const found = negative ?? keyword;
	if (!found) return null;
	const digits = negative ? negative[0] : (keyword?.[1] ?? '');
	const numberEnd = found.index + found[0].length;
	return {
		code: Number(digits),
		message: messageAround(text, found.index, numberEnd),
		format: 'log',
	};
}

/**
 * The message of a code given without a message key, from the code's line: the text after it
 * (`Error -2011: Unknown order sent.`), cut where the quote or bracket around the code closes;
 * the text before it when the code is a bracketed note (`Error sign! (ErrCode: 10004)`); the
 * next line when the code ends its line (`Code = -2010` then the text); the exception line
 * above when the code closes a stack trace (`{ Error: ...\n    at ... code: -1013 }`).
 */
function messageAround(text: string, start: number, end: number): string | null {
	const lineEndAt = text.indexOf('\n', end);
	const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
	// Only a message's worth of the line either side: it keeps the trimming regexes linear.
	const beforeRaw = linePrefix(text, start);
	const closers = openers(beforeRaw);
	const rest = text.slice(end, Math.min(lineEnd, end + MESSAGE_LIMIT));
	const enclosed = closers !== '' && rest.trimStart().startsWith(closers[0]);
	const after = cutAtCloser(rest, closers)
		.replace(/^[\s:\-–—|,\])}>/]+/, '')
		.replace(/\s\|\s.*$/, '')
		.trim();
	const before = cleanBefore(beforeRaw);
	if (isFrame(beforeRaw)) return exceptionAbove(text, start);
	if (after !== '' && !/^(?:\([^()]*\)[\s.]*)+$/.test(after)) return cleanMessage(after);
	if (enclosed) {
		// `{"result":false,"error_code":20015}`: a body that gave no message; its keys are not one.
		if (
			closers[0] === '}' &&
			/["']?[\w-]+["']?\s*:/.test(beforeRaw.slice(beforeRaw.lastIndexOf('{') + 1))
		)
			return null;
		// `Error sign! (ErrCode: 10004)`, but not the label of `API Error [-4164]: ...`.
		if (before !== '' && !LABEL_END.test(outsideBracket(beforeRaw))) return cleanMessage(before);
		// `[-1121] Invalid symbol.`: the note comes first, the message after its bracket.
		const behind = rest
			.trimStart()
			.slice(1)
			.replace(/^[\s:\-–—|,]+/, '');
		return cleanMessage(behind);
	}
	if (after === '' && /^[\s)\]}>.,;:'"]*$/.test(rest)) {
		const next = nextLine(text, lineEnd);
		if (next !== null && !isFrame(next) && !/^\s*\d/.test(next)) return cleanMessage(next);
	}
	return cleanMessage(before);
}

const LABEL_END = /\b(?:error|err|code|errno|err_?code|error_?code)$/i;

/** `API Error [` of `API Error [-4164]`, `Bad things` of `Bad things (code -1100)`: what stands before the bracket. */
function outsideBracket(raw: string): string {
	return raw
		.replace(/[\s:#=]+$/, '')
		.replace(LABEL_END, '')
		.replace(/[\s:#=]*[([{<]\s*$/, '')
		.trim();
}

/** The line up to `at`, at most a message long. */
function linePrefix(text: string, at: number): string {
	const lineStart = text.lastIndexOf('\n', at - 1) + 1;
	return text.slice(Math.max(lineStart, at - MESSAGE_LIMIT), at);
}

/** The text before a code, without its label, separators, an exception class naming it and a logger's prefix. */
function cleanBefore(raw: string): string {
	const text = raw
		.replace(/[\s:\-–—|,([{#='"]+$/, '')
		.replace(LABEL_END, '')
		.replace(/[\s:\-–—|,([{#='"]+$/, '')
		.replace(EXCEPTION_HEAD, '');
	return withoutLogPrefix(text).trim();
}

/** The next non-empty line after the line ending at `lineEnd`, or null. */
function nextLine(text: string, lineEnd: number): string | null {
	let at = lineEnd;
	for (let i = 0; i < 3 && at < text.length; i++) {
		const from = at + 1;
		const endAt = text.indexOf('\n', from);
		const line = text.slice(
			from,
			Math.min(endAt === -1 ? text.length : endAt, from + MESSAGE_LIMIT),
		);
		if (line.trim() !== '') return line;
		at = endAt === -1 ? text.length : endAt;
	}
	return null;
}

/**
 * The quotes and brackets still open at the end of `prefix`, innermost first, as the characters
 * that close them. An apostrophe inside a word (`server's`) opens nothing.
 */
function openers(prefix: string): string {
	const stack: string[] = [];
	let quote: string | null = null;
	for (let i = 0; i < prefix.length; i++) {
		const char = prefix[i];
		if (quote !== null) {
			if (char === '\\') i++;
			else if (char === quote && !(quote === "'" && isWordChar(prefix[i + 1]))) {
				quote = null;
				stack.pop();
			}
		} else if ((char === '"' || char === "'") && !isWordChar(prefix[i - 1])) {
			quote = char;
			stack.push(char);
		} else if (char in CLOSERS) {
			stack.push(CLOSERS[char]);
		} else if (stack.length > 0 && char === stack[stack.length - 1]) {
			stack.pop();
		}
	}
	return stack.reverse().join('');
}

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

/** `text` up to the first character that closes the innermost of `closers`, skipping its own nesting. */
function cutAtCloser(text: string, closers: string): string {
	const closer = closers[0];
	if (closer === undefined) return text;
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (closer === '"' || closer === "'") {
			if (
				char === closer &&
				!(closer === "'" && isWordChar(text[i - 1]) && isWordChar(text[i + 1]))
			)
				return text.slice(0, i);
			continue;
		}
		if (char in CLOSERS && CLOSERS[char] === closer) depth++;
		else if (char === closer && depth-- === 0) return text.slice(0, i);
	}
	return text;
}

function isWordChar(char: string | undefined): boolean {
	return char !== undefined && /[\p{L}\p{N}_]/u.test(char);
}

/** The first `error 1001`, `code: 503` that is not an HTTP status. */
function keywordNumber(text: string): RegExpExecArray | null {
	KEYWORD_NUMBER.lastIndex = 0;
	for (let found = KEYWORD_NUMBER.exec(text); found; found = KEYWORD_NUMBER.exec(text)) {
		if (!isHttpStatus(text, found.index)) return found;
	}
	return null;
}

function fromPlainText(text: string): Extracted {
	const exception = lastExceptionMessage(text) ?? headerAboveFrames(text);
	if (exception !== null) return { code: null, message: exception, format: 'text' };
	const collapsed = text.replace(/\s+/g, ' ').trim();
	if (collapsed.length <= MESSAGE_LIMIT)
		return { code: null, message: cleanMessage(collapsed), format: 'text' };
	const lines = text.split('\n').filter((line) => line.trim() !== '');
	return { code: null, message: cleanMessage(lines.at(-1) ?? ''), format: 'text' };
}
