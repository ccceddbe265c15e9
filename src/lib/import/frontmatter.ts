import { parseDocument } from 'yaml';
import { frontMatterSchema, type FrontMatter } from '../model/schemas.ts';
import type { Problem } from '../model/problems.ts';

export interface SplitSource {
	frontMatter: FrontMatter;
	/** The upstream text, exactly as stored below the header. */
	body: string;
	/** 1-based line of the file where `body` starts, so reports point into the real file. */
	bodyLine: number;
}

const HINT = 'start the file with `---`, then `dialect:`, `dialectName:`, `vendor:`, `role: primary|secondary`, `title:` and optionally `url:`, then `---`';

/** Splits a source file into its validated front matter and its verbatim body. */
export function splitSource(file: string, text: string): { source?: SplitSource; problems: Problem[] } {
	const lines = text.split('\n');
	if (text.trim() === '') {
		return { problems: [{ file, line: 1, message: 'the file is empty', hint: HINT }] };
	}
	if (lines[0]?.replace(/\r$/, '') !== '---') {
		return { problems: [{ file, line: 1, message: 'missing front matter: the first line must be `---`', hint: HINT }] };
	}
	const end = lines.findIndex((line, i) => i > 0 && line.replace(/\r$/, '') === '---');
	if (end === -1) {
		return { problems: [{ file, line: 1, message: 'front matter is not closed by a `---` line', hint: HINT }] };
	}
	const yamlText = lines.slice(1, end).join('\n');
	const doc = parseDocument(yamlText, { prettyErrors: false });
	if (doc.errors.length > 0) {
		return {
			problems: doc.errors.map((error) => ({
				file,
				// `linePos` is only filled with prettyErrors; the offset always is. +2: the `---` line, 1-based.
				line: 2 + (yamlText.slice(0, error.pos[0]).match(/\n/g)?.length ?? 0),
				message: `front matter is not valid YAML: ${error.message.split('\n')[0]}`,
				hint: HINT,
			})),
		};
	}
	const parsed = frontMatterSchema.safeParse(doc.toJS() ?? {});
	if (!parsed.success) {
		return {
			problems: parsed.error.issues.map((issue) => {
				const key = String(issue.path[0] ?? '');
				const keyLine = key ? lines.slice(1, end).findIndex((line) => line.startsWith(`${key}:`)) : -1;
				return {
					file,
					line: keyLine === -1 ? 1 : keyLine + 2,
					message: `front matter ${key ? `\`${key}\`` : ''} ${issue.message}`.replace(/\s+/g, ' '),
					hint: HINT,
				};
			}),
		};
	}
	return { source: { frontMatter: parsed.data, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 }, problems: [] };
}
