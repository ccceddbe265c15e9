/**
 * Reading a built site the way a static host serves it: which files exist, which URL each
 * HTML file answers, and which URLs each file references. Shared by the post-build gates.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { startTags, type StartTag } from '../../src/site/html.ts';

/** The build the gates check: `DIST_DIR`, else `dist/`. */
export function distDir(): string {
	const dir = resolve(process.env.DIST_DIR ?? 'dist');
	if (!existsSync(join(dir, 'index.html')))
		throw new Error(`${dir} holds no built site: run \`npm run build\` before the gates`);
	return dir;
}

/** Every file of a build, as `/`-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) =>
			posix.join(
				...join(entry.parentPath, entry.name)
					.slice(dir.length + 1)
					.split(/[\\/]/),
			),
		)
		.sort();
}

/** The URL path (below the base) a built file answers: `about/index.html` -> `/about/`. */
export function urlOf(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** One start tag of a page (see src/site/html.ts). */
export type Tag = StartTag;

/**
 * The start tags of an HTML page, with the browser's rules for attributes, comments and raw
 * text, read as with scripting off so links inside `<noscript>` count too.
 */
export function tags(html: string): Tag[] {
	return startTags(html, { scripting: false });
}

/** A URL a page refers to, and where. */
export interface Reference {
	url: string;
	/** `a[href]`, `meta[refresh]`, `css url()`, ... */
	via: string;
	line: number;
}

const URL_ATTRIBUTES: Record<string, string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src'],
	iframe: ['src'],
	source: ['src'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	embed: ['src'],
	object: ['data'],
	form: ['action'],
	use: ['href', 'xlink:href'],
	image: ['href', 'xlink:href'],
};

/** Every URL an HTML page loads or links to, including the target of a meta refresh redirect. */
export function htmlReferences(html: string): Reference[] {
	const refs: Reference[] = [];
	for (const tag of tags(html)) {
		for (const attribute of URL_ATTRIBUTES[tag.name] ?? []) {
			const value = tag.attributes.get(attribute);
			if (value !== undefined)
				refs.push({ url: value.trim(), via: `${tag.name}[${attribute}]`, line: tag.line });
		}
		for (const attribute of ['srcset', 'imagesrcset']) {
			const value = tag.attributes.get(attribute);
			if (!value) continue;
			for (const candidate of value.split(',')) {
				const url = candidate.trim().split(/\s+/)[0];
				if (url) refs.push({ url, via: `${tag.name}[${attribute}]`, line: tag.line });
			}
		}
		if (tag.name === 'meta') {
			const content = tag.attributes.get('content') ?? '';
			if (tag.attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
				const url = /url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1];
				refs.push({ url: url?.trim() ?? '', via: 'meta[refresh]', line: tag.line });
			}
			const property = tag.attributes.get('property') ?? tag.attributes.get('name') ?? '';
			if (/^(og:(image|url)|twitter:image)$/i.test(property))
				refs.push({ url: content, via: `meta[${property}]`, line: tag.line });
		}
	}
	return refs;
}

/** `url(...)` references of a stylesheet (data: URIs included; the caller skips them). */
export function cssReferences(css: string): Reference[] {
	return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map((match) => ({
		url: (match[1] ?? match[2] ?? match[3] ?? '').trim(),
		via: 'css url()',
		line: 1 + (css.slice(0, match.index).match(/\n/g)?.length ?? 0),
	}));
}

/** Relative module specifiers of a bundled script: `import("./x.js")`, `from"./x.js"`. */
export function scriptReferences(js: string): Reference[] {
	const refs: Reference[] = [];
	for (const match of js.matchAll(
		/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)(["'`])(\.{1,2}\/[^"'`]+?)\1/g,
	)) {
		refs.push({ url: match[2], via: 'import', line: 1 });
	}
	return refs;
}

/** Every `id` and `name` anchor of an HTML page: the fragments links may point at. */
export function anchors(html: string): Set<string> {
	const ids = new Set<string>();
	for (const tag of tags(html)) {
		const id = tag.attributes.get('id');
		if (id) ids.add(id);
		if (tag.name === 'a' && tag.attributes.has('name')) ids.add(tag.attributes.get('name')!);
	}
	return ids;
}

/** Reads a built file as text. */
export function read(dir: string, file: string): string {
	return readFileSync(join(dir, file), 'utf8');
}
