import type { APIRoute } from 'astro';
import { getDialects } from '../../../site/data/atlas.ts';

/** Every dialect, exactly the model's Dialect. */
export const GET: APIRoute = async () => Response.json(await getDialects());
