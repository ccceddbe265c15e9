import { expect, test } from 'vitest';
import { readLines } from '../../../src/lib/import/lines.ts';
import { proseBlocks } from '../../../src/lib/import/prose.ts';

test('groups prose into text and code blocks, code kept as written', () => {
	const lines = readLines('Retry Strategy\nFor transient errors, back off:\nimport time\n# wait a bit\ntime.sleep(1)\nThat is all.\n');
	expect(proseBlocks(lines)).toEqual([
		{ type: 'text', text: 'Retry Strategy\nFor transient errors, back off:' },
		{ type: 'code', text: 'import time\n# wait a bit\ntime.sleep(1)' },
		{ type: 'text', text: 'That is all.' },
	]);
});

test('a blank line separates paragraphs', () => {
	expect(proseBlocks(readLines('One.\n\nTwo.\n'))).toEqual([
		{ type: 'text', text: 'One.' },
		{ type: 'text', text: 'Two.' },
	]);
});
