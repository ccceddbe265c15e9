/**
 * A static server for a dist directory, close enough to a real host for Lighthouse: gzip for
 * text, long cache for hashed assets, `404.html` for misses, a base path stripped if set, and
 * the rules of `dist/_headers` (Netlify format; the site's CSP lives there) and the static 301s
 * of `dist/_redirects` (the name aliases), as Netlify and Cloudflare Pages apply them.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
	headersFor,
	parseHeadersFile,
	type HeaderRule,
} from '../../src/site/build/headers-file.ts';
import {
	parseRedirectsFile,
	redirectFor,
	type Redirect,
} from '../../src/site/build/redirects-file.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
};
const TEXT = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/** The rules of `dist/_headers`, if it has one. */
function headerRules(dist: string): HeaderRule[] {
	try {
		return parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
	} catch {
		return [];
	}
}

/** The static rules of `dist/_redirects`, if it has one. */
function redirectRules(dist: string): Map<string, Redirect> {
	try {
		return parseRedirectsFile(readFileSync(join(dist, '_redirects'), 'utf8'));
	} catch {
		return new Map();
	}
}

export interface StaticServer {
	origin: string;
	close(): Promise<void>;
}

function resolveFile(dist: string, path: string): string | null {
	const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
	for (const candidate of [join(dist, safe), join(dist, safe, 'index.html')]) {
		try {
			if (statSync(candidate).isFile()) return candidate;
		} catch {
			// Try the next form.
		}
	}
	return null;
}

/** Serves `dist` on a free port of 127.0.0.1; `base` (e.g. `/atlas/`) is stripped from request paths. */
export function serve(dist: string, base = '/'): Promise<StaticServer> {
	const prefix = base.replace(/\/$/, '');
	const rules = headerRules(dist);
	const redirects = redirectRules(dist);
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		let path = url.pathname;
		if (prefix && path.startsWith(prefix + '/')) path = path.slice(prefix.length);
		// Paths below the base path, as `_headers` patterns are.
		const redirect = redirectFor(redirects, path, url.search);
		if (redirect) {
			res.writeHead(redirect.status, { location: redirect.location }).end();
			return;
		}
		let file = resolveFile(dist, path);
		let status = 200;
		if (path.endsWith('/') === false && file?.endsWith('index.html') && !path.endsWith('.html')) {
			res.writeHead(301, { location: `${prefix}${path}/` }).end();
			return;
		}
		if (!file) {
			status = 404;
			file = resolveFile(dist, '/404.html');
		}
		if (!file) {
			res.writeHead(404).end('not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		let body: Buffer = readFileSync(file);
		const headers: Record<string, string> = {
			'content-type': type,
			'cache-control': path.includes('/_astro/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
		};
		for (const [name, value] of headersFor(rules, path)) headers[name] = value;
		// A file `_headers` labels with an encoding is sent as it is (Pagefind's gzip files).
		if (
			!headers['content-encoding'] &&
			TEXT.test(type) &&
			/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
		) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
		}
		res.writeHead(status, headers).end(body);
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({
				origin: `http://127.0.0.1:${port}`,
				close: () =>
					new Promise((done) => {
						// Browsers keep connections alive; close() alone would wait for them.
						server.closeAllConnections();
						server.close(() => done());
					}),
			});
		});
	});
}
