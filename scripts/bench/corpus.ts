/**
 * A deterministic synthetic corpus of error-code sources, written in the seeds' formats, for
 * the scale benchmark and for testing the readers on thousands of codes. The same options
 * always give the same bytes: randomness comes from a seeded PRNG, never `Math.random`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How a primary source lays out its codes: the seeds' four layouts (the heading one with a
 * section title naming codes over a message table, and a message table naming none), and
 * two shapes of real venue pages: code lines in blockquotes, and a table of unsigned codes
 * with an HTTP status column listed again in Chinese (translations, prose ranges, a
 * message wrapped onto the next line).
 */
export type CorpusFormat =
	'heading' | 'line-dash' | 'line-bullet' | 'table' | 'blockquote' | 'two-language-table';

/** Rotated over the dialects: `bench --quick` (4 dialects) gets the first four, six or more get all. */
export const CORPUS_FORMATS: readonly CorpusFormat[] = [
	'heading',
	'two-language-table',
	'blockquote',
	'table',
	'line-dash',
	'line-bullet',
];

export interface CorpusOptions {
	/** Number of dialects (one primary source each; every second one also gets a secondary). */
	dialects: number;
	/** Total number of codes over all dialects, split as evenly as possible. */
	codes: number;
	seed: number | string;
}

export interface CorpusFile {
	/** File name inside the sources directory. */
	name: string;
	text: string;
}

/** One generated code, as the sources state it (for building comparison sites from the same data). */
export interface CorpusCode {
	dialect: string;
	code: number;
	/** The code as the source writes it. */
	id: string;
	/** Null for the table formats, whose rows carry a message but no name. */
	name: string | null;
	messages: string[];
	description: string | null;
	solution: string | null;
	section: string;
}

export interface CorpusDialect {
	id: string;
	name: string;
	format: CorpusFormat;
	/** Section titles in source order. */
	sections: string[];
}

/** What importing the corpus must yield per dialect: exact counts. */
export interface CorpusExpectation {
	codes: number;
	sections: number;
	ranges: number;
}

export interface Corpus {
	files: CorpusFile[];
	expected: Record<string, CorpusExpectation>;
	dialects: CorpusDialect[];
	/** Every code once, per dialect in ascending absolute value. */
	codes: CorpusCode[];
}

interface Range {
	from: number;
	to: number;
	category: string;
	text: string;
}

interface SectionPlan {
	title: string;
	codes: CorpusCode[];
	/** Unused numbers inside the section's span, for codes only a secondary source states. */
	free: number[];
	/** First and last number of the section's span. */
	span: [number, number];
}

type Random = () => number;

