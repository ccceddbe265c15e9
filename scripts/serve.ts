/**
 * A static server for `dist/` that behaves like a static host: directory indexes,
 * `404.html` for missing pages, and the headers of `dist/_headers` (Netlify format), so
 * browser tests see the same Content-Security-Policy the deployed site sends.
 */
import { createServer } from 'node:http';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/site/build/headers-file.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
};

function parseHeaders(dist: string): HeaderRule[] {
	const file = join(dist, '_headers');
	return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

/** Serves `dist` on `port`; resolves once listening. */
export function serve(dist: string, port: number, base = '/') {
	const rules = parseHeaders(dist);
	const prefix = base.replace(/\/$/, '');
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		if (prefix && !path.startsWith(`${prefix}/`) && path !== prefix) return send(res, 404, join(dist, '404.html'), url.pathname);
		path = path.slice(prefix.length) || '/';
		let file = normalize(join(dist, path));
		if (!file.startsWith(dist)) return send(res, 403, null, url.pathname);
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
				return res.end();
			}
			file = join(file, 'index.html');
		}
		if (!existsSync(file)) return send(res, 404, join(dist, '404.html'), path);
		send(res, 200, file, path);
	});
	function send(res: import('node:http').ServerResponse, status: number, file: string | null, path: string) {
		const headers: Record<string, string> = {};
		for (const [name, value] of headersFor(rules, path)) headers[name] = value;
		if (!file || !existsSync(file)) {
			res.writeHead(status, headers);
			return res.end();
		}
		headers['content-type'] = TYPES[extname(file)] ?? 'application/octet-stream';
		res.writeHead(status, headers);
		res.end(readFileSync(file));
	}
	return new Promise<typeof server>((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4321);
	const base = process.env.BASE_PATH ?? '/';
	await serve(join(process.cwd(), process.argv[2] ?? 'dist'), port, base);
	console.log(`Serving dist on http://127.0.0.1:${port}${base}`);
}
