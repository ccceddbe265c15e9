import { loadAtlas } from '../lib/atlas.ts';
import { rangesCovering, type RangeHit } from '../lib/compare/compare.ts';
import { createDecoder, decodeExtracted } from '../lib/decode/decode.ts';
import type { CodeEntry, Dialect } from '../lib/model/model.ts';
import type { CliIo } from './io.ts';

const USAGE = `usage: error-atlas lookup [--json] <code>
  Every dialect's meaning of one number; 1121 and -1121 are the same number.
  Exit status: 0 when a dialect knows it, 1 when none does, 2 on bad usage or sources.`;

/** `error-atlas lookup [--json] <code>`: every dialect's codes with that number, and the ranges holding it. */
export async function run(args: string[], io: CliIo): Promise<number> {
	const json = args.includes('--json');
	if (args.includes('--help') || args.includes('-h')) {
		io.out(USAGE);
		return 0;
	}
	const values = args.filter((arg) => arg !== '--json' && arg !== '--');
	const number = values.length === 1 ? parseCode(values[0]) : null;
	if (number === null) {
		io.err(USAGE);
		return 2;
	}
	let atlas: { dialects: Dialect[]; codes: CodeEntry[] };
	try {
		atlas = loadAtlas(io.sourcesDir);
	} catch (error) {
		io.err(error instanceof Error ? error.message : String(error));
		return 2;
	}
	const entries = atlas.codes.filter((entry) => Math.abs(entry.code) === number);
	const ranges = rangesCovering(atlas.dialects, -number);
	if (json) {
		io.out(JSON.stringify({ code: -number, entries, ranges }, null, 2));
	} else if (entries.length > 0 || ranges.length > 0) {
		io.out(toText(number, entries, ranges));
	} else {
		io.out(notFound(atlas.codes, number));
	}
	return entries.length > 0 || ranges.length > 0 ? 0 : 1;
}

/** `1121`, `-1121` and `+1121` all name the number; the sign is how APIs print it, not a different code. */
function parseCode(text: string): number | null {
	if (!/^[-+]?\d{1,9}$/.test(text.trim())) return null;
	return Math.abs(Number(text.trim()));
}

function toText(number: number, entries: CodeEntry[], ranges: RangeHit[]): string {
	const dialects = new Set([...entries.map((entry) => entry.dialect), ...ranges.map((range) => range.dialect)]);
	const lines = [`${-number}: ${dialects.size} dialect${dialects.size === 1 ? '' : 's'}  (/codes/${-number}/)`];
	for (const entry of entries) {
		const label = entry.name ?? entry.title;
		const meaning = [entry.messages[0], entry.description, entry.summary?.text].find((text) => text && text !== label);
		lines.push(`  ${entry.dialect} ${entry.code} ${label}${meaning ? `: ${meaning}` : ''}`);
		lines.push(`    ${entry.url}`);
	}
	for (const range of ranges) {
		lines.push(`  ${range.dialect} ${range.from} to ${range.to} (a range): ${range.title}${range.description ? `: ${range.description}` : ''}`);
	}
	return lines.join('\n');
}

function notFound(codes: CodeEntry[], number: number): string {
	const { suggestions } = decodeExtracted(createDecoder(codes), { code: -number, message: null });
	const nearest = suggestions.map((s) => `  ${s.dialect} ${s.code} ${s.title}  ${s.url}`);
	return [`No dialect defines ${-number}.`, ...(nearest.length > 0 ? ['Nearest:', ...nearest] : [])].join('\n');
}
