import { expect, test } from 'vitest';
import { readLines } from '../../../src/lib/import/lines.ts';
import { proseBlocks } from '../../../src/lib/import/prose.ts';

test('groups prose into text and code blocks, code kept as written', () => {
	const lines = readLines(
		'Retry Strategy\nFor transient errors, back off:\nimport time\n# wait a bit\ntime.sleep(1)\nThat is all.\n',
	);
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

test('a sentence with a parenthesis is prose, a call is code', () => {
	expect(
		proseBlocks(
			readLines('Retry (with exponential backoff)\n\nwait_time = 2 ** attempt\nretry(3)\n'),
		),
	).toEqual([
		{ type: 'text', text: 'Retry (with exponential backoff)' },
		{ type: 'code', text: 'wait_time = 2 ** attempt\nretry(3)' },
	]);
});
