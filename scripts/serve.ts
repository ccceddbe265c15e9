/**
 * A static server for `dist/` that behaves like a static host: directory indexes,
 * `404.html` for missing pages, the headers of `dist/_headers` (Netlify format), so
 * browser tests see the same Content-Security-Policy the deployed site sends, and the static
 * 301s of `dist/_redirects` (the name aliases). `--no-redirects` (or `redirects: false`)
 * serves like a host that ignores `_redirects`, where the 404 page resolves those addresses.
 */
import { createServer } from 'node:http';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/site/build/headers-file.ts';
import {
	parseRedirectsFile,
	redirectFor,
	type Redirect,
} from '../src/site/build/redirects-file.ts';

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

function parseRedirects(dist: string): Map<string, Redirect> {
	const file = join(dist, '_redirects');
	return existsSync(file)
		? parseRedirectsFile(readFileSync(file, 'utf8'))
		: new Map<string, Redirect>();
}

/** Serves `dist` on `port` (0: any free port); resolves once listening. */
export function serve(
	dist: string,
	port: number,
	base = '/',
	options: { redirects?: boolean } = {},
) {
	const rules = parseHeaders(dist);
	const redirects =
		options.redirects === false ? new Map<string, Redirect>() : parseRedirects(dist);
	const prefix = base.replace(/\/$/, '');
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		if (prefix && !path.startsWith(`${prefix}/`) && path !== prefix)
			return send(res, 404, join(dist, '404.html'), url.pathname);
		path = path.slice(prefix.length) || '/';
		// Like Netlify and Cloudflare Pages, paths below the base path, as `_headers` patterns are.
		const redirect = redirectFor(redirects, path, url.search);
		if (redirect) {
			const headers: Record<string, string> = {};
			for (const [name, value] of headersFor(rules, path)) headers[name] = value;
			res.writeHead(redirect.status, { ...headers, Location: redirect.location });
			return res.end();
		}
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
	function send(
		res: import('node:http').ServerResponse,
		status: number,
		file: string | null,
		path: string,
	) {
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
	return new Promise<typeof server>((resolve) =>
		server.listen(port, '127.0.0.1', () => resolve(server)),
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4321);
	const base = process.env.BASE_PATH ?? '/';
	const args = process.argv.slice(2);
	const redirects = !args.includes('--no-redirects');
	const dir = args.find((arg) => !arg.startsWith('--')) ?? 'dist';
	await serve(resolve(dir), port, base, { redirects });
	console.log(
		`Serving ${dir} on http://127.0.0.1:${port}${base}${redirects ? '' : ' (ignoring _redirects)'}`,
	);
}
