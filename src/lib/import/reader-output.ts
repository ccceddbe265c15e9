import type { ProseBlock, SectionRef } from '../model/model.ts';
import type { Problem } from '../model/problems.ts';
import type { ReadEntry } from './entry.ts';
import type { SourceLine } from './lines.ts';

export interface ReadSection extends SectionRef {
	description: string | null;
	line: number;
	/** Ids of the codes in source order. */
	codes: string[];
}

export interface ReadRange {
	from: number;
	to: number;
	title: string;
	description: string;
	section: SectionRef;
	line: number;
}

export interface ReadHttpStatus {
	status: number;
	meaning: string;
	description: string | null;
	line: number;
}

/** A table of messages that names no code (`"Filter failure: TICK_SIZE" | ...`): matched by the decoder. */
export interface ReadMessageTable {
	title: string;
	section: SectionRef;
	rows: Array<{ message: string; description: string | null; line: number }>;
	line: number;
}

export interface ReadProse {
	title: string | null;
	blocks: ProseBlock[];
	line: number;
}

/** A line that did not become data; `codeBearing` ones make `check` fail. */
export interface UnreadLine {
	line: number;
	text: string;
	codeBearing: boolean;
	/** Why a code-bearing line could not be read, when a reader knows better than "no reader understood it". */
	reason?: { message: string; hint: string };
}

export interface ReadResult {
	sections: ReadSection[];
	entries: ReadEntry[];
	ranges: ReadRange[];
	httpStatuses: ReadHttpStatus[];
	messageTables: ReadMessageTable[];
	prose: ReadProse[];
	unread: UnreadLine[];
	problems: Problem[];
}

/** What one section of a source yields while it is read. */
export interface SegmentRead {
	entries: ReadEntry[];
	ranges: ReadRange[];
	httpStatuses: ReadHttpStatus[];
	messageTables: ReadMessageTable[];
	texts: Array<{ line: SourceLine; afterEntry: boolean }>;
	unread: UnreadLine[];
	/** The last table header, for a table that continues under a new title without one. */
	headers: string[];
}
