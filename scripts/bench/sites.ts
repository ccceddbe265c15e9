/**
 * The comparison sites of the benchmark, generated from the same corpus: a bare Starlight site
 * (one Markdown page per code in the docs collection, short sidebar) and a plain Astro site (the
 * same Markdown files in a content collection, one dynamic route, a minimal layout), plus a private copy of Error Atlas itself.
 * Every site lives in its own temp dir that reuses the project's node_modules through a symlink.
 * That dir must share an ancestor with the project: Astro (7.3) reads a module path outside
 * the site root as root-relative, and a symlink into /work/main from /tmp resolves outside it.
 * The project's `tmp/` (git-ignored) is used for that reason.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Corpus, CorpusCode } from './corpus.ts';

/**
 * Astro keeps its content cache in `node_modules/.astro` and Vite its own in `node_modules/.vite`;
 * node_modules is shared with the project, the caches must not be (and builds must start cold).
 */
const CACHE_DIR = './.bench-cache/';

/** Astro bundles (rather than externalizes) the integrations it finds among the site's dependencies. */
const DEPS = { astro: '*', '@astrojs/starlight': '*' };

function write(path: string, text: string): void {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
}

function linkModules(dir: string, project: string): void {
	mkdirSync(dir, { recursive: true });
	symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** YAML front matter; JSON strings are valid YAML scalars and quote leading minus signs. */
function front(fields: Record<string, string>): string {
	return [
		'---',
		...Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`),
		'---',
		'',
	].join('\n');
}

const title = (c: CorpusCode): string =>
	`${c.code} ${c.name ?? c.messages[0] ?? c.description ?? ''}`.trim();

/** The page body shared by both comparison sites, so they differ only in their shells. */
function codeBody(c: CorpusCode, dialectName: string): string {
	const lines = [`**${dialectName}** · ${c.section}`, ''];
	if (c.messages.length > 0) lines.push('Messages:', '', ...c.messages.map((m) => `- ${m}`), '');
	if (c.description) lines.push(`**Description:** ${c.description}`, '');
	if (c.solution) lines.push(`**Solution:** ${c.solution}`, '');
	return lines.join('\n');
}

/** A dialect index: its sections with links to their codes (the sidebar stays short). */
function dialectBody(corpus: Corpus, id: string, base: string): string {
	const lines: string[] = [];
	let section = '';
	for (const c of corpus.codes.filter((x) => x.dialect === id)) {
		if (c.section !== section) {
			section = c.section;
			lines.push('', `## ${section}`, '');
		}
		lines.push(`- [${title(c)}](${base}${id}/${c.code}/)`);
	}
	return lines.join('\n') + '\n';
}

const HOME_TEXT = 'Synthetic error codes for the Error Atlas benchmark.\n';

