import { entryText, isAttached, type ReadEntry } from './entry.ts';
import { languageOf } from './language.ts';
import type { ReadResult, ReadSection } from './reader-output.ts';

/**
 * Puts together what one source says about a code in several places:
 * - the same code again in another language (an English half, then a Chinese half) is a
 *   translation of the first listing, never a second meaning;
 * - a code a section title names (`Messages for -1010 ...`) adds to its own listing;
 * - the same code in another section with other texts (venues whose sections are products)
 *   keeps both texts, each with its section;
 * - the same code twice with the same meaning is merged; two names for one meaning is a
 *   problem to fix in the source.
 */
export function mergeListings(file: string, result: ReadResult, lang: string): void {
	const first = new Map<string, ReadEntry>();
	const kept: ReadEntry[] = [];
	for (const entry of result.entries) {
		const earlier = first.get(entry.id);
		if (!earlier) {
			first.set(entry.id, entry);
			kept.push(entry);
			continue;
		}
		if (
			addTranslation(earlier, entry, lang) ||
			addAttached(earlier, entry) ||
			reportOtherName(file, earlier, entry, result) ||
			addOtherTexts(earlier, entry)
		)
			continue;
		absorb(earlier, entry);
		earlier.notes.push(`Also listed on line ${entry.line}; the two listings are merged.`);
	}
	result.entries = kept;
	listSectionCodes(result.sections, kept);
	// A section that only held translations (the Chinese half's titles) has nothing of its own to show.
	result.sections = result.sections.filter(
		(section) =>
			section.codes.length > 0 ||
			result.ranges.some((range) => range.section.id === section.id) ||
			result.messageTables.some((table) => table.section.id === section.id),
	);
	result.ranges = result.ranges.filter(
		(range, i, all) =>
			all.findIndex((other) => other.from === range.from && other.to === range.to) === i,
	);
}

/** A second listing in another language is the first one's translation (the first in each language is kept). */
function addTranslation(earlier: ReadEntry, entry: ReadEntry, lang: string): boolean {
	const earlierLang = languageOf(entryText(earlier), lang);
	const entryLang = languageOf(entryText(entry), lang);
	if (entryLang === earlierLang || entryText(entry) === '') return false;
	if (!earlier.translations[entryLang]) {
		earlier.translations[entryLang] = {
			title: entry.title ?? entry.name,
			messages: entry.messages,
			description: entry.description,
		};
		earlier.notes.push(
			`Listed again in ${entryLang} on line ${entry.line}; kept as its translation.`,
		);
	}
	return true;
}

/** A code a section title names and its own listing are one: merged, in the section of its own listing. */
function addAttached(earlier: ReadEntry, entry: ReadEntry): boolean {
	if (!isAttached(entry) && !isAttached(earlier)) return false;
	absorb(earlier, entry);
	if (isAttached(earlier) && !isAttached(entry)) {
		// The code's own listing comes after the title that named it: it decides the section.
		earlier.section = entry.section;
		earlier.line = entry.line;
	}
	return true;
}

/** The same meaning under another name is a problem in the source, not a second listing. */
function reportOtherName(
	file: string,
	earlier: ReadEntry,
	entry: ReadEntry,
	result: ReadResult,
): boolean {
	if (!earlier.name || !entry.name || earlier.name === entry.name || !sameMeaning(earlier, entry))
		return false;
	result.problems.push({
		file,
		line: entry.line,
		message: `code ${entry.id} is named \`${entry.name}\` here but \`${earlier.name}\` on line ${earlier.line}`,
		hint: 'one source gives a code one name; fix the typo, or move the other meaning to its own source file',
	});
	return true;
}

/** Other texts in another section, under another name or with another description: both kept, each with its section. */
function addOtherTexts(earlier: ReadEntry, entry: ReadEntry): boolean {
	const otherDescription =
		earlier.description !== null &&
		entry.description !== null &&
		earlier.description !== entry.description;
	const otherName = earlier.name && entry.name && earlier.name !== entry.name;
	if (
		sameMeaning(earlier, entry) ||
		(entry.section.id === earlier.section.id && !otherName && !otherDescription)
	)
		return false;
	earlier.alsoIn.push({
		section: entry.section,
		name: entry.name,
		title: entry.title,
		messages: entry.messages,
		description: entry.description,
		solution: entry.solution,
		line: entry.line,
	});
	earlier.notes.push(
		`Listed again on line ${entry.line} (${entry.section.title}) with other texts; both are kept, each with its section.`,
	);
	return true;
}

/** Each section's codes once the listings are merged: those kept in it or also listed in it, in source order. */
function listSectionCodes(sections: ReadSection[], kept: ReadEntry[]): void {
	for (const section of sections) {
		const ids = new Set(
			kept.filter((entry) => entry.section.id === section.id).map((entry) => entry.id),
		);
		for (const entry of kept)
			for (const other of entry.alsoIn) if (other.section.id === section.id) ids.add(entry.id);
		section.codes = section.codes.filter((id) => ids.has(id));
		for (const id of ids) if (!section.codes.includes(id)) section.codes.push(id);
	}
}

/** True when the second listing says nothing the first does not: no text, or only texts the first has. */
function sameMeaning(a: ReadEntry, b: ReadEntry): boolean {
	const texts = (entry: ReadEntry) =>
		[...entry.messages, entry.description ?? '', entry.title ?? ''].filter(Boolean);
	const bTexts = texts(b);
	return bTexts.length === 0 || bTexts.every((text) => texts(a).includes(text));
}

/** Adds what a second listing says to the first, never overriding it. */
function absorb(into: ReadEntry, from: ReadEntry): void {
	into.name ??= from.name;
	into.nameTruncated ||= from.nameTruncated;
	into.title ??= from.title;
	for (const message of from.messages)
		if (!into.messages.includes(message)) into.messages.push(message);
	into.description ??= from.description;
	into.solution ??= from.solution;
	into.httpStatus ??= from.httpStatus;
	for (const note of from.notes) if (!into.notes.includes(note)) into.notes.push(note);
}
