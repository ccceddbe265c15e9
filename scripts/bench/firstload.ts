/**
 * First-load bytes of one page, read from dist: the HTML, the stylesheets it links and the
 * scripts it loads with their static imports. Whatever those scripts only reach through a
 * dynamic `import()` (Starlight's search UI, loaded when the browser is idle) is counted apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from './dist.ts';

export interface Bytes {
	raw: number;
	gzip: number;
}

export interface FirstLoad {
	page: string;
	html: Bytes;
	css: Bytes;
	js: Bytes;
	/** HTML + CSS + JS. */
	total: Bytes;
	/** Chunks reached only through dynamic imports (the lazily loaded search UI). */
	lazy: Bytes & { files: string[] };
	files: string[];
}

const STATIC_IMPORT =
	/(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?[`"']([^`"'\s]+\.m?js)[`"']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*[`"']([^`"'\s]+\.m?js)[`"']\s*\)/g;
const CSS_IMPORT = /@import\s+(?:url\()?["']?([^"')\s;]+)/g;
const ATTR = (tag: string, name: string): string | null =>
	new RegExp(`\\s${name}=["']?([^"'\\s>]+)`).exec(tag)?.[1] ?? null;

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

/** Resolves `ref` against the URL path `from`, returns a URL path without the base. */
function resolveRef(ref: string, from: string, base: string): string | null {
	if (/^(https?:)?\/\//.test(ref) || ref.startsWith('data:')) return null;
	const path = new URL(ref, `http://x${from}`).pathname;
	return base !== '/' && path.startsWith(base) ? '/' + path.slice(base.length) : path;
}

/** Measures the page at URL path `page` (base path included, e.g. `/synth-01/-1200/`). */
export function firstLoad(dist: string, page: string, base = '/'): FirstLoad {
	const strip = (p: string): string =>
		base !== '/' && p.startsWith(base) ? '/' + p.slice(base.length) : p;
	const htmlBytes = readFileSync(
		join(dist, strip(page), page.endsWith('.html') ? '' : 'index.html'),
	);
	const html = htmlBytes.toString('utf8');
	const sizes = new Map<string, Bytes>();
	const size = (path: string): Bytes => {
		let s = sizes.get(path);
		if (!s) {
			const bytes = readFileSync(join(dist, path));
			s = { raw: bytes.length, gzip: gzipSize(bytes) };
			sizes.set(path, s);
		}
		return s;
	};
	const eager = new Set<string>();
	const lazyRoots = new Set<string>();
	const queue: string[] = [];
	const visit = (ref: string | null, from: string, into: Set<string>): void => {
		const path = ref && resolveRef(ref, from, base);
		if (path && !into.has(path)) {
			into.add(path);
			queue.push(path);
		}
	};
	const scanScript = (code: string, from: string, into: Set<string>): void => {
		for (const m of code.matchAll(STATIC_IMPORT)) visit(m[1], from, into);
		for (const m of code.matchAll(DYNAMIC_IMPORT)) {
			const path = resolveRef(m[1], from, base);
			if (path) lazyRoots.add(path);
		}
	};
	for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
		const rel = ATTR(tag, 'rel');
		if (rel === 'stylesheet' || rel === 'modulepreload') visit(ATTR(tag, 'href'), page, eager);
	}
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = ATTR(m[1], 'src');
		if (src) visit(src, page, eager);
		else scanScript(m[2], page, eager);
	}
	const crawl = (into: Set<string>): void => {
		while (queue.length > 0) {
			const path = queue.shift()!;
			const text = readFileSync(join(dist, path), 'utf8');
			if (path.endsWith('.css')) for (const m of text.matchAll(CSS_IMPORT)) visit(m[1], path, into);
			else scanScript(text, path, into);
		}
	};
	crawl(eager);
	const lazy = new Set<string>();
	for (const root of lazyRoots) if (!eager.has(root)) visit(root, '/', lazy);
	crawl(lazy);
	for (const p of eager) lazy.delete(p);
	let css = ZERO;
	let js = ZERO;
	for (const p of eager) {
		if (p.endsWith('.css')) css = add(css, size(p));
		else js = add(js, size(p));
	}
	const htmlSize = { raw: htmlBytes.length, gzip: gzipSize(htmlBytes) };
	let lazyBytes = ZERO;
	for (const p of lazy) lazyBytes = add(lazyBytes, size(p));
	return {
		page,
		html: htmlSize,
		css,
		js,
		total: add(add(htmlSize, css), js),
		lazy: { ...lazyBytes, files: [...lazy].sort() },
		files: [...eager].sort(),
	};
}
