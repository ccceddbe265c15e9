import type { Dialect } from './model.ts';

export interface SidebarLink {
	label: string;
	link: string;
}

export interface SidebarGroup {
	label: string;
	collapsed?: boolean;
	items: Array<SidebarLink | SidebarGroup>;
}

/**
 * Starlight sidebar: each dialect with its sections, the comparison, then the guides. Links are written
 * without the base path; Starlight adds it.
 */
export function sidebar(dialects: Dialect[]): Array<SidebarGroup | SidebarLink> {
	return [
		{
			label: 'Dialects',
			items: dialects.map((dialect) => ({
				label: dialect.name,
				collapsed: true,
				items: [
					{ label: `All ${dialect.codeCount} codes`, link: `/${dialect.id}/` },
					...dialect.sections.map((section) => ({ label: section.title, link: `/${dialect.id}/${section.id}/` })),
				],
			})),
		},
		// One link, not one per number or concept: the matrix is the way into both.
		{ label: 'Compare', link: '/compare/' },
		{
			label: 'Guides',
			items: [
				{ label: 'About Error Atlas', link: '/about/' },
				{ label: 'Add a source', link: '/adding-a-source/' },
				{ label: 'Curate concepts', link: '/concepts-guide/' },
				{ label: 'JSON API', link: '/json-api/' },
				{ label: 'Command line', link: '/cli/' },
			],
		},
	];
}
