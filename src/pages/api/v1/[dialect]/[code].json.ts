import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes } from '../../../../data/atlas.ts';
import type { CodeEntry } from '../../../../lib/model.ts';

/** One code, exactly the model's CodeEntry, for bots and tools: `/api/v1/binance-usdm/-1121.json`. */
export const getStaticPaths = (async () =>
	(await getCodes()).map((entry) => ({ params: { dialect: entry.dialect, code: String(entry.code) }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json((props as { entry: CodeEntry }).entry);
