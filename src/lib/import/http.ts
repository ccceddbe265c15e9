/** HTTP statuses as venues document them beside their own codes. */

// The reason phrases of RFC 9110 and the common extensions (418, 429, 451...).
const REASON_PHRASES = [
	'continue',
	'switching protocols',
	'ok',
	'created',
	'accepted',
	'non-authoritative information',
	'no content',
	'reset content',
	'partial content',
	'multiple choices',
	'moved permanently',
	'found',
	'see other',
	'not modified',
	'temporary redirect',
	'permanent redirect',
	'bad request',
	'unauthorized',
	'payment required',
	'forbidden',
	'not found',
	'method not allowed',
	'not acceptable',
	'proxy authentication required',
	'request timeout',
	'conflict',
	'gone',
	'length required',
	'precondition failed',
	'payload too large',
	'content too large',
	'uri too long',
	'unsupported media type',
	'range not satisfiable',
	'expectation failed',
	"i'm a teapot",
	'misdirected request',
	'unprocessable entity',
	'unprocessable content',
	'locked',
	'failed dependency',
	'too early',
	'upgrade required',
	'precondition required',
	'too many requests',
	'request header fields too large',
	'unavailable for legal reasons',
	'internal server error',
	'not implemented',
	'bad gateway',
	'service unavailable',
	'gateway timeout',
	'http version not supported',
	'network authentication required',
];

/** True when a text starts with an HTTP reason phrase (`Bad Request -- Invalid request format.`). */
export function isHttpPhrase(text: string): boolean {
	const lower = text
		.trim()
		.toLowerCase()
		.replace(/^[`*_"]+/, '');
	return REASON_PHRASES.some(
		(phrase) =>
			lower === phrase ||
			(lower.startsWith(phrase) && /^[\s.,:;()–—-]/.test(lower.slice(phrase.length))),
	);
}

/** The HTTP status a cell opens with (`400`, `429 Too Many Requests`), else null. */
export function httpStatusIn(cell: string | undefined): number | null {
	const status = cell?.match(/^\s*([1-5]\d\d)\b/)?.[1];
	return status ? Number(status) : null;
}

/** A section title about HTTP statuses: `HTTP Status Codes`, `HTTP Return Codes`, `HTTP 状态码`. */
export function isHttpTitle(title: string): boolean {
	// `Status Codes` alone (Bitkub v4: `#### 400 (INVALID_REQUEST)` under it) names the HTTP statuses too.
	return (
		(/\bhttp\b/i.test(title) && !/\berror codes? from\b/i.test(title)) ||
		/^(?:response\s+)?status\s+codes?$/i.test(title.trim())
	);
}
