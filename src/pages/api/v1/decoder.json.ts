import type { APIRoute } from 'astro';
import { getCodes, getDialects } from '../../../site/data/atlas.ts';
import { buildDecoderIndex } from '../../../lib/decode/decoder-index.ts';
import { decodeDialects, decodeTargets } from '../../../lib/decode/targets.ts';

/** The decoder index the paste box fetches: what `decode` needs of every code and message table, and no more. */
export const GET: APIRoute = async () => {
	const dialects = await getDialects();
	return Response.json(
		buildDecoderIndex(decodeTargets(await getCodes(), dialects), decodeDialects(dialects)),
	);
};
