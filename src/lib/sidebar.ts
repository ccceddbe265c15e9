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
 * Starlight sidebar: each dialect with its sections, then the guides. Links are written
 * without the base path; Starlight adds it.
 */
export function sidebar(dialects: Dialect[]): SidebarGroup[] {
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
		{
			label: 'Guides',
			items: [
				{ label: 'About Error Atlas', link: '/about/' },
				{ label: 'Add a source', link: '/adding-a-source/' },
				{ label: 'JSON API', link: '/json-api/' },
				{ label: 'Command line', link: '/cli/' },
			],
		},
	];
}
