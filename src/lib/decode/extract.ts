/**
 * Finds the error code and message in whatever a client printed: a JSON body, an HTTP
 * response dump, a ccxt exception, python-binance's `APIError(code=...)`, binance-connector's
 * `ClientError: (400, -1013, '...', {...})`, or a plain log line. Pasted text is untrusted
 * and may be huge, so the work is bounded and nothing here throws.
 */

/** Which shape of client output the code and message came from. */
export type ExtractFormat =
	| 'json'
	| 'http'
	| 'ccxt'
	| 'python-binance'
	| 'binance-connector'
	| 'log'
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

/** A message longer than this is not an API error message; keeping it short keeps matching cheap. */
export const MESSAGE_LIMIT = 1000;

const PYTHON_BINANCE = /APIError\(code=(-?\d{1,9})\):[ \t]*([^\r\n]*)/;
const CONNECTOR = /\(\s*(\d{3})\s*,\s*(-?\d{1,9})\s*,\s*(?=['"])/;
// The keys venues name them by: `code`/`msg`, Bybit's `retCode`/`retMsg`, OKX's per-order
// `sCode`/`sMsg`, `err-code`/`err-msg`, `error_code`/`error_message`.
const CODE_KEY = /(?<![\w-])["']?(?:code|ret_?code|s_?code|err[_-]?code|error_?code)["']?\s*[:=]\s*["']?(-?\d{1,9})(?![\d.])/gi;
const MESSAGE_KEY = /(?<![\w-])["']?(?:msg|message|ret_?msg|s_?msg|err[_-]?msg|error_?message|error_?msg)["']?\s*[:=][ \t]*/gi;
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
		fromKeys(text) ??
		fromBareCode(text) ??
		fromLogLine(text) ??
		fromMessageKey(text) ??
		fromPlainText(text)
	);
}

const BACKSLASH_QUOTE = /\\["'\\/]/;
const HTML_ENTITY = /&(?:quot|apos|amp|lt|gt|#\d{1,6}|#x[0-9a-f]{1,6});/i;
const HTML_ENTITIES: Record<string, string> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>' };
/** How many layers of escaping are undone: a body in a string in a JSON log line is two. */
const UNESCAPE_LAYERS = 3;

/** The paste with one, then more, layers of backslash or HTML escaping undone; each pass is linear. */
function unescapings(text: string): string[] {
	const found: string[] = [];
	let current = text;
	for (let layer = 0; layer < UNESCAPE_LAYERS; layer++) {
		let next = current;
		if (HTML_ENTITY.test(next)) next = next.replace(/&(quot|apos|amp|lt|gt|#\d{1,6}|#x[0-9a-f]{1,6});/gi, (_, name: string) => htmlEntity(name));
		else if (BACKSLASH_QUOTE.test(next)) next = next.replace(/\\(["'\\/])/g, '$1');
		if (next === current) break;
		found.push(next);
		current = next;
	}
	return found;
}

function htmlEntity(name: string): string {
	if (name[0] !== '#') return HTML_ENTITIES[name.toLowerCase()] ?? '';
	const point = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
	return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
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
	return { code: Number(found[2]), message: cleanMessage(quoted.value), format: 'binance-connector' };
}

/** JSON bodies, Python dict reprs, JS object dumps and `code=... msg=...` log fields. */
function fromKeys(text: string): Extracted | null {
	CODE_KEY.lastIndex = 0;
	let found: RegExpExecArray | null = null;
	let generic: RegExpExecArray | null = null;
	for (let next = CODE_KEY.exec(text); next; next = CODE_KEY.exec(text)) {
		if (isHttpStatus(text, next.index)) continue;
		// `{"code":"1","data":[{"sCode":"51008","sMsg":"..."}]}`: a generic 0 or 1 around a specific code.
		if (/^-?[01]$/.test(next[1]!)) {
			generic ??= next;
			continue;
		}
		found = next;
		break;
	}
	found ??= generic;
	if (!found) return null;
	const code = Number(found[1]);
	const message = messageNear(text, found.index, found.index + found[0].length);
	return { code, message, format: keyFormat(text, found.index) };
}

/** `{"err-code":"invalid-parameter","err-msg":"invalid symbol"}`: a message under its key, with no numeric code. */
function fromMessageKey(text: string): Extracted | null {
	MESSAGE_KEY.lastIndex = 0;
	const found = MESSAGE_KEY.exec(text);
	if (!found) return null;
	const message = cleanMessage(readValue(text, found.index + found[0].length) ?? undefined);
	return message === null ? null : { code: null, message, format: keyFormat(text, found.index) };
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
	const line = /^[^\r\n]*/.exec(text.slice(at, at + MESSAGE_LIMIT))?.[0] ?? '';
	const value = line.replace(/[\s,;]*["']?(?:code|status)["']?\s*[:=].*$/i, '').replace(/[\s}\]),]+$/, '');
	return value === '' ? null : value;
}

/** Reads a JSON or Python string literal starting at `at`, undoing its escapes. */
export function readQuoted(text: string, at: number): { value: string; end: number } | null {
	const quote = text[at];
	if (quote !== '"' && quote !== "'") return null;
	let value = '';
	const stop = Math.min(text.length, at + 1 + MESSAGE_LIMIT * 4);
	for (let i = at + 1; i < stop; i++) {
		const char = text[i];
		if (char === quote) return { value, end: i + 1 };
		if (char === '\n') return null;
		if (char !== '\\') {
			value += char;
			continue;
		}
		const next = text[++i] ?? '';
		const unicode = next === 'u' ? /^[0-9a-fA-F]{4}/.exec(text.slice(i + 1, i + 5)) : null;
		if (unicode) {
			value += String.fromCharCode(parseInt(unicode[0], 16));
			i += 4;
		} else {
			value += ESCAPES[next] ?? next;
		}
	}
	return null;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

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
	const lineStart = text.lastIndexOf('\n', found.index) + 1;
	const lineEndAt = text.indexOf('\n', numberEnd);
	const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
	// Only a message's worth of the line either side: it keeps the trimming regexes linear.
	const after = text.slice(numberEnd, Math.min(lineEnd, numberEnd + MESSAGE_LIMIT)).replace(/^[\s:\-–—|,\]\)>]+/, '');
	const before = text
		.slice(Math.max(lineStart, found.index - MESSAGE_LIMIT), found.index)
		.replace(/[\s:\-–—|,(\[#=]+$/, '')
		.replace(/\b(?:error|err|code|errno)$/i, '')
		.replace(/[\s:\-–—|,(\[#=]+$/, '');
	return { code: Number(digits), message: cleanMessage(after) ?? cleanMessage(before), format: 'log' };
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
	const collapsed = text.replace(/\s+/g, ' ').trim();
	if (collapsed.length <= MESSAGE_LIMIT) return { code: null, message: cleanMessage(collapsed), format: 'text' };
	const lines = text.split('\n').filter((line) => line.trim() !== '');
	return { code: null, message: cleanMessage(lines.at(-1) ?? ''), format: 'text' };
}

/** Trims a message and its wrapping quotes; an empty message is no message. */
function cleanMessage(raw: string | undefined): string | null {
	if (raw === undefined) return null;
	let message = raw.replace(/\s+/g, ' ').trim();
	const quote = message[0];
	if (message.length >= 2 && (quote === '"' || quote === "'") && message.endsWith(quote)) {
		message = message.slice(1, -1).trim();
	}
	if (message.length > MESSAGE_LIMIT) message = message.slice(0, MESSAGE_LIMIT);
	return message === '' ? null : message;
}
