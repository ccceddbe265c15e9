/** Text helpers shared by the readers: titles, slugs, templates and encoding repair. */

const SMALL_WORDS = new Set([
	'a',
	'an',
	'and',
	'or',
	'of',
	'the',
	'to',
	'in',
	'for',
	'on',
	'with',
	'by',
	'vs',
]);

/** `10xx - General ...`, `3xxx-5xxx Filters`, `General Errors (1xxx)`: a title naming a block of codes. */
export function isBlockTitle(text: string): boolean {
	return /^\d+x{1,4}\b/i.test(text) || /\(\d*x{2,4}\)\s*$/i.test(text);
}

/** `Best Practices`, `HTTP Status Codes`: a short capitalized line with no sentence punctuation. */
export function isTitleLike(text: string): boolean {
	const words = text.trim().split(/\s+/);
	if (words.length === 0 || words.length > 6 || /[.:;,!?=(){}"'`]$/.test(text.trim())) return false;
	if (!/^[A-Z]/.test(words[0])) return false;
	return words.every((word) => /^[A-Z0-9][\w&/-]*$/.test(word) || SMALL_WORDS.has(word));
}

/**
 * Stable URL segment for a title: `10xx - General issues` -> `10xx-general-issues`; letters
 * of any script stay (`资金类`), accents are dropped (`Résumé` -> `resume`).
 */
export function slugify(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '') || 'section'
	);
}

// Bytes 0x80-0x9f as Windows-1252 shows them; UTF-8 text read as 1252 turns into these.
const CP1252: Record<string, number> = {
	'€': 0x80,
	'‚': 0x82,
	ƒ: 0x83,
	'„': 0x84,
	'…': 0x85,
	'†': 0x86,
	'‡': 0x87,
	ˆ: 0x88,
	'‰': 0x89,
	Š: 0x8a,
	'‹': 0x8b,
	Œ: 0x8c,
	Ž: 0x8e,
	'‘': 0x91,
	'’': 0x92,
	'“': 0x93,
	'”': 0x94,
	'•': 0x95,
	'–': 0x96,
	'—': 0x97,
	'˜': 0x98,
	'™': 0x99,
	š: 0x9a,
	'›': 0x9b,
	œ: 0x9c,
	ž: 0x9e,
	Ÿ: 0x9f,
};
const CONTINUATION = `[\\u0080-\\u00bf${Object.keys(CP1252).join('')}]`;
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00f4]${CONTINUATION}{1,3}`, 'g');

function byteOf(char: string): number | undefined {
	const code = char.codePointAt(0)!;
	return CP1252[char] ?? (code <= 0xff ? code : undefined);
}

/**
 * Repairs UTF-8 that was decoded as Windows-1252 somewhere upstream (`ã€‚` -> `。`).
 * Only sequences that decode to valid UTF-8 are touched, so real accented text stays.
 */
export function repairEncoding(text: string): {
	text: string;
	repairs: Array<{ from: string; to: string }>;
} {
	const repairs: Array<{ from: string; to: string }> = [];
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const repaired = text.replace(MOJIBAKE, (match) => {
		const bytes = [...match].map(byteOf);
		if (bytes.some((byte) => byte === undefined)) return match;
		try {
			const decoded = decoder.decode(new Uint8Array(bytes as number[]));
			if ([...decoded].length !== 1) return match;
			repairs.push({ from: match, to: decoded });
			return decoded;
		} catch {
			return match;
		}
	});
	return { text: repaired, repairs };
}
