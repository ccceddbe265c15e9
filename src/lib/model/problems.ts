/** One thing wrong with a source, located so an editor can jump to it. */
export interface Problem {
	file: string;
	line: number;
	message: string;
	hint: string;
}

/** `file:line: message (hint)`, the form every tool and the build print. */
export function formatProblem(problem: Problem): string {
	return `${problem.file}:${problem.line}: ${problem.message}${problem.hint ? `\n  hint: ${problem.hint}` : ''}`;
}

/** Thrown when sources cannot be imported; carries every problem found, not just the first. */
export class AtlasError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		super(`Error Atlas cannot import its sources:\n${problems.map(formatProblem).join('\n')}`);
		this.name = 'AtlasError';
		this.problems = problems;
	}
}
