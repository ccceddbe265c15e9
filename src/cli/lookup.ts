import { loadAtlas } from '../lib/atlas.ts';
import { rangesCovering, type RangeHit } from '../lib/compare/compare.ts';
import { createDecoder, decodeExtracted } from '../lib/decode/decode.ts';
import { decodeTargets } from '../lib/decode/targets.ts';
import type { CodeEntry, Dialect } from '../lib/model/model.ts';
import type { CliIo } from './io.ts';

const USAGE = `usage: error-atlas lookup [--json] <code>
  Every dialect's meaning of one signed number (-1121 and 1121 are different numbers;
  1121 finds -1121 when no dialect defines 1121, since people drop the minus).
  Exit status: 0 when a dialect knows it, 1 when none does, 2 on bad usage or sources.`;

/** `error-atlas lookup [--json] <code>`: every dialect's codes with that number, and the ranges holding it. */
export async function run(args: string[], io: CliIo): Promise<number> {
	const json = args.includes('--json');
	if (args.includes('--help') || args.includes('-h')) {
		io.out(USAGE);
		return 0;
	}
	const values = args.filter((arg) => arg !== '--json' && arg !== '--');
	const asked = values.length === 1 ? parseCode(values[0]!) : null;
	if (asked === null) {
		io.err(values.length === 1 ? `not a code: "${values[0]}" (a code is a whole number, e.g. -1121 or 50013)\n${USAGE}` : USAGE);
		return 2;
	}
	let atlas: { dialects: Dialect[]; codes: CodeEntry[] };
	try {
		atlas = loadAtlas(io.sourcesDir);
	} catch (error) {
		io.err(error instanceof Error ? error.message : String(error));
		return 2;
	}
	const defined = (value: number) => atlas.codes.some((entry) => entry.code === value) || rangesCovering(atlas.dialects, value).length > 0;
	const number = asked > 0 && !defined(asked) && defined(-asked) ? -asked : asked;
	const entries = atlas.codes.filter((entry) => entry.code === number);
	const ranges = rangesCovering(atlas.dialects, number);
	if (json) {
		io.out(JSON.stringify({ code: number, entries, ranges }, null, 2));
	} else if (entries.length > 0 || ranges.length > 0) {
		io.out(toText(number, entries, ranges));
	} else {
		io.out(notFound(atlas.codes, number));
	}
	return entries.length > 0 || ranges.length > 0 ? 0 : 1;
}

/** `-1121`, `50013`, `+50013`, `30012_4` (its number, 30012). */
function parseCode(text: string): number | null {
	const match = /^([-+]?\d{1,9})(?:_\d{1,4})?$/.exec(text.trim());
	return match ? Number(match[1]) || 0 : null;
}

function toText(number: number, entries: CodeEntry[], ranges: RangeHit[]): string {
	const dialects = new Set([...entries.map((entry) => entry.dialect), ...ranges.map((range) => range.dialect)]);
	const lines = [`${number}: ${dialects.size} dialect${dialects.size === 1 ? '' : 's'}  (/codes/${number}/)`];
	for (const entry of entries) {
		const label = entry.name ?? entry.title;
		const meaning = [entry.messages[0], entry.description, entry.summary?.text].find((text) => text && text !== label);
		lines.push(`  ${entry.dialect} ${entry.id} ${label}${meaning ? `: ${meaning}` : ''}${entry.deprecated ? ' (deprecated)' : ''}`);
		lines.push(`    ${entry.url}`);
	}
	for (const range of ranges) {
		lines.push(`  ${range.dialect} ${range.from} to ${range.to} (a range): ${range.title}${range.description ? `: ${range.description}` : ''}`);
	}
	return lines.join('\n');
}

function notFound(codes: CodeEntry[], number: number): string {
	const { suggestions } = decodeExtracted(createDecoder(decodeTargets(codes)), { code: number, message: null });
	const nearest = suggestions.map((s) => `  ${s.dialect} ${s.id} ${s.title}  ${s.url}`);
	return [`No dialect defines ${number}.`, ...(nearest.length > 0 ? ['Nearest:', ...nearest] : [])].join('\n');
}
