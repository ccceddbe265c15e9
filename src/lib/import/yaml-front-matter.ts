import { parseDocument, type Document } from 'yaml';
import type { Problem } from '../model/problems.ts';

/** A file's YAML header between `---` lines, parsed, and the text below it. */
export interface FrontMatterBlock {
	doc: Document;
	/** The file's lines, without carriage returns. */
	lines: string[];
	/** Index in `lines` of the closing `---`. */
	end: number;
	/** The file line of an offset into the YAML text. */
	lineAt: (offset: number) => number;
	/** The text below the header, exactly as stored. */
	body: string;
	/** 1-based file line where `body` starts, so reports point into the real file. */
	bodyLine: number;
}

/**
 * Splits off and parses the YAML header that sources and concept files start with. Problems
 * name the file line: a YAML error on the fourth header line is reported at line 5.
 */
export function readFrontMatter(
	file: string,
	text: string,
	hint: string,
): { block?: FrontMatterBlock; problems: Problem[] } {
	if (text.trim() === '')
		return { problems: [{ file, line: 1, message: 'the file is empty', hint }] };
	const raw = text.split('\n');
	const lines = raw.map((line) => line.replace(/\r$/, ''));
	if (lines[0] !== '---')
		return {
			problems: [
				{ file, line: 1, message: 'missing front matter: the first line must be `---`', hint },
			],
		};
	const end = lines.findIndex((line, i) => i > 0 && line === '---');
	if (end === -1)
		return {
			problems: [{ file, line: 1, message: 'front matter is not closed by a `---` line', hint }],
		};
	const yamlText = lines.slice(1, end).join('\n');
	// The YAML starts on file line 2.
	const lineAt = (offset: number) => 2 + (yamlText.slice(0, offset).match(/\n/g)?.length ?? 0);
	const doc = parseDocument(yamlText, { prettyErrors: false });
	if (doc.errors.length > 0) {
		return {
			problems: doc.errors.map((error) => ({
				file,
				line: lineAt(error.pos[0]),
				message: `front matter is not valid YAML: ${error.message.split('\n')[0]}`,
				hint,
			})),
		};
	}
	return {
		block: { doc, lines, end, lineAt, body: raw.slice(end + 1).join('\n'), bodyLine: end + 2 },
		problems: [],
	};
}
