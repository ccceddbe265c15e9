import { loadAtlas } from '../lib/atlas.ts';
import { createDecoder, decode } from '../lib/decode/decode.ts';
import type { DecodeResult, Match } from '../lib/decode/decode.ts';
import { decodeDialects, decodeTargets } from '../lib/decode/targets.ts';
import { matchWording } from '../lib/decode/wording.ts';
import { describeCcxt } from '../lib/ccxt/classify.ts';
import { codeKey, type CcxtMapping } from '../lib/model/model.ts';
import type { Atlas } from '../lib/atlas.ts';
import type { CliIo } from './io.ts';
import { pageUrl } from './page-url.ts';

const USAGE = `usage: error-atlas decode [--json] "<text>"
  Paste what your client printed (a JSON body, an exception, a log line); quote it.
  Exit status: 0 when something matched, 1 when nothing did, 2 on bad usage or sources.`;

/**
 * `error-atlas decode [--json] "<text>"`: which codes a pasted client error can be, best first.
 * Everything after the options is the text, so an unquoted paste still works.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
	const { json, help, words } = parseArgs(args);
	if (help) {
		io.out(USAGE);
		return 0;
	}
	const text = words.join(' ');
	if (text.trim() === '') {
		io.err(`nothing to decode: pass the text your client printed, in quotes\n${USAGE}`);
		return 2;
	}
	let atlas: Atlas;
	try {
		atlas = loadAtlas(io.sourcesDir);
	} catch (error) {
		io.err(error instanceof Error ? error.message : String(error));
		return 2;
	}
	const result = decode(
		createDecoder(decodeTargets(atlas.codes, atlas.dialects), decodeDialects(atlas.dialects)),
		text,
	);
	const names = new Map(atlas.dialects.map((dialect) => [dialect.id, dialect.name]));
	const ccxt = new Map(atlas.codes.map((entry) => [codeKey(entry), entry.ccxt]));
	const ccxtOf = (match: Match) =>
		match.id === null
			? null
			: (ccxt.get(codeKey({ dialect: match.dialect, id: match.id })) ?? null);
	if (json) {
		io.out(JSON.stringify(toJson(result, ccxtOf), null, 2));
		if (result.matches.length === 0) io.err(describeSuggestions(result));
	} else {
		io.out(toText(result, names, ccxtOf));
	}
	return result.matches.length > 0 ? 0 : 1;
}

function parseArgs(args: string[]): { json: boolean; help: boolean; words: string[] } {
	let json = false;
	let help = false;
	const words: string[] = [];
	let optionsDone = false;
	for (const arg of args) {
		if (!optionsDone && arg === '--') optionsDone = true;
		else if (!optionsDone && arg === '--json') json = true;
		else if (!optionsDone && (arg === '--help' || arg === '-h')) help = true;
		else {
			// A paste such as `-1121 Invalid symbol` starts with a minus: the text begins here.
			optionsDone = true;
			words.push(arg);
		}
	}
	return { json, help, words };
}

/** The documented `--json` shape, and nothing more, so scripts can rely on it. */
function toJson(result: DecodeResult, ccxtOf: (match: Match) => CcxtMapping | null) {
	return {
		input: result.input,
		extracted: { code: result.extracted.code, message: result.extracted.message },
		matches: result.matches.map((match: Match) => {
			const { dialect, id, code, url, score, kind, filled } = match;
			const ccxt = ccxtOf(match);
			const raised = ccxt && {
				class: ccxt.class,
				match: ccxt.match,
				chain: ccxt.chain,
				retry: ccxt.retry,
			};
			// ccxtClass: the ccxt exception the paste names, when ccxt raises it for this code.
			return {
				dialect,
				id,
				code,
				url,
				score,
				kind,
				filled,
				ccxt: raised,
				ccxtClass: match.ccxtClass ?? null,
			};
		}),
	};
}

function toText(
	result: DecodeResult,
	names: Map<string, string>,
	ccxtOf: (match: Match) => CcxtMapping | null,
): string {
	const { code, message } = result.extracted;
	const lines = [
		`Read: code ${code ?? '(none)'}, message ${message === null ? '(none)' : `"${printable(message, 160)}"`} (${result.extracted.format})`,
	];
	if (result.matches.length === 0) {
		lines.push(describeSuggestions(result));
		return lines.join('\n');
	}
	const best = result.matches[0].score;
	const tied = result.matches.filter((match) => match.score === best).length;
	if (tied > 1) lines.push(`${tied} pages fit equally well; choose by the venue you called:`);
	result.matches.forEach((match, i) => {
		const label = match.name ?? match.title;
		const mark = match.score === best ? (tied > 1 ? '=' : '*') : ' ';
		const what = match.kind === 'range' ? 'range' : (match.id ?? '(message)');
		lines.push(
			`${mark} ${String(i + 1).padStart(2)}. ${names.get(match.dialect) ?? match.dialect} ${what} ${printable(label, 80)}  ${pageUrl(match.url)}`,
		);
		const { kind, venue, ccxt: raised } = matchWording(match, result.extracted.message !== null);
		lines.push(`      ${[kind, venue, raised].filter(Boolean).join('; ')}${filledText(match)}`);
		const ccxt = ccxtOf(match);
		if (ccxt) lines.push(`      ${describeCcxt(ccxt)}`);
	});
	return lines.join('\n');
}

function filledText(match: Match): string {
	if (match.filled.length === 0) return '';
	return `; filled in: ${match.filled.map((value) => printable(value, 60)).join(', ')}`;
}

function describeSuggestions(result: DecodeResult): string {
	if (result.suggestions.length === 0) return 'No code matches, and no code is near it.';
	const nearest = result.suggestions.map(
		(s) =>
			`  ${s.dialect} ${s.id ?? '(message table)'} ${printable(s.title, 80)} (${s.reason})  ${pageUrl(s.url)}`,
	);
	return ['No code matches. Nearest:', ...nearest].join('\n');
}

/** Pasted text goes back to a terminal: control characters could rewrite the screen, so show them escaped. */
function printable(text: string, max: number): string {
	const safe = text.replace(
		/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
	return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}
