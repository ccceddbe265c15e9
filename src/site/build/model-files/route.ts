import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { inModelOrder } from '../../../lib/model/order.ts';
import { modelFiles } from './model-files.ts';

/**
 * The model's files of a build ({@link modelFiles}), made from the collections as they are, with
 * URLs from the site root (not through src/site/data/atlas.ts, which puts the base path on) and
 * the codes in the model's order, which decides the order of a ccxt review's keys and which of
 * two aliases of one path is published.
 * Only builds have this route; model-files/read.ts takes the file out of the output.
 */
export const GET: APIRoute = async () => {
	const [dialects, codes, concepts, published] = await Promise.all([
		getCollection('dialects'),
		getCollection('codes'),
		getCollection('concepts'),
		getCollection('published'),
	]);
	const data = <T>(entries: Array<{ data: T }>) => entries.map((entry) => entry.data);
	const atlas = {
		dialects: data(dialects),
		codes: inModelOrder(data(dialects), data(codes)),
		concepts: data(concepts),
		published: data(published),
	};
	return Response.json(modelFiles(atlas, import.meta.env.BASE_URL));
};
