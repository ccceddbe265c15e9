import type { APIRoute } from 'astro';
import { toCsv } from '../../../lib/compare/compare.ts';
import { getDialects } from '../../../site/data/atlas.ts';
import { getNumberRows } from '../../../site/data/compare.ts';

/** The comparison matrix as CSV: one row per number, per dialect its mark, title and concept. */
export const GET: APIRoute = async () =>
	new Response(toCsv(await getDialects(), await getNumberRows()), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
