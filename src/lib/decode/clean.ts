/**
 * Turning a raw message taken out of a paste into the venue's text: whitespace, wrapping quotes
 * and brackets, and what clients and loggers add around it.
 */

/** A message longer than this is not an API error message; keeping it short keeps matching cheap. */
export const MESSAGE_LIMIT = 1000;

/**
 * `2024-04-09 13:00:48,918 - ERROR - `, `[WARN] `: a logger's timestamp and level in front of a
 * message. Levels are matched in capitals only, as loggers print them, so `Error: x` is left to
 * the exception readers.
 */
const LEVEL = 'ERROR|ERR|WARN(?:ING)?|INFO|DEBUG|FATAL|CRITICAL';
const LOG_PREFIX = new RegExp(
	`^\\s*(?:\\[?\\d{4}-\\d\\d-\\d\\d[T ][\\d:.,]+Z?\\]?\\s*(?:[-|:]\\s*)?)?(?:\\[(?:${LEVEL})\\]\\s*[-|:]?\\s*|(?:${LEVEL})\\s*[-|:]\\s+)`,
);

/** The text without a leading log timestamp and level. */
export function withoutLogPrefix(text: string): string {
	return text.replace(LOG_PREFIX, '');
}

/** Trims a message and its wrapping quotes or list brackets; an empty message is no message. */
export function cleanMessage(raw: string | undefined): string | null {
	if (raw === undefined) return null;
	// `... asset. (HTTP status code: 400)`: the client's note of the status, not the venue's text.
	let message = raw
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/\s*\((?:HTTP|status)[\w ]{0,20}:?\s*\d{3}\)$/i, '');
	message = withoutQuotes(message);
	// `**MIN_TRADE_REQUIREMENT_NOT_MET**`: Markdown emphasis added in an issue or a chat, not the venue's.
	message = message.replace(/^(\*\*|__)(\S(?:.*\S)?)\1$/, '$2');
	// `[EGeneral:Invalid arguments]`: a client printed the venue's list of errors (Java's
	// List.toString, a JSON array of one string); the text is the item.
	if (/^\[[^[\]]+\]$/.test(message)) message = withoutQuotes(message.slice(1, -1).trim());
	if (message.length > MESSAGE_LIMIT) message = message.slice(0, MESSAGE_LIMIT);
	return message === '' ? null : message;
}

/** `"Invalid symbol"` or `'Invalid symbol'` -> `Invalid symbol`: the quotes a client printed around the text. */
function withoutQuotes(message: string): string {
	const quote = message[0];
	if (message.length >= 2 && (quote === '"' || quote === "'") && message.endsWith(quote))
		return message.slice(1, -1).trim();
	return message;
}