/** Writes the bare Starlight site into `dir`. */
export function writeBareStarlight(dir: string, corpus: Corpus, project: string): void {
	linkModules(dir, project);
	write(
		join(dir, 'package.json'),
		JSON.stringify({
			name: 'bench-bare-starlight',
			private: true,
			type: 'module',
			dependencies: DEPS,
		}) + '\n',
	);
	const sidebar = corpus.dialects.map((d) => ({ label: d.name, link: `/${d.id}/` }));
	write(
		join(dir, 'astro.config.mjs'),
		[
			"import { defineConfig } from 'astro/config';",
			"import starlight from '@astrojs/starlight';",
			'export default defineConfig({',
			`\tcacheDir: '${CACHE_DIR}',`,
			`\tvite: { cacheDir: '${CACHE_DIR}vite/'},`,
			"\tsite: 'https://bench.example',",
			`\tintegrations: [starlight({ title: 'Bare Starlight', sidebar: [{ label: 'Venues', items: ${JSON.stringify(sidebar)} }] })],`,
			'});',
			'',
		].join('\n'),
	);
	write(
		join(dir, 'src/content.config.ts'),
		[
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
	);
	const docs = join(dir, 'src/content/docs');
	write(join(docs, 'index.md'), front({ title: 'Bare Starlight' }) + HOME_TEXT);
	for (const d of corpus.dialects) {
		write(join(docs, d.id, 'index.md'), front({ title: d.name }) + dialectBody(corpus, d.id, '/'));
	}
	const names = new Map(corpus.dialects.map((d) => [d.id, d.name]));
	for (const c of corpus.codes) {
		const description = c.messages[0] ?? c.description ?? '';
		write(
			join(docs, c.dialect, `${c.code}.md`),
			front({ title: title(c), description }) + codeBody(c, names.get(c.dialect) ?? c.dialect),
		);
	}
}

/**
 * Writes the plain Astro site into `dir`: the same Markdown files in a content collection,
 * rendered by one dynamic route in a minimal layout (no Starlight; Pagefind runs after the
 * build). One route, not a file per page under src/pages: 10,000 page modules would make
 * Vite's bundling the bottleneck (measured: 52 s bundle + 87 s render at 10,000), which is
 * not the floor a real site would stand on.
 */
export function writePlainAstro(dir: string, corpus: Corpus, project: string): void {
	linkModules(dir, project);
	write(
		join(dir, 'package.json'),
		JSON.stringify({
			name: 'bench-plain-astro',
			private: true,
			type: 'module',
			dependencies: { astro: DEPS.astro },
		}) + '\n',
	);
	write(
		join(dir, 'astro.config.mjs'),
		[
			"import { defineConfig } from 'astro/config';",
			`export default defineConfig({ cacheDir: '${CACHE_DIR}', site: 'https://bench.example', vite: { cacheDir: '${CACHE_DIR}vite/' } });`,
			'',
		].join('\n'),
	);
	write(
		join(dir, 'src/content.config.ts'),
		[
			"import { defineCollection } from 'astro:content';",
			"import { glob } from 'astro/loaders';",
			"export const collections = { pages: defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/pages' }) }) };",
			'',
		].join('\n'),
	);
	const nav = corpus.dialects.map((d) => `<a href="/${d.id}/">${d.name}</a>`).join(' ');
	write(
		join(dir, 'src/layouts/Base.astro'),
		[
			'---',
			'const { frontmatter } = Astro.props;',
			'---',
			'<html lang="en">',
			'<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />',
			'<title>{frontmatter.title}</title><meta name="description" content={frontmatter.description ?? frontmatter.title} /></head>',
			`<body><header><a href="/">Home</a> ${nav}</header>`,
			'<main data-pagefind-body><h1>{frontmatter.title}</h1><slot /></main></body>',
			'</html>',
			'',
		].join('\n'),
	);
	write(
		join(dir, 'src/pages/[...slug].astro'),
		[
			'---',
			"import { getCollection, render } from 'astro:content';",
			"import Base from '../layouts/Base.astro';",
			'export async function getStaticPaths() {',
			"\tconst pages = await getCollection('pages');",
			"\treturn pages.map((page) => ({ params: { slug: page.id === 'index' ? undefined : page.id }, props: { page } }));",
			'}',
			'const { page } = Astro.props;',
			'const { Content } = await render(page);',
			'---',
			'<Base frontmatter={page.data}><Content /></Base>',
			'',
		].join('\n'),
	);
	const pages = join(dir, 'src/content/pages');
	write(join(pages, 'index.md'), front({ title: 'Plain Astro' }) + HOME_TEXT);
	for (const d of corpus.dialects) {
		write(join(pages, d.id, 'index.md'), front({ title: d.name }) + dialectBody(corpus, d.id, '/'));
	}
	const names = new Map(corpus.dialects.map((d) => [d.id, d.name]));
	for (const c of corpus.codes) {
		const description = c.messages[0] ?? c.description ?? '';
		write(
			join(pages, c.dialect, `${c.code}.md`),
			front({ title: title(c), description }) + codeBody(c, names.get(c.dialect) ?? c.dialect),
		);
	}
}

/** Project entries never copied: outputs, caches, VCS, and tests the build does not read. */
const SKIP = new Set([
	'node_modules',
	'dist',
	'tmp',
	'.git',
	'.astro',
	'tests',
	'test-results',
	'playwright-report',
	'BENCHMARKS.md',
]);

/**
 * Copies Error Atlas into `dir` so its build neither races the builds other people run in the
 * project (shared `.astro` and `node_modules/.astro` caches) nor measures a warm cache.
 * Returns the config file to pass with `--config` (relative to `dir`, as Astro wants it): the
 * project's own config with private caches.
 */
export function copyAtlas(dir: string, project: string): string {
	// Entry by entry: cpSync refuses to copy a directory into its own subdirectory (tmp/).
	for (const entry of readdirSync(project)) {
		if (!SKIP.has(entry)) cpSync(join(project, entry), join(dir, entry), { recursive: true });
	}
	linkModules(dir, project);
	const config = 'astro.bench.config.mjs';
	write(
		join(dir, config),
		[
			"import config from './astro.config.mjs';",
			'// Same site, private cache: node_modules is a symlink shared with the project.',
			`export default { ...config, cacheDir: '${CACHE_DIR}', vite: { ...config.vite, cacheDir: '${CACHE_DIR}vite/' } };`,
			'',
		].join('\n'),
	);
	return config;
}
