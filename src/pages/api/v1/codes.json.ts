import type { APIRoute } from 'astro';
import { getCodes } from '../../../site/data/atlas.ts';

/** Every code of every dialect, exactly the model's CodeEntry. */
export const GET: APIRoute = async () => Response.json(await getCodes());
