import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes, getDialects } from '../../../../site/data/atlas.ts';
import {
	buildDecoderParts,
	type DecoderHead,
	type DecoderPart,
} from '../../../../lib/decode/decoder-parts.ts';
import { decodeDialects, decodeTargets } from '../../../../lib/decode/targets.ts';

/**
 * The decoder index in parts (src/lib/decode/decoder-parts.ts): `head.json`, which the paste
 * box fetches first, and the parts a paste leads it to, so a decode transfers about the same
 * however many codes the atlas holds. `decoder.json` stays the whole index, for tools.
 */
export const getStaticPaths = (async () => {
	const dialects = await getDialects();
	const { head, parts } = buildDecoderParts(
		decodeTargets(await getCodes(), dialects),
		decodeDialects(dialects),
	);
	return [
		{ params: { part: 'head' }, props: { data: head } },
		...[...parts].map(([part, data]) => ({ params: { part }, props: { data } })),
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: DecoderHead | DecoderPart }> = ({ props }) =>
	Response.json(props.data);
