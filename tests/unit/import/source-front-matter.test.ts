import { expect, test } from 'vitest';
import { splitSource } from '../../../src/lib/import/source-front-matter.ts';

const valid =
	'---\ndialect: x\ndialectName: X\nvendor: V\nrole: primary\ntitle: T\n---\nbody line\n';

test('splits a valid header from the verbatim body', () => {
	const { source, problems } = splitSource('a.md', valid);
	expect(problems).toEqual([]);
	expect(source).toMatchObject({
		frontMatter: { dialect: 'x', role: 'primary' },
		body: 'body line\n',
		bodyLine: 8,
	});
});

test('names the line of a bad field', () => {
	const { problems } = splitSource('a.md', valid.replace('dialect: x', 'dialect: Not Valid'));
	expect(problems).toEqual([
		expect.objectContaining({ file: 'a.md', line: 2, message: expect.stringMatching(/`dialect`/) }),
	]);
});

test('rejects unknown keys and bad URLs', () => {
	expect(
		splitSource('a.md', valid.replace('title: T', 'title: T\nextra: 1')).problems[0].message,
	).toMatch(/extra/);
	expect(
		splitSource('a.md', valid.replace('title: T', 'title: T\nurl: not a url')).problems[0],
	).toMatchObject({ line: 7 });
});

test('a missing field is reported at the header', () => {
	expect(splitSource('a.md', valid.replace('vendor: V\n', '')).problems[0]).toMatchObject({
		line: 1,
		message: expect.stringMatching(/`vendor`/),
	});
});

test('refuses a dialect id the site uses for its own pages, at its line', () => {
	for (const id of ['codes', 'compare', 'api', 'search', 'about', 'json-api']) {
		const { problems } = splitSource('a.md', valid.replace('dialect: x', `dialect: ${id}`));
		expect(problems).toEqual([
			expect.objectContaining({
				line: 2,
				message: expect.stringContaining(`\`${id}\` is taken by the site's own pages`),
			}),
		]);
	}
	expect(splitSource('a.md', valid.replace('dialect: x', 'dialect: codes-v2')).problems).toEqual(
		[],
	);
});
