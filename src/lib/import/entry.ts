import type { SectionRef } from '../model/model.ts';
import type { CodeToken, StringToken } from './codes.ts';
import { isTruncatedName } from './codes.ts';
import { repairEncoding } from './text.ts';

/** A code's text in another language, from the page's second listing or a translated source. */
export interface ReadTranslation {
	title: string | null;
	messages: string[];
	description: string | null;
}

/** A code's texts in a second section of the same source (venues whose sections are products). */
export interface ReadOccurrence {
	section: SectionRef;
	name: string | null;
	title: string | null;
	messages: string[];
	description: string | null;
	solution: string | null;
	line: number;
}

/** A code as one source describes it, before sources are merged. */
export interface ReadEntry {
	/** The code as written: `-1121`, `50013`, `30012_4`, `EOrder:Insufficient funds`. */
	id: string;
	/** Its integer; null for a string code. */
	code: number | null;
	name: string | null;
	nameTruncated: boolean;
	/** A label that is not an identifier (`Order replace partly failed`, `未知错误`). */
	title: string | null;
	messages: string[];
	description: string | null;
	solution: string | null;
	httpStatus: number | null;
	deprecated: boolean;
	section: SectionRef;
	line: number;
	notes: string[];
	/** Other codes the source wrote in the same row: its text describes them together. */
	sharedWith: string[];
	translations: Record<string, ReadTranslation>;
	alsoIn: ReadOccurrence[];
}

/** A new entry for `token`; the name is checked for a truncation mark. */
export function newEntry(
	token: CodeToken | StringToken,
	name: string | null,
	section: SectionRef,
	line: number,
): ReadEntry {
	const entry: ReadEntry = {
		id: token.id,
		code: token.code,
		name: null,
		nameTruncated: false,
		title: null,
		messages: [],
		description: null,
		solution: null,
		httpStatus: null,
		deprecated: false,
		section,
		line,
		notes: [],
		sharedWith: [],
		translations: {},
		alsoIn: [],
	};
	if (name) setName(entry, name);
	return entry;
}

/** Sets the name as written; a name cut short (`MOVE_ORDER_NOT_ALLOWED...`) is marked, never completed. */
export function setName(entry: ReadEntry, name: string): void {
	entry.name = repairField(entry, name);
	if (isTruncatedName(entry.name)) {
		entry.nameTruncated = true;
		entry.notes.push(
			`The source cuts the name short (\`${entry.name}\`); it is shown as written, not completed.`,
		);
	}
}

/** Adds a message variant unless the entry has it already. */
export function addMessage(entry: ReadEntry, message: string, raw: string): void {
	const text = repairField(entry, message);
	if (text === '' || entry.messages.includes(text)) return;
	entry.messages.push(text);
	// Docs mark values as inline code; the API itself returns the bare text.
	if (raw.includes('`') && !message.includes('`')) {
		entry.notes.push(
			`Message ${entry.messages.length}: the source's Markdown code marks (\`) are dropped; the API returns the text without them.`,
		);
	}
}

/** Adds a paragraph to the description. */
export function addDescription(entry: ReadEntry, text: string): void {
	const repaired = repairField(entry, text);
	entry.description = entry.description ? `${entry.description}\n${repaired}` : repaired;
}

/** Repairs encoding damage in one field and records what changed on the entry. */
export function repairField(entry: Pick<ReadEntry, 'notes'>, value: string): string {
	const { text, repairs } = repairEncoding(value);
	for (const repair of repairs) {
		entry.notes.push(
			`Encoding damage \`${repair.from}\` repaired to \`${repair.to}\` (UTF-8 text that was read as Windows-1252 upstream).`,
		);
	}
	return text;
}

/** The texts an entry shows, for comparing two listings of one code. */
export function entryText(entry: Pick<ReadEntry, 'title' | 'messages' | 'description'>): string {
	return [entry.title, ...entry.messages, entry.description].filter(Boolean).join('\n');
}

const ATTACHED = new WeakSet<ReadEntry>();

/** Marks an entry that only adds to the code's listing elsewhere in the source (named in a section title). */
export function markAttached(entry: ReadEntry): void {
	ATTACHED.add(entry);
}

/** True for entries {@link markAttached} marked. */
export function isAttached(entry: ReadEntry): boolean {
	return ATTACHED.has(entry);
}
