/**
 * Exception lines: the line of a traceback or stack trace that says what failed, in the shapes
 * Python, Java, JavaScript and ccxt print it.
 */
import { cleanMessage, MESSAGE_LIMIT } from './clean.ts';
import { pasteLines } from './paste-lines.ts';
import { readQuoted } from './quoted.ts';
import { CCXT_EXCEPTIONS } from '../model/vocabulary.ts';

/**
 * An exception line: `pkg.SomeError: message`, `Caused by: x.y.Z: message`, `{ Error: message`.
 * The class has a dot in it, ends in Error/Exception, or is one of ccxt's, so `Message: x` and
 * `Coin pair: x` are not.
 */
const EXCEPTION_LINE =
	/^\s*(?:[{(]\s*)?(?:Caused by:\s*|Exception in thread "[^"\r\n]{0,200}"\s+)?((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*):[ \t]+(\S[^\r\n]*)$/;
/** `[BadRequest] source is not enabled for trading`: how ccxt's command line prints an exception. */
const BRACKETED_EXCEPTION = /^\s*\[([A-Za-z_$][\w$]*)\][ \t]+(\S[^\r\n]*)$/;
/** An exception class named inside a line, `... unable to buy Error: message`; no nesting, so it stays linear. */
const NAMED_IN_LINE = /(?:^|[^\w$.])([\w$.]*(?:Error|Exception)):[ \t]+(?=\S)/;
const PYTHON_REPR = /^\s*((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*)\((?=['"])/;
export const EXCEPTION_HEAD = /^\s*(?:[\w$]+\.)*[\w$]*(?:Error|Exception)\w*:\s+/;

const CCXT_CLASSES = new Set<string>(CCXT_EXCEPTIONS);

function isExceptionClass(name: string): boolean {
	return (
		name.includes('.') || /(?:Error|Exception|Warning|Fault)$/.test(name) || CCXT_CLASSES.has(name)
	);
}

/**
 * The ccxt exception class a paste names: `ccxt.base.errors.InsufficientFunds: binance {...}`
 * (Python), `InsufficientFunds: binance ...` or `[InsufficientFunds] ...` (JavaScript), the
 * last such line of a traceback. Null when no line names one of ccxt's classes.
 */
export function ccxtClassIn(text: string): string | null {
	let found: string | null = null;
	for (const whole of pasteLines(text)) {
		const line = whole.slice(0, 2 * MESSAGE_LIMIT);
		const named = EXCEPTION_LINE.exec(line) ?? BRACKETED_EXCEPTION.exec(line);
		const name = named?.[1]?.split('.').pop();
		if (
			name !== undefined &&
			CCXT_CLASSES.has(name) &&
			(named![1] === name || named![1].startsWith('ccxt.'))
		)
			found = name;
	}
	return found;
}

/** A stack-trace or traceback line: `    at f (file.js:1:2)`, `  File "x.py", line 3`, `#0 /x.php(1)`. */
export function isFrame(line: string): boolean {
	return /^\s*(?:at\s|File\s"|#\d+\s|Traceback\s)/.test(line);
}

/** The message of an exception line, or null when the line is not one. */
export function exceptionMessage(line: string): string | null {
	if (line.length > 2 * MESSAGE_LIMIT) return null;
	const found = EXCEPTION_LINE.exec(line) ?? BRACKETED_EXCEPTION.exec(line) ?? pythonRepr(line);
	if (!found) return null;
	const [, name, message] = found as unknown as [string, string, string];
	if (!isExceptionClass(name)) return null;
	let text = message
		// `Error: GET (400) https://host/path - Invalid symbol.`: a request line before the message.
		.replace(/^(?:GET|POST|PUT|DELETE|PATCH)\s+(?:\(?\d{3}\)?\s+)?\S+\s+(?:\d{3}\s+)?[-–:]\s+/, '');
	// ccxt prints its exchange id first: `InsufficientFunds: binance Account has insufficient balance`.
	if (name !== 'Error') text = text.replace(/^[a-z][a-z0-9]{2,}\s+(?=[A-Z])/, '');
	return cleanMessage(text);
}

/** `ExchangeError('somex Invalid trade amount',)`: Python's repr of an exception, as `[line, name, message]`. */
function pythonRepr(line: string): [string, string, string] | null {
	const found = PYTHON_REPR.exec(line);
	if (!found) return null;
	const quoted = readQuoted(line, found[0].length);
	return quoted ? [line, found[1], quoted.value] : null;
}

/** The message of the nearest exception line above `at`, looking back a few lines. */
export function exceptionAbove(text: string, at: number): string | null {
	let end = text.lastIndexOf('\n', at - 1);
	for (let i = 0; i < 50 && end > 0; i++) {
		const start = text.lastIndexOf('\n', end - 1) + 1;
		const message = exceptionMessage(text.slice(start, end));
		if (message !== null) return message;
		end = start - 1;
	}
	return null;
}

/** A traceback's last exception line, or a Java exception's first: the line that says what failed. */
export function lastExceptionMessage(text: string): string | null {
	let found: string | null = null;
	for (const line of pasteLines(text)) found = exceptionMessage(line) ?? found;
	return found;
}

/**
 * The message of the line right above a JavaScript or Java stack trace, where the exception is
 * printed even when a logger put its own words first:
 * `2017-12-08 20:49:39 (ERROR): unable to buy Error: Order:Insufficient funds` over `    at ...`.
 */
export function headerAboveFrames(text: string): string | null {
	let previous: string | null = null;
	for (const whole of pasteLines(text)) {
		const line = whole.slice(0, 2 * MESSAGE_LIMIT);
		if (/^\s*at\s/.test(line)) {
			if (previous === null) return null;
			const named = NAMED_IN_LINE.exec(previous);
			return named ? cleanMessage(previous.slice(named.index + named[0].length)) : null;
		}
		if (line.trim() !== '') previous = line;
	}
	return null;
}
