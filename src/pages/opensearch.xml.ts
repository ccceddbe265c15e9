import type { APIRoute } from 'astro';
import { openSearchXml } from '../lib/share/opensearch.ts';
import { pathWithBase } from '../site/base.ts';

/** Lets browsers add Error Atlas as a search engine; every page links it (src/site/starlight/route-data.ts). */
export const GET: APIRoute = ({ site }) => {
	const root = new URL(pathWithBase('/'), site ?? 'http://localhost:4321').href;
	const xml = openSearchXml({
		root,
		shortName: 'Error Atlas',
		description: 'Search exchange API error codes by number, name or message.',
	});
	return new Response(xml, {
		headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' },
	});
};
