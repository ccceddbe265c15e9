/**
 * The hand-written guide pages (`content/docs/`) with their routes. The sidebar lists them,
 * and their routes are taken: no dialect may use one as its id.
 */
export const GUIDE_LINKS: ReadonlyArray<{ label: string; link: string }> = [
	{ label: 'About Error Atlas', link: '/about/' },
	{ label: 'Add a source', link: '/adding-a-source/' },
	{ label: 'Curate concepts', link: '/concepts-guide/' },
	{ label: 'JSON API', link: '/json-api/' },
	{ label: 'Command line', link: '/cli/' },
];
