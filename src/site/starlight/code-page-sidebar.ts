import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { SidebarEntry } from './sidebar.ts';

/**
 * The sidebar of code pages, set as route data instead of passed as `<StarlightPage sidebar>`.
 * Starlight validates a sidebar prop and builds its entries anew for every page; a dialect's
 * 10,000 code pages all show the same sidebar with no entry current (no code page is listed
 * in it), so one frozen copy per dialect serves them all (about 1 s of a 10,000-code build
 * went into validating and rebuilding it). Pages that are listed, and so are marked current
 * and take their previous and next links from the sidebar (a dialect's overview and section
 * pages), keep the prop. With `ATLAS_SHARED_PARTS=off` code pages pass the prop as well, and
 * the determinism gate checks that both ways give the same bytes.
 */
const requested = new WeakMap<object, readonly SidebarEntry[]>();

/** Asks for `sidebar` on the page being rendered with `locals`; call before rendering `<StarlightPage>`. */
export function showSidebar(locals: object, sidebar: readonly SidebarEntry[]): void {
	requested.set(locals, sidebar);
}

export const onRequest = defineRouteMiddleware((context) => {
	const sidebar = requested.get(context.locals);
	// Route data types the sidebar as mutable; the frozen copy throws if anything changes it.
	if (sidebar) context.locals.starlightRoute.sidebar = sidebar as SidebarEntry[];
});
