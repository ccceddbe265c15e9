import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readAtlas } from '../../../src/lib/atlas.ts';
import type { CodeEntry } from '../../../src/lib/model/model.ts';

/**
 * Every source shipped in content/sources pins what it imports: tests/fixtures/pinned/<file>.tsv
 * lists each code's id, name and first message (else its description) as read from the page by
 * hand, in page order; a code the page lists again (in another section) is pinned by its first
 * listing, which is the code's own entry. A change to the readers that loses or alters a code of
 * a shipped venue fails here, naming the source and the code.
 */
const SOURCES = join(import.meta.dirname, '../../../content/sources');
const PINNED = join(import.meta.dirname, '../../fixtures/pinned');
const atlas = readAtlas(SOURCES);
const files = readdirSync(SOURCES)
	.filter((name) => name.endsWith('.md'))
	.sort();
const sourceOf = new Map(
	atlas.dialects.flatMap((dialect) =>
		dialect.sources.map((source) => [source.file, { dialect, source }] as const),
	),
);

type Row = [string, string, string];
const firstText = (texts: { messages: string[]; description: string | null }) =>
	texts.messages[0] ?? texts.description ?? '';

/** The rows a source's import gives: the codes it introduced, each occurrence once; a translation's texts in its language. */
function importedRows(file: string): Row[] {
	const { dialect, source } = sourceOf.get(file)!;
	const codes = atlas.codes.filter((entry) => entry.dialect === dialect.id);
	const own = (entry: CodeEntry) => entry.sources[0].file === file;
	const ownRow = (entry: CodeEntry): Row => [entry.id, entry.name ?? '', firstText(entry)];
	if (source.role === 'translation') {
		// Its texts in its language, and the codes only it documents (its `adds`).
		return codes.flatMap((entry): Row[] => {
			const translation = entry.translations[source.lang];
			return own(entry)
				? [ownRow(entry)]
				: translation
					? [[entry.id, translation.title ?? '', firstText(translation)]]
					: [];
		});
	}
	return codes.filter(own).map(ownRow);
}

/** The pinned rows, each code's first listing only. */
function pinnedRows(file: string): Row[] {
	const seen = new Set<string>();
	return readFileSync(join(PINNED, file.replace(/\.md$/, '.tsv')), 'utf8')
		.split('\n')
		.filter((line) => line !== '' && !line.startsWith('#'))
		.map((line): Row => {
			const [id = '', name = '', text = ''] = line.split('\t');
			return [id, name, text];
		})
		.filter(([id]) => !seen.has(id) && Boolean(seen.add(id)));
}

const sorted = (rows: Row[]) => [...rows].sort((a, b) => a.join('\t').localeCompare(b.join('\t')));

describe('the shipped sources', () => {
	test('import with no problem', () => {
		expect(atlas.problems).toEqual([]);
	});

	test.each(files)('%s has a pin file', (file) => {
		expect(existsSync(join(PINNED, file.replace(/\.md$/, '.tsv')))).toBe(true);
	});

	test.each(files)('%s imports exactly its pinned codes, names and first messages', (file) => {
		const pinned = pinnedRows(file);
		const imported = importedRows(file);
		expect(imported.length).toBe(pinned.length);
		expect(sorted(imported)).toEqual(sorted(pinned));
	});
});
