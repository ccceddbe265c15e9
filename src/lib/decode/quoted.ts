/** Reading a quoted string out of a paste, the way JSON and Python print them. */
import { MESSAGE_LIMIT } from './clean.ts';

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