/** mulberry32: tiny, fast and well distributed enough for test data. */
function prng(seed: number | string): Random {
	let h = 2166136261;
	for (const ch of String(seed)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
	let a = h >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const int = (r: Random, min: number, max: number): number =>
	min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);

const SUBJECTS = [
	'order',
	'symbol',
	'price',
	'quantity',
	'leverage',
	'margin',
	'position',
	'timestamp',
	'signature',
	'API key',
	'listen key',
	'interval',
	'asset',
	'account',
	'withdrawal',
	'deposit',
	'sub-account',
	'client order id',
	'stop price',
	'trigger price',
	'notional',
	'request weight',
	'stream',
	'trading pair',
	'collateral',
	'funding rate',
	'take profit',
	'stop loss',
	'batch',
	'IP address',
	'permission',
	'contract',
	'option',
	'strike',
	'expiry',
	'premium',
	'instrument',
	'wallet',
	'transfer',
	'loan',
	'vault',
	'rebate',
	'quote',
	'block trade',
	'grid bot',
	'copy trade',
];
const NAME_WORDS = [
	'ORDER',
	'SYMBOL',
	'PRICE',
	'QTY',
	'LEVERAGE',
	'MARGIN',
	'POSITION',
	'TIMESTAMP',
	'SIGNATURE',
	'API_KEY',
	'LISTEN_KEY',
	'INTERVAL',
	'ASSET',
	'ACCOUNT',
	'WITHDRAW',
	'DEPOSIT',
	'SUB_ACCOUNT',
	'CLIENT_ID',
	'STOP_PRICE',
	'TRIGGER',
	'NOTIONAL',
	'WEIGHT',
	'STREAM',
	'PAIR',
	'COLLATERAL',
	'FUNDING',
	'TP',
	'SL',
	'BATCH',
	'IP',
	'PERMISSION',
	'CONTRACT',
	'OPTION',
	'STRIKE',
	'EXPIRY',
	'PREMIUM',
	'INSTRUMENT',
	'WALLET',
	'TRANSFER',
	'LOAN',
	'VAULT',
	'REBATE',
	'QUOTE',
	'BLOCK',
	'GRID',
	'COPY',
	'REDUCE_ONLY',
	'HEDGE_MODE',
	'GTD',
	'FOK',
	'POST_ONLY',
	'BBO',
	'STP',
	'KYC',
];
const QUALIFIERS = [
	'INVALID',
	'NOT_FOUND',
	'TOO_MANY',
	'EXCEEDED',
	'REJECTED',
	'LOCKED',
	'EMPTY',
	'MISMATCH',
	'UNSUPPORTED',
	'DUPLICATE',
	'EXPIRED',
	'TOO_LOW',
	'TOO_HIGH',
	'NOT_ALLOWED',
	'DISABLED',
	'PENDING',
	'FAILED',
	'BAD',
];
const MESSAGES: ((s: string, t: string) => string)[] = [
	(s) => `Invalid ${s}.`,
	(s, t) => `The ${s} is not valid for this ${t}.`,
	(s) => `${cap(s)} exceeds the maximum of %s.`,
	(s) => `${cap(s)} must be greater than %d.`,
	(s) => `Too many ${s} requests; current limit is %d per %s.`,
	(s) => `${cap(s)} not found.`,
	(s) => `${cap(s)} is temporarily unavailable; please retry later.`,
	(s, t) => `Cannot change ${s} while a ${t} is open.`,
	(s, t) => `${cap(s)} %s does not match ${t} %s.`,
	(s) => `${cap(s)} is locked until %s.`,
	(s, t) => `Unsupported ${s} for ${t}.`,
	(s) => `Duplicate ${s}.`,
	(s, t) => `${cap(s)} precision is over the maximum defined for this ${t}.`,
	(s) => `Request rejected: ${s} is outside the allowed range.`,
	(s, t) => `The ${t} has no ${s} available at this time.`,
];
const DESCRIPTIONS: ((s: string) => string)[] = [
	(s) => `The ${s} failed validation`,
	(s) => `The ${s} is not accepted`,
	(s) => `The ${s} limit was reached`,
	(s) => `No ${s} matches the request`,
];
const SOLUTIONS: ((s: string) => string)[] = [
	(s) => `Check the ${s} and retry`,
	(s) => `Reduce the ${s}`,
	() => 'Contact support if persistent',
	(s) => `Query the current ${s} first`,
	() => 'Wait and retry with exponential backoff',
];
/** Messages a `Messages for ...` section attaches to the codes its title names. */
const MATCHING_MESSAGES = ['Unknown order sent.', 'Duplicate order sent.', 'Market is closed.'];
const FILTERS = ['PRICE_FILTER', 'LOT_SIZE', 'MIN_NOTIONAL'];
const CHINESE = [
	'订单不存在',
	'余额不足',
	'参数错误',
	'系统繁忙',
	'交易对不存在',
	'请求过于频繁',
	'权限不足',
];
const TOPICS = [
	'General Server or Network',
	'Request Parameter',
	'Authentication',
	'Order Processing',
	'Position',
	'Margin',
	'Risk Control',
	'Filter',
	'Account',
	'Wallet',
	'Options',
	'WebSocket',
	'Sub-account',
	'Market Data',
	'Conditional Order',
	'Compliance',
	'Earn',
	'Copy Trading',
];
const KINDS = ['issues', 'Errors', 'Rejections', 'Validation', 'Limits'];

/** A name not used yet in this dialect: qualifier and one or two subject words, in either order. */
function makeName(r: Random, used: Set<string>): string {
	for (;;) {
		const words = [pick(r, NAME_WORDS)];
		const second = pick(r, NAME_WORDS);
		if (r() < 0.4 && second !== words[0]) words.push(second);
		const q = pick(r, QUALIFIERS);
		const name = r() < 0.5 ? [q, ...words].join('_') : [...words, q].join('_');
		if (!used.has(name)) {
			used.add(name);
			return name;
		}
	}
}

function makeMessage(r: Random): string {
	return pick(r, MESSAGES)(pick(r, SUBJECTS), pick(r, SUBJECTS));
}

/** Sections with their codes: each spans consecutive hundreds (`40xx` may hold -4001 to -4399). */
function planSections(
	r: Random,
	dialect: string,
	count: number,
	format: CorpusFormat,
): SectionPlan[] {
	const titles = TOPICS.flatMap((t) => KINDS.map((k) => `${t} ${k}`));
	const names = new Set<string>();
	const plans: SectionPlan[] = [];
	// Venues with unsigned codes number them in five digits (50000, 58002).
	const unsigned = format === 'two-language-table';
	const tabular = format === 'table' || unsigned;
	const sign = unsigned ? 1 : -1;
	let block = unsigned ? int(r, 500, 520) : int(r, 10, 12);
	let left = count;
	for (let i = 0; left > 0; i++) {
		const size = Math.min(left, int(r, 20, 250));
		left -= size;
		const span = Math.ceil(size / 70);
		const slots: number[] = [];
		for (let n = block * 100; n < (block + span) * 100; n++) slots.push(sign * n);
		for (let k = slots.length - 1; k > 0; k--) {
			const j = int(r, 0, k);
			[slots[k], slots[j]] = [slots[j], slots[k]];
		}
		const taken = slots.slice(0, size).sort((a, b) => Math.abs(a) - Math.abs(b));
		const titleBase = titles.splice(int(r, 0, titles.length - 1), 1)[0] ?? `Reserved Block ${i}`;
		const title = `${block}xx - ${titleBase}`;
		const codes = taken.map((code): CorpusCode => {
			const messages = [makeMessage(r)];
			while (!tabular && messages.length < 3 && r() < 0.3) {
				// Variants differ: the readers keep one of two equal bullets.
				const message = makeMessage(r);
				if (!messages.includes(message)) messages.push(message);
			}
			const s = pick(r, SUBJECTS);
			return {
				dialect,
				code,
				id: String(code),
				section: title,
				messages,
				name: tabular ? null : makeName(r, names),
				description: format === 'table' ? pick(r, DESCRIPTIONS)(s) : null,
				solution: format === 'table' ? pick(r, SOLUTIONS)(s) : null,
			};
		});
		plans.push({
			title,
			codes,
			free: slots.slice(size).sort((a, b) => Math.abs(a) - Math.abs(b)),
			span: [block * 100, (block + span) * 100 - 1],
		});
		block += span + int(r, 0, 2);
	}
	return plans;
}

const FRONT = (id: string, name: string, role: string, title: string, url: string | null): string =>
	[
		'---',
		`dialect: ${id}`,
		`dialectName: ${name}`,
		`vendor: Synthetic Vendor ${id.slice(-2)}`,
		`role: ${role}`,
		`title: ${title}`,
		...(url ? [`url: ${url}`] : []),
		'---',
		'',
	].join('\n');

const mdEscape = (s: string): string => s.replace(/_/g, '\\_');

/** The primary source in one of the seeds' layouts; intros copy the seeds' own wording. */
function writePrimary(format: CorpusFormat, sections: SectionPlan[], r: Random): string {
	const out: string[] = [];
	if (format === 'heading') {
		out.push(
			'# Error Codes',
			'',
			'## Error Codes',
			'',
			'> Here is the error JSON payload:',
			'',
			'```',
			'{  "code":-1121,  "msg":"Invalid symbol."}',
			'```',
			'',
			'Errors consist of two parts: an error code and a message.  ',
			'Codes are universal,but messages can vary.',
			'',
		);
		for (const s of sections) {
			out.push(`### ${s.title}`, '');
			for (const c of s.codes) {
				out.push(`#### \\${c.code} ${mdEscape(c.name ?? '')}`, '');
				for (const m of c.messages) out.push(`-   ${r() < 0.5 ? m.replace('%s', '`%s`') : m}`);
				out.push('');
			}
		}
		// Codes a section title names carry the messages of the table below it; a table naming no code is the dialect's.
		const named = sections[0].codes.slice(0, 2);
		out.push(
			`## Messages for ${named.map((c) => `${c.code} ${c.name}`).join(' and ')}`,
			'',
			'Error message | Description',
			'------------ | ------------',
		);
		for (const m of MATCHING_MESSAGES)
			out.push(`"${m}" | ${pick(r, DESCRIPTIONS)(pick(r, SUBJECTS))}`);
		for (const c of named) c.messages.push(...MATCHING_MESSAGES);
		out.push('', '## Filter failures', '', '| Error message | Description |', '| --- | --- |');
		for (const f of FILTERS)
			out.push(`| "Filter failure: ${f}" | The order does not pass the ${f} filter. |`);
		out.push('');
	} else if (format === 'blockquote') {
		out.push(
			'# Error Codes',
			'',
			'> Here is the error JSON payload:',
			'',
			'```',
			'{"code":-1121,"msg":"Invalid symbol."}',
			'```',
			'',
		);
		for (const s of sections) {
			out.push(`## ${s.title}`, '');
			for (const c of s.codes)
				out.push(`> ${c.code} ${c.name}`, '', ...c.messages.map((m) => `* ${m}`), '');
		}
	} else if (format === 'two-language-table') {
		const half = (
			titleOf: (s: SectionPlan, i: number) => string,
			rangeOf: (s: SectionPlan) => string,
			header: string,
			text: (c: CorpusCode, i: number) => string,
		) => {
			sections.forEach((s, i) => {
				out.push(`# ${titleOf(s, i)}`, '', `${rangeOf(s)}  `, '', header, '---|---|---  ');
				s.codes.forEach((c, j) => {
					const message = text(c, j);
					// Every seventh row wraps its message onto the next line, as exported pages do.
					const cut = message.indexOf(' ', message.length / 2);
					if (j % 7 === 3 && cut > 0) {
						out.push(`${c.code} | 200 | ${message.slice(0, cut)}  `, `${message.slice(cut + 1)}  `);
					} else out.push(`${c.code} | 200 | ${message}  `);
				});
				out.push('');
			});
		};
		half(
			(s) => s.title,
			(s) => `Error Code from ${s.span[0]} to ${s.span[1]}`,
			'Error Code | HTTP Status Code | Error Message  ',
			(c) => c.messages[0],
		);
		out.push('---', '');
		half(
			(_, i) => `错误类别 ${i + 1}`,
			(s) => `错误码从 ${s.span[0]} 到 ${s.span[1]}`,
			'错误码 | HTTP 状态码 | 错误提示  ',
			(_, j) => `${pick(r, CHINESE)}，请检查参数${j}`,
		);
	} else if (format === 'line-dash') {
		out.push(
			'Error Codes',
			'Here is the error JSON payload:',
			'{',
			'"code":-1121,',
			'"msg":"Invalid symbol."',
			'}',
			'Errors consist of two parts: an error code and a message.',
			'Codes are universal,but messages can vary.',
		);
		for (const s of sections) {
			out.push(s.title);
			for (const c of s.codes) out.push(`${c.code} ${c.name}`, ...c.messages.map((m) => `- ${m}`));
		}
	} else if (format === 'line-bullet') {
		out.push(
			'Skip to main content',
			'Version: V3',
			'',
			'Error Codes',
			'',
			'Here is the error JSON payload:',
			'',
			'{',
			'"code": -1121,',
			'"msg": "Invalid symbol."',
			'}',
			'',
			'Errors consist of two parts: an error code and a message. Codes are universal, but messages can vary.',
			'',
		);
		for (const s of sections) {
			out.push(s.title, '');
			for (const c of s.codes)
				out.push(`${c.code} ${c.name}`, '', ...c.messages.map((m) => `  • ${m}`), '');
		}
	} else {
		out.push(
			'Error Codes Reference',
			'All API responses follow a standard format. When an error occurs, the response includes an error code and message.',
			'Response Format',
			'Success Response',
			'{',
			'"code": 0,',
			'"msg": "success",',
			'"data": { }',
			'}',
			'Error Response',
			'{',
			'"code": -1001,',
			'"msg": "Disconnected from server"',
			'}',
		);
		for (const s of sections) {
			out.push(s.title, '| Code | Message | Description | Solution |', '|---|---|---|---|');
			for (const c of s.codes)
				out.push(`${c.code} | ${c.messages[0]} | ${c.description} | ${c.solution} |`);
		}
		out.push(
			'HTTP Status Codes',
			'In addition to API error codes, standard HTTP status codes indicate request outcomes:',
			'| Status | Meaning | Description |',
			'|---|---|---|',
			'200 | OK | Request successful |',
			'400 | Bad Request | Invalid request parameters |',
			'429 | Too Many Requests | Rate limit exceeded |',
			'503 | Service Unavailable | Service temporarily unavailable |',
		);
	}
	return out.join('\n') + '\n';
}

/**
 * A summary source in the style of binance-usdm-summary.md: a table restating some primary codes
 * (pairs as `-a/-b` with `A / B` names), adding a few codes the primary lacks, and a prose-cell
 * table of ranges (`-4001 to -4014: ...`) under a second section. Returns the added codes too.
 */
function writeSecondary(
	r: Random,
	dialect: string,
	sections: SectionPlan[],
): { text: string; added: CorpusCode[]; ranges: Range[] } {
	const withCodes = sections.filter((s) => s.codes.length >= 6 && s.free.length >= 2);
	const first = withCodes[0] ?? sections[0];
	const second = sections.length > 1 ? sections[sections.length - 1] : first;
	const out = [
		first.title,
		'Primarily related to the requests this section covers.',
		'| Error Code | Error Name | Description / Reason |',
		'|---|---|---|',
	];
	const names = new Set(sections.flatMap((s) => s.codes.map((c) => c.name ?? '')));
	// A table-format primary has no names: the summary supplies them, as secondaries add what primaries lack.
	const summarize = (c: CorpusCode): string => c.name ?? makeName(r, names);
	for (let i = 0; i + 1 < Math.min(first.codes.length, 6); i += 2) {
		const [a, b] = [first.codes[i], first.codes[i + 1]];
		if (i === 0) out.push(`| ${a.code} | ${summarize(a)} | ${cap(a.messages[0])} |`);
		else
			out.push(
				`| ${a.code}/${b.code} | ${summarize(a)} / ${summarize(b)} | ${a.messages[0]} Or: ${b.messages[0]} |`,
			);
	}
	const added = first.free.slice(0, Math.min(2, first.free.length)).map((code): CorpusCode => ({
		dialect,
		code,
		id: String(code),
		name: makeName(r, names),
		messages: [],
		description: makeMessage(r),
		solution: null,
		section: first.title,
	}));
	for (const c of added) out.push(`| ${c.code} | ${c.name} | ${c.description} |`);
	const ranges: Range[] = [];
	const sign = Math.sign(second.codes[0].code);
	const lo = Math.abs(second.codes[0].code);
	const hi = Math.abs(second.codes[second.codes.length - 1].code);
	let at = lo;
	const count = int(r, 2, 4);
	for (let i = 0; i < count && at + 3 <= hi; i++) {
		const from = at + int(r, 0, 3);
		const to = Math.min(hi, from + int(r, 3, 20));
		ranges.push({
			from: sign * from,
			to: sign * to,
			category: `${pick(r, TOPICS)} Limits`,
			text: makeMessage(r),
		});
		at = to + 2;
	}
	out.push(
		second.title,
		'The largest category, summarized by range.',
		'| Error Category | Common Error Codes and Summary |',
		'|---|---|',
	);
	for (let i = 0; i < ranges.length; i++) {
		const g = ranges[i];
		const next = ranges[i + 1];
		// Two ranges in one cell, as the seed does, when a pair is left.
		if (next && i % 3 === 1) {
			out.push(
				`| ${g.category} | ${g.from} to ${g.to}: ${g.text} ${next.from} to ${next.to}: ${next.text} |`,
			);
			i++;
		} else out.push(`| ${g.category} | ${g.from} to ${g.to}: ${g.text} |`);
	}
	return { text: ['Error Codes', ...out].join('\n') + '\n', added, ranges };
}

/** Generates K dialects and N codes in total; same options, same bytes. */
export function generateCorpus(options: CorpusOptions): Corpus {
	const { dialects: k, codes: n, seed } = options;
	if (!Number.isInteger(k) || k < 1)
		throw new Error(`corpus: dialects must be a positive integer, got ${k}`);
	if (!Number.isInteger(n) || n < k * 10)
		throw new Error(`corpus: codes must be an integer of at least 10 per dialect, got ${n}`);
	const r = prng(seed);
	const files: CorpusFile[] = [];
	const expected: Record<string, CorpusExpectation> = {};
	const dialects: CorpusDialect[] = [];
	const codes: CorpusCode[] = [];
	for (let i = 0; i < k; i++) {
		const id = `synth-${String(i + 1).padStart(2, '0')}`;
		const name = `Synthetic Venue ${String(i + 1).padStart(2, '0')}`;
		const format = CORPUS_FORMATS[i % CORPUS_FORMATS.length];
		const count = Math.floor(n / k) + (i < n % k ? 1 : 0);
		const sections = planSections(r, id, count, format);
		const url =
			format === 'heading' || format === 'line-dash'
				? `https://example.com/${id}/error-codes`
				: null;
		files.push({
			name: `${id}.md`,
			text: FRONT(id, name, 'primary', 'Error Codes', url) + writePrimary(format, sections, r),
		});
		const all = sections.flatMap((s) => s.codes);
		// The two-language page states each section's span as a range, in both languages (read once).
		let ranges = format === 'two-language-table' ? sections.length : 0;
		const extraSections = format === 'heading' ? 1 : 0;
		if (i % 2 === 1 && format !== 'two-language-table') {
			const secondary = writeSecondary(r, id, sections);
			files.push({
				name: `${id}-summary.md`,
				text: FRONT(id, name, 'secondary', 'Error Codes (summary)', null) + secondary.text,
			});
			all.push(...secondary.added);
			ranges += secondary.ranges.length;
		}
		all.sort((a, b) => Math.abs(a.code) - Math.abs(b.code));
		codes.push(...all);
		expected[id] = { codes: all.length, sections: sections.length + extraSections, ranges };
		dialects.push({ id, name, format, sections: sections.map((s) => s.title) });
	}
	return { files, expected, dialects, codes };
}

/** Writes the corpus's files into `dir` (created if missing). */
export function writeCorpus(dir: string, corpus: Pick<Corpus, 'files'>): void {
	mkdirSync(dir, { recursive: true });
	for (const f of corpus.files) writeFileSync(join(dir, f.name), f.text);
}
