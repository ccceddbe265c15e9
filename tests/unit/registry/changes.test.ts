import { describe, expect, test } from 'vitest';
import { changeDays, daySummary } from '../../../src/lib/registry/changes.ts';
import type { PublishedCode } from '../../../src/lib/registry/registry.ts';
import { atomXml } from '../../../src/lib/share/atom.ts';

const texts = (title: string) => ({
	name: null,
	title,
	messages: [title],
	description: null,
	solution: null,
});
const code = (
	dialect: string,
	id: string,
	first: string,
	more: Partial<PublishedCode> = {},
): PublishedCode => ({
	dialect,
	id,
	code: Number(id),
	url: `/${dialect}/${id}/`,
	first,
	changed: first,
	retired: null,
	texts: texts(`T${id}`),
	previous: [],
	...more,
});

describe('change days', () => {
	const published = [
		code('b', '1', '2026-12-01'),
		code('a', '2', '2026-12-01', {
			changed: '2026-12-07',
			previous: [{ until: '2026-12-07', texts: texts('old') }],
		}),
		code('a', '3', '2026-12-01', { retired: '2026-12-07' }),
		code('a', '4', '2026-12-07'),
	];

	test('are newest first, a day per dialect in the given order, with what was added, reworded and retired', () => {
		const days = changeDays(published, ['b', 'a']);
		expect(
			days.map((day) => [
				day.date,
				day.dialect,
				day.added.map((e) => e.id),
				day.changed.map((e) => e.id),
				day.retired.map((e) => e.id),
			]),
		).toEqual([
			['2026-12-07', 'a', ['4'], ['2'], ['3']],
			['2026-12-01', 'b', ['1'], [], []],
			['2026-12-01', 'a', ['2', '3'], [], []],
		]);
		expect(daySummary(days[0])).toBe('1 new, 1 changed, 1 retired');
		expect(daySummary(days[1])).toBe('1 new');
	});

	test("list a day's codes as a page does: numbers by size, string codes after", () => {
		const mixed = ['-10001', 'EOrder:Funds', '-1001', '12', '-1000'].map((id) => ({
			...code('a', id, '2026-12-01'),
			code: /^-?\d+$/.test(id) ? Number(id) : null,
		}));
		expect(changeDays(mixed)[0].added.map((entry) => entry.id)).toEqual([
			'12',
			'-1000',
			'-1001',
			'-10001',
			'EOrder:Funds',
		]);
	});
});

describe('Atom', () => {
	test('has what RFC 4287 requires and escapes every text', () => {
		const xml = atomXml({
			self: 'https://example.org/changes.xml',
			alternate: 'https://example.org/changes/',
			title: 'Changes & more',
			entries: [
				{
					id: 'https://example.org/changes/a/#a-2026-12-07',
					title: 'A <b>, 2026-12-07',
					link: 'https://example.org/changes/a/?x=1&y=2',
					date: '2026-12-07',
					content: '<script>alert(1)</script>',
				},
				{
					id: 'https://example.org/changes/a/#a-2026-12-01',
					title: 'A, 2026-12-01',
					link: 'https://example.org/changes/a/',
					date: '2026-12-01',
					content: 'New: 1',
				},
			],
		});
		expect(xml).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
		);
		expect(xml).toContain('<updated>2026-12-07T00:00:00Z</updated>');
		expect(xml).toContain('<author><name>Error Atlas</name></author>');
		expect(xml).toContain('<title>Changes &#38; more</title>');
		expect(xml).toContain('href="https://example.org/changes/a/?x=1&#38;y=2"');
		expect(xml).toContain(
			'<content type="text">&#60;script&#62;alert(1)&#60;/script&#62;</content>',
		);
		expect(xml).not.toContain('<script>');
		expect(xml.match(/<entry>/g)).toHaveLength(2);
		for (const part of ['<id>', '<title>', '<updated>', '<link rel="alternate"'])
			expect(
				xml
					.split('<entry>')
					.slice(1)
					.every((entry) => entry.includes(part)),
				part,
			).toBe(true);
	});
});
