import { loadAtlas } from '../lib/atlas.ts';
import {
	compareNumbers,
	hasNumberPage,
	rangesCovering,
	type NumberRow,
	type RangeHit,
} from '../lib/compare/compare.ts';
import { describeCcxt } from '../lib/ccxt/classify.ts';
import { codeSlug, numberPath, sectionPath } from '../lib/model/urls.ts';
import { createDecoder, decodeExtracted } from '../lib/decode/decode.ts';
import { decodeTargets } from '../lib/decode/targets.ts';
import type { CodeEntry, Dialect } from '../lib/model/model.ts';
import type { CliIo } from './io.ts';
import { pageUrl } from './page-url.ts';

const USAGE = `usage: error-atlas lookup [--json] <code>
  Every dialect's meaning of one signed number (-1121 and 1121 are different numbers;
  1121 finds -1121 when no dialect defines 1121, since people drop the minus), or the
  dialects' codes with one string id ("EOrder:Insufficient funds", or its URL spelling
  eorder-insufficient-funds; case does not matter).
  Exit status: 0 when a dialect knows it, 1 when none does, 2 on bad usage or sources.`;

/** `error-atlas lookup [--json] <code>`: every dialect's codes with that number, and the ranges holding it. */
export async function run(args: string[], io: CliIo): Promise<number> {
	const json = args.includes('--json');
	if (args.includes('--help') || args.includes('-h')) {
		io.out(USAGE);
		return 0;
	}
	const values = args.filter((arg) => arg !== '--json' && arg !== '--');
	const asked = values.length === 1 ? parseCode(values[0]) : null;
	const text = values.length === 1 ? values[0].trim() : '';
	if (asked === null && codeSlug(text) === '') {
		const what =
			values.length === 0
				? 'missing the code to look up'
				: values.length > 1
					? `one code at a time, got ${values.length}: ${values.join(' ')}`
					: `not a code: "${values[0]}" (a code is a whole number, e.g. -1121 or 50013, or a venue's string code, e.g. "EOrder:Insufficient funds")`;
		io.err(`${what}\n${USAGE}`);
		return 2;
	}
	let atlas: { dialects: Dialect[]; codes: CodeEntry[] };
	try {
		atlas = loadAtlas(io.sourcesDir);
	} catch (error) {
		io.err(error instanceof Error ? error.message : String(error));
		return 2;
	}
	if (asked === null) return lookupString(text, atlas, json, io);
	const defined = (value: number) =>
		atlas.codes.some((entry) => entry.code === value) ||
		rangesCovering(atlas.dialects, value).length > 0;
	const number = asked > 0 && !defined(asked) && defined(-asked) ? -asked : asked;
	const entries = atlas.codes.filter((entry) => entry.code === number);
	const ranges = rangesCovering(atlas.dialects, number);
	if (json) {
		io.out(JSON.stringify({ code: number, entries, ranges }, null, 2));
	} else if (entries.length > 0 || ranges.length > 0) {
		io.out(toText(number, atlas, ranges));
	} else {
		io.out(notFound(atlas.codes, number));
	}
	return entries.length > 0 || ranges.length > 0 ? 0 : 1;
}

/** The codes whose string id is `text`, as written or as its URL slug, case aside. */
function lookupString(
	text: string,
	atlas: { dialects: Dialect[]; codes: CodeEntry[] },
	json: boolean,
	io: CliIo,
): number {
	const folded = text.toLowerCase();
	const slug = codeSlug(text);
	const entries = atlas.codes.filter(
		(entry) =>
			entry.code === null && (entry.id.toLowerCase() === folded || codeSlug(entry.id) === slug),
	);
	if (json) io.out(JSON.stringify({ id: text, entries, ranges: [] }, null, 2));
	else if (entries.length === 0) io.out(`No dialect has the code "${text}".`);
	else {
		const names = new Map(atlas.dialects.map((dialect) => [dialect.id, dialect.name]));
		const lines = [`${text}: ${entries.length} code${entries.length === 1 ? '' : 's'}`];
		for (const entry of entries) {
			const meaning = [entry.messages[0], entry.description, entry.summary?.text].find(
				(value) => value && value !== entry.title,
			);
			lines.push(
				`  ${names.get(entry.dialect) ?? entry.dialect} ${entry.id} ${entry.title}${meaning ? `: ${meaning}` : ''}${entry.deprecated ? ' (deprecated)' : ''}`,
			);
			lines.push(`    ${pageUrl(entry.url)}`);
			if (entry.ccxt) lines.push(`    ${describeCcxt(entry.ccxt)}`);
		}
		io.out(lines.join('\n'));
	}
	return entries.length > 0 ? 0 : 1;
}

