import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { Dialect } from '../../lib/model/model.ts';
import { GUIDE_LINKS } from '../../lib/model/guides.ts';
import { dialectPath, sectionPath } from '../../lib/model/urls.ts';
import { pathWithBase } from '../base.ts';

export interface SidebarLink {
	label: string;
	link: string;
}

export interface SidebarGroup {
	label: string;
	collapsed?: boolean;
	items: SidebarItem[];
}

/** An entry of a Starlight sidebar config: a link or a group of entries. */
export type SidebarItem = SidebarLink | SidebarGroup;

/** Whether a sidebar entry is a group. */
export function isSidebarGroup(item: SidebarItem): item is SidebarGroup {
	return 'items' in item;
}

// One link, not one per number or concept: the matrix is the way into both.
const COMPARE: SidebarLink = { label: 'Compare', link: '/compare/' };
const SOURCES: SidebarLink = { label: 'Sources', link: '/sources/' };
const CHANGES: SidebarLink = { label: 'Changes', link: '/changes/' };

export const GUIDES: SidebarGroup = { label: 'Guides', items: [...GUIDE_LINKS] };

function dialectLink(dialect: Dialect): SidebarLink {
	return { label: dialect.name, link: `/${dialectPath(dialect.id)}` };
}

/** The label of the sidebar's first group, the dialects. */
export const DIALECTS = 'Dialects';

/**
 * The site-wide Starlight sidebar (guides, home, comparison and concept pages): each dialect
 * as one link, the comparison, then the guides. Sections are listed only on a dialect's own
 * pages ({@link dialectSidebar}): every section of every dialect on every page was most of
 * a code page's HTML. Links are written without the base path; Starlight adds it. The
 * config gets it with no dialects; they come from the collection (starlight/site-sidebar.ts).
 */
export function sidebar(dialects: Dialect[]): SidebarItem[] {
	return [{ label: DIALECTS, items: dialectLinks(dialects) }, COMPARE, SOURCES, CHANGES, GUIDES];
}

/** Each dialect as one link, grouped by vendor: the entries of the site-wide sidebar's first group. */
export function dialectLinks(dialects: Dialect[]): SidebarItem[] {
	return byVendor(dialects, dialectLink);
}

/** The dialects of each vendor, vendors in alphabetical order, each vendor's dialects as the sources order them. */
export function vendors(
	dialects: readonly Dialect[],
): Array<{ vendor: string; dialects: Dialect[] }> {
	const groups = new Map<string, Dialect[]>();
	for (const dialect of dialects)
		groups.set(dialect.vendor, [...(groups.get(dialect.vendor) ?? []), dialect]);
	return [...groups]
		.sort(([a], [b]) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
		.map(([vendor, list]) => ({ vendor, dialects: list }));
}

/**
 * Dialects as sidebar entries grouped by vendor: a vendor with one dialect is that dialect's
 * entry, one with several a group, collapsed unless it holds `open` (the dialect being shown).
 */
function byVendor(
	dialects: Dialect[],
	entry: (dialect: Dialect) => SidebarItem,
	open?: string,
): SidebarItem[] {
	return vendors(dialects).map(({ vendor, dialects: list }) =>
		list.length === 1
			? entry(list[0])
			: {
					label: vendor,
					collapsed: !list.some((dialect) => dialect.id === open),
					items: list.map(entry),
				},
	);
}

/**
 * The sidebar of one dialect's pages (the dialect, its sections, its codes): every dialect,
 * with only `current` opened into its sections, never one entry per code.
 */
export function dialectSidebar(dialects: Dialect[], current: string): SidebarItem[] {
	const entry = (dialect: Dialect): SidebarItem =>
		dialect.id !== current
			? dialectLink(dialect)
			: {
					label: dialect.name,
					collapsed: false,
					items: [
						{ label: `All ${dialect.codeCount} codes`, link: `/${dialectPath(dialect.id)}` },
						...dialect.sections.map((section) => ({
							label: section.title,
							link: `/${sectionPath(dialect.id, section.id)}`,
						})),
					],
				};
	return [
		{ label: DIALECTS, items: byVendor(dialects, entry, current) },
		COMPARE,
		SOURCES,
		CHANGES,
		GUIDES,
	];
}

/** {@link dialectSidebar} of every dialect, by dialect id: made once per build, shared by all of a dialect's pages. */
export function dialectSidebars(dialects: Dialect[]): Map<string, SidebarItem[]> {
	return new Map(dialects.map((dialect) => [dialect.id, dialectSidebar(dialects, dialect.id)]));
}

/** An entry of Starlight's route data sidebar (`starlightRoute.sidebar`). */
export type SidebarEntry = StarlightRouteData['sidebar'][number];

/**
 * The route data Starlight makes of a sidebar config with no page marked current: what its
 * `getSidebarFromConfig` gives for our items (plain links and groups, no badges or attributes),
 * with the base path in front of each link. Frozen, so one copy serves every page that shows it and
 * nothing can mark a page current in it.
 */
export function sidebarEntries(items: SidebarItem[]): readonly SidebarEntry[] {
	const entry = (item: SidebarItem): SidebarEntry =>
		isSidebarGroup(item)
			? {
					type: 'group',
					label: item.label,
					entries: item.items.map(entry),
					collapsed: item.collapsed ?? false,
					badge: undefined,
				}
			: {
					type: 'link',
					label: item.label,
					href: pathWithBase(item.link),
					badge: undefined,
					isCurrent: false,
					attrs: {},
				};
	return deepFreeze(items.map(entry));
}

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}
