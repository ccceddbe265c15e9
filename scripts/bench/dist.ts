/** Sizes of a built site, read from its dist directory. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageSize {
	/** Path inside dist, e.g. `compare/index.html`. */
	path: string;
	raw: number;
	gzip: number;
}

export interface DistStats {
	/** HTML pages with content: every HTML file but redirects. */
	pages: number;
	/** HTML files that only redirect (`<meta http-equiv="refresh">`): aliases, cheap to build. */
	redirects: number;
	/** Redirects whose target is not in dist, with one example. */
	brokenRedirects: { count: number; example: string | null };
	bytes: number;
	htmlBytes: number;
	pagefindBytes: number;
	/** The largest HTML page by gzipped size. */
	largestPage: PageSize | null;
	/** The largest file of any kind (JSON data included) by raw size. */
	largestFile: PageSize | null;
}

const REFRESH = /<meta\s+http-equiv=["']?refresh["']?\s+content=["']\d+;\s*url=([^"']+)["']/i;

/** gzip at zlib's default level, close to what static hosts serve. */
export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes).length;

function* walk(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else if (entry.isFile()) yield path;
	}
}

/** Walks dist once; gzips only HTML pages and the largest other file. A base path in redirect targets is not stripped. */
export function distStats(dist: string): DistStats {
	const stats: DistStats = {
		pages: 0,
		redirects: 0,
		brokenRedirects: { count: 0, example: null },
		bytes: 0,
		htmlBytes: 0,
		pagefindBytes: 0,
		largestPage: null,
		largestFile: null,
	};
	const targets: [string, string][] = [];
	let largestFile = { path: '', raw: -1 };
	for (const file of walk(dist)) {
		const rel = relative(dist, file);
		const size = statSync(file).size;
		stats.bytes += size;
		if (rel.startsWith('pagefind/')) stats.pagefindBytes += size;
		if (size > largestFile.raw) largestFile = { path: rel, raw: size };
		if (!rel.endsWith('.html')) continue;
		const bytes = readFileSync(file);
		const refresh = REFRESH.exec(bytes.subarray(0, 2048).toString('utf8'));
		if (refresh) {
			stats.redirects++;
			targets.push([rel, refresh[1]]);
			continue;
		}
		stats.pages++;
		stats.htmlBytes += size;
		const gzip = gzipSize(bytes);
		if (!stats.largestPage || gzip > stats.largestPage.gzip)
			stats.largestPage = { path: rel, raw: size, gzip };
	}
	for (const [rel, target] of targets) {
		const path = new URL(target, `http://x/${rel}`).pathname;
		if (
			!/^\/\//.test(target) &&
			!target.startsWith('http') &&
			!existsSync(join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : ''))
		) {
			stats.brokenRedirects.count++;
			stats.brokenRedirects.example ??= `${rel} → ${target}`;
		}
	}
	if (largestFile.raw >= 0) {
		stats.largestFile = {
			...largestFile,
			gzip: gzipSize(readFileSync(join(dist, largestFile.path))),
		};
	}
	return stats;
}

/** Raw and gzipped size of one file in dist, or null when it is absent. */
export function fileSize(dist: string, rel: string): PageSize | null {
	try {
		const bytes = readFileSync(join(dist, rel));
		return { path: rel, raw: bytes.length, gzip: gzipSize(bytes) };
	} catch {
		return null;
	}
}
