import { expect, test } from 'vitest';
import { readLines } from '../../src/lib/lines.ts';

test('classifies each line by its Markdown block and keeps file line numbers', () => {
	const lines = readLines('#### \\-1000 UNKNOWN\n\n-   An unknown error.\n-   Wraps\nonto here\n\n| Code | Message |\n|---|---|\n| -1 | x |\n', 10);
	expect(lines.map((l) => [l.line, l.kind, l.text])).toEqual([
		[10, 'heading', '-1000 UNKNOWN'],
		[11, 'blank', ''],
		[12, 'bullet', 'An unknown error.'],
		[13, 'bullet', 'Wraps'],
		[14, 'continuation', 'onto here'],
		[15, 'blank', ''],
		[16, 'row', 'Code | Message'],
		[17, 'delimiter', '|---|---|'],
		[18, 'row', '-1 | x'],
		[19, 'blank', ''],
	]);
	expect(lines[6]).toMatchObject({ header: true, cells: ['Code', 'Message'] });
	expect(lines[8]).toMatchObject({ header: false, cells: ['-1', 'x'] });
});

test('fenced code keeps its raw lines, quotes are marked', () => {
	const lines = readLines('> Note: see\n\n```\n{ "code": -1 }\n```\n');
	expect(lines.map((l) => l.kind)).toEqual(['quote', 'blank', 'code', 'code', 'code', 'blank']);
	expect(lines[3]!.text).toBe('{ "code": -1 }');
});
