import type { APIRoute } from 'astro';
import { getConcepts } from '../../../site/data/atlas.ts';

/** Every concept with its members, exactly the model's Concept. */
export const GET: APIRoute = async () => Response.json(await getConcepts());
