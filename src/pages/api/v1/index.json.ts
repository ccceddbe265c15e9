import type { APIRoute } from 'astro';
import { getCodes, getDialects } from '../../../site/data/atlas.ts';
import { buildLookupIndex } from '../../../lib/lookup/lookup-index.ts';
import { pathWithBase } from '../../../site/base.ts';

/**
 * The small lookup index the 404 page resolves unknown addresses with. Its URLs carry the base
 * path, as the site's model does (src/site/data/atlas.ts); `base` names it for other clients,
 * which take it off an address before they look the address up.
 */
export const GET: APIRoute = async () =>
	Response.json({
		base: pathWithBase('/'),
		...buildLookupIndex(await getDialects(), await getCodes()),
	});
