import type { APIRoute } from 'astro';
import { changesFeed, siteRoot } from '../site/data/feeds.ts';

/** The Atom feed of /changes/: what the registry recorded, newest days first. */
export const GET: APIRoute = ({ site }) => changesFeed(siteRoot(site));
