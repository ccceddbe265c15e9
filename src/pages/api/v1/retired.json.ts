import type { APIRoute } from 'astro';
import { getRetired } from '../../../site/data/atlas.ts';

/** Every code the registry has retired: no source documents it any more, its page stays. */
export const GET: APIRoute = async () => Response.json(await getRetired());
