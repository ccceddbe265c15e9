import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { getSiteSidebarDialects } from '../data/atlas.ts';
import { DIALECTS, type SidebarEntry } from './sidebar.ts';

type Link = Extract<SidebarEntry, { type: 'link' }>;

/**
 * Fills the dialects into the site-wide sidebar from the `dialects` collection. The config's
 * sidebar has the group empty, so that the config never reads the sources: the content loader
 * is the one reader, and under `astro dev` an edited source's name shows here too. A page
 * that brings its own sidebar (a dialect's pages, code pages) already has the group filled.
 *
 * Starlight took the previous and next links from the sidebar without the dialects, so the
 * link beside the group (the comparison, right after it) gets its neighbor back here: the
 * one Starlight gives when a page configures neither (`prev`/`next` in its front matter).
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const [group] = route.sidebar;
	if (group?.type !== 'group' || group.label !== DIALECTS || group.entries.length > 0) return;
	// Route data types the sidebar as mutable; the shared frozen copy throws if anything changes it.
	const entries = (await getSiteSidebarDialects()) as SidebarEntry[];
	route.sidebar[0] = { ...group, entries };
	restorePagination(route, links(entries));
});

/** Sets the previous or next link that the empty group hid, where the page configured none. */
function restorePagination(route: StarlightRouteData, dialects: Link[]): void {
	const all = links(route.sidebar);
	const current = all.findIndex((link) => link.isCurrent);
	if (current === -1 || dialects.length === 0) return;
	const { prev, next } = route.entry.data;
	const before = all[current - 1];
	const after = all[current + 1];
	if ((prev === undefined || prev === true) && before && dialects.includes(before))
		route.pagination.prev = before;
	if ((next === undefined || next === true) && after && dialects.includes(after))
		route.pagination.next = after;
}

/** The links of sidebar entries in the order they show, groups opened: as Starlight pages through them. */
function links(entries: readonly SidebarEntry[]): Link[] {
	return entries.flatMap((entry) => (entry.type === 'group' ? links(entry.entries) : [entry]));
}
