import type { APIRoute } from 'astro';
import { getCodes } from '../../../site/data/atlas.ts';
import { buildDecoderIndex } from '../../../lib/decode/decoder-index.ts';

/** The decoder index the paste box fetches: what `decode` needs of every code, and no more. */
export const GET: APIRoute = async () => Response.json(buildDecoderIndex(await getCodes()));
