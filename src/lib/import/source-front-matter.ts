import { frontMatterSchema, type FrontMatter } from '../model/schemas.ts';
import type { Problem } from '../model/problems.ts';
import { readFrontMatter } from './yaml-front-matter.ts';

export interface SplitSource {
	frontMatter: FrontMatter;
	/** The upstream text, exactly as stored below the header. */
	body: string;
	/** 1-based line of the file where `body` starts, so reports point into the real file. */
	bodyLine: number;
}

const HINT =
	'start the file with `---`, then `dialect:`, `dialectName:`, `vendor:`, `role: primary|secondary|translation`, `title:` and optionally `lang:`, `hints:`, `url:`, then `---`';

/** Splits a source file into its validated front matter and its verbatim body. */
export function splitSource(
	file: string,
	text: string,
): { source?: SplitSource; problems: Problem[] } {
	const { block, problems } = readFrontMatter(file, text, HINT);
	if (!block) return { problems };
	const parsed = frontMatterSchema.safeParse(block.doc.toJS() ?? {});
	if (!parsed.success) {
		return {
			problems: parsed.error.issues.map((issue) => {
				const key = String(issue.path[0] ?? '');
				const keyLine = key
					? block.lines.slice(1, block.end).findIndex((line) => line.startsWith(`${key}:`))
					: -1;
				return {
					file,
					line: keyLine === -1 ? 1 : keyLine + 2,
					message: `front matter ${key ? `\`${key}\`` : ''} ${issue.message}`.replace(/\s+/g, ' '),
					hint: HINT,
				};
			}),
		};
	}
	return {
		source: { frontMatter: parsed.data, body: block.body, bodyLine: block.bodyLine },
		problems: [],
	};
}
