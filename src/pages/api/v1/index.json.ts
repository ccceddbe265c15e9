import type { APIRoute } from 'astro';
import { getCodes, getDialects } from '../../../site/data/atlas.ts';
import { buildLookupIndex } from '../../../lib/lookup/lookup-index.ts';

/** The small lookup index the 404 page resolves unknown addresses with. */
export const GET: APIRoute = async () => Response.json(buildLookupIndex(await getDialects(), await getCodes(), import.meta.env.BASE_URL));