/** `-1121`, `50013`, `+50013`, `30012_4` (its number, 30012). */
function parseCode(text: string): number | null {
	const match = /^([-+]?\d{1,9})(?:_\d{1,4})?$/.exec(text.trim());
	return match ? Number(match[1]) || 0 : null;
}

const VERDICT: Record<NumberRow['verdict'], string> = {
	same: 'the same meaning in every dialect that defines it',
	different: 'different meanings across dialects',
	single: 'defined by one dialect only',
};

function toText(
	number: number,
	atlas: { dialects: Dialect[]; codes: CodeEntry[] },
	ranges: RangeHit[],
): string {
	const names = new Map(atlas.dialects.map((dialect) => [dialect.id, dialect.name]));
	const row = compareNumbers(
		atlas.dialects,
		atlas.codes.filter((entry) => entry.code === number),
	)[0];
	const entries = row?.entries ?? [];
	const dialects = new Set([
		...entries.map((entry) => entry.dialect),
		...ranges.map((range) => range.dialect),
	]);
	// A number only one code has has no page of its own: the code's address follows below.
	const page = row && hasNumberPage(row) ? `  ${pageUrl(numberPath(number))}` : '';
	const lines = [`${number}: ${dialects.size} dialect${dialects.size === 1 ? '' : 's'}${page}`];
	if (row) {
		const meanings =
			row.meanings.length > 1
				? ` (${row.meanings.map((meaning) => `${meaning.label}: ${meaning.entries.map((entry) => names.get(entry.dialect) ?? entry.dialect).join(', ')}`).join('; ')})`
				: '';
		lines.push(`  Verdict: ${VERDICT[row.verdict]}${meanings}`);
	}
	const labelOf = new Map(
		row?.meanings.flatMap((meaning) => meaning.entries.map((entry) => [entry, meaning.label])) ??
			[],
	);
	for (const entry of entries) {
		const label = entry.name ?? entry.title;
		const meaning = [entry.messages[0], entry.description, entry.summary?.text].find(
			(text) => text && text !== label,
		);
		const mark = row && row.meanings.length > 1 ? `[${labelOf.get(entry)}] ` : '';
		lines.push(
			`  ${mark}${names.get(entry.dialect) ?? entry.dialect} ${entry.id} ${label}${meaning ? `: ${meaning}` : ''}${entry.deprecated ? ' (deprecated)' : ''}`,
		);
		lines.push(`    ${pageUrl(entry.url)}`);
		if (entry.ccxt) lines.push(`    ${describeCcxt(entry.ccxt)}`);
	}
	for (const range of ranges) {
		lines.push(
			`  ${names.get(range.dialect) ?? range.dialect} ${range.from} to ${range.to} (a range, not a documented code): ${range.title}${range.description ? `: ${range.description}` : ''}`,
		);
		lines.push(`    ${pageUrl(sectionPath(range.dialect, range.section.id))}`);
	}
	return lines.join('\n');
}

function notFound(codes: CodeEntry[], number: number): string {
	const { suggestions } = decodeExtracted(createDecoder(decodeTargets(codes)), {
		code: number,
		message: null,
	});
	const nearest = suggestions.map((s) => `  ${s.dialect} ${s.id} ${s.title}  ${pageUrl(s.url)}`);
	return [
		`No dialect defines ${number}.`,
		...(nearest.length > 0 ? ['Nearest:', ...nearest] : []),
	].join('\n');
}
