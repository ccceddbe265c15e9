import type { APIRoute, GetStaticPaths } from 'astro';
import { changesFeed, siteRoot } from '../../site/data/feeds.ts';
import { getDialects } from '../../site/data/atlas.ts';

export const getStaticPaths = (async () =>
	(await getDialects()).map((dialect) => ({
		params: { dialect: dialect.id },
	}))) satisfies GetStaticPaths;

/** The Atom feed of one dialect's changes page. */
export const GET: APIRoute = ({ site, params }) => changesFeed(siteRoot(site), params.dialect);
