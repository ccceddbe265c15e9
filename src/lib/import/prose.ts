import type { ProseBlock } from '../model/model.ts';
import type { SourceLine } from './lines.ts';

// Sources pasted from rendered pages lose their code fences; these shapes mark a line as code.
const CODE_LINE = [
	/^[{}[\]]/,
	/^"[^"]*"\s*:/,
	/^(import|from|def|class|if|elif|else|for|while|try|except|finally|return|raise|with|curl|wget|const|let|var|function|await)\b/,
	/^#\s/,
	// A call (`time.sleep(60)`) or an assignment; `Retry (with backoff)`, with a space before the parenthesis, is prose.
	/^[A-Za-z_][\w.]*(\[[^\]]*\])?(\(.*\)|\s*=[^=].*)\s*;?$/,
];

/** True when a line of prose is code that lost its fence. */
export function isUnfencedCode(line: SourceLine): boolean {
	if (line.kind === 'code') return true;
	const raw = line.raw.trim();
	return CODE_LINE.some((pattern) => pattern.test(raw));
}

/** Groups prose lines into text paragraphs and code blocks, keeping code exactly as written. */
export function proseBlocks(lines: SourceLine[]): ProseBlock[] {
	const blocks: ProseBlock[] = [];
	for (const line of lines) {
		if (
			line.kind === 'blank' ||
			line.kind === 'delimiter' ||
			(line.kind === 'other' && /^[-=*_]*$/.test(line.text))
		) {
			const last = blocks.at(-1);
			// A blank line ends a paragraph but not a code block.
			if (last?.type === 'text') blocks.push({ type: 'text', text: '' });
			continue;
		}
		if (line.kind === 'code' && /^\s*(```|~~~)/.test(line.raw)) continue;
		const code = isUnfencedCode(line);
		const text = code ? line.raw.replace(/\s+$/, '') : line.text;
		const last = blocks.at(-1);
		if (last && last.type === (code ? 'code' : 'text') && last.text !== '')
			last.text += `\n${text}`;
		else if (last && last.type === 'text' && last.text === '' && !code) last.text = text;
		else {
			if (last?.text === '') blocks.pop();
			blocks.push({ type: code ? 'code' : 'text', text });
		}
	}
	return blocks.filter((block) => block.text !== '');
}
