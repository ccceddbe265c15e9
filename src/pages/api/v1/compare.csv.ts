import type { APIRoute } from 'astro';
import { toCsv } from '../../../lib/compare.ts';
import { getDialects } from '../../../data/atlas.ts';
import { getNumberRows } from '../../../data/compare.ts';

/** The comparison matrix as CSV: one row per number, per dialect its mark, title and concept. */
export const GET: APIRoute = async () =>
	new Response(toCsv(await getDialects(), await getNumberRows()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
