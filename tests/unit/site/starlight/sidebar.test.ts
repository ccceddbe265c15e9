import { describe, expect, test, vi } from 'vitest';
import { readAtlas } from '../../../../src/lib/atlas.ts';
import {
	dialectSidebar,
	dialectSidebars,
	isSidebarGroup,
	sidebar,
	sidebarEntries,
	type SidebarItem,
} from '../../../../src/site/starlight/sidebar.ts';
import { SEEDS } from '../../helpers/sources.ts';

const { dialects } = readAtlas(SEEDS);
const links = (items: SidebarItem[]): string[] =>
	items.flatMap((item) => (isSidebarGroup(item) ? links(item.items) : [item.link]));
const codeLink = (link: string) => /\/-?\d+\/$/.test(link);

describe('sidebar', () => {
	test('the site-wide sidebar lists each dialect once, grouped by vendor, then the comparison, the sources, the changes and the guides, no sections or codes', () => {
		const items = sidebar(dialects);
		const [group] = items;
		// Vendors in alphabetical order; one with several dialects is a collapsed group, one with a single dialect is its link.
		expect(isSidebarGroup(group) && group.items).toEqual([
			{
				label: 'Binance',
				collapsed: true,
				items: [
					{ label: 'Binance Options', link: '/binance-options/' },
					{ label: 'Binance USDⓈ-M Futures', link: '/binance-usdm/' },
				],
			},
			{ label: 'Gateway API', link: '/gateway/' },
			{ label: 'WEEX Spot API V3', link: '/weex-spot/' },
		]);
		// The dialects, then the comparison, the sources, the changes and the five guides.
		expect(links(items)).toHaveLength(dialects.length + 3 + 5);
		expect(links(items)).toContain('/sources/');
		expect(links(items)).toContain('/changes/');
		expect(links(items).filter(codeLink)).toEqual([]);
	});

	test('a dialect sidebar lists every dialect and opens only the current one into its sections, never single codes', () => {
		const usdm = dialects.find((dialect) => dialect.id === 'binance-usdm')!;
		const items = dialectSidebar(dialects, 'binance-usdm');
		const [group] = items;
		expect(isSidebarGroup(group)).toBe(true);
		const vendors = (group as { items: SidebarItem[] }).items;
		expect(vendors).toHaveLength(3);
		// The current dialect's vendor group is open, the dialect opened into its sections.
		expect(vendors[0]).toMatchObject({ label: 'Binance', collapsed: false });
		const entries = (vendors[0] as { items: SidebarItem[] }).items;
		expect(entries[1]).toEqual({
			label: 'Binance USDⓈ-M Futures',
			collapsed: false,
			items: [
				{ label: 'All 92 codes', link: '/binance-usdm/' },
				...usdm.sections.map((section) => ({
					label: section.title,
					link: `/binance-usdm/${section.id}/`,
				})),
			],
		});
		expect(entries[1]).toMatchObject({
			items: [{}, { label: '10xx - General Server or Network issues' }, {}, {}, {}, {}],
		});
		expect(entries[0]).toEqual({ label: 'Binance Options', link: '/binance-options/' });
		expect(vendors.slice(1)).toEqual([
			{ label: 'Gateway API', link: '/gateway/' },
			{ label: 'WEEX Spot API V3', link: '/weex-spot/' },
		]);
		expect(links(items)).toHaveLength(dialects.length + usdm.sections.length + 3 + 5);
		expect(links(items).filter(codeLink)).toEqual([]);
		expect(JSON.stringify(items)).not.toContain('Signature Errors (12xx)');
	});

	test('dialectSidebars makes one sidebar per dialect, each the same as dialectSidebar', () => {
		const all = dialectSidebars(dialects);
		expect([...all.keys()]).toEqual(dialects.map((dialect) => dialect.id));
		for (const dialect of dialects)
			expect(all.get(dialect.id)).toEqual(dialectSidebar(dialects, dialect.id));
		expect(JSON.stringify(all.get('gateway'))).toContain('Signature Errors (12xx)');
	});

	test('sidebarEntries gives the route data Starlight makes of the items: base path in front, nothing current, frozen', () => {
		const items: SidebarItem[] = [
			{
				label: 'Dialects',
				items: [
					{ label: 'A', link: '/a/' },
					{ label: 'B', collapsed: false, items: [{ label: 'All', link: '/b/' }] },
				],
			},
			{ label: 'Compare', link: '/compare/' },
		];
		vi.stubEnv('BASE_URL', '/errors/');
		const entries = sidebarEntries(items);
		vi.unstubAllEnvs();
		expect(entries).toEqual([
			{
				type: 'group',
				label: 'Dialects',
				entries: [
					{
						type: 'link',
						label: 'A',
						href: '/errors/a/',
						badge: undefined,
						isCurrent: false,
						attrs: {},
					},
					{
						type: 'group',
						label: 'B',
						entries: [
							{
								type: 'link',
								label: 'All',
								href: '/errors/b/',
								badge: undefined,
								isCurrent: false,
								attrs: {},
							},
						],
						collapsed: false,
						badge: undefined,
					},
				],
				collapsed: false,
				badge: undefined,
			},
			{
				type: 'link',
				label: 'Compare',
				href: '/errors/compare/',
				badge: undefined,
				isCurrent: false,
				attrs: {},
			},
		]);
		expect(sidebarEntries(items)[1]).toMatchObject({ href: '/compare/' });
		const link = (entries[0] as { entries: Array<{ isCurrent: boolean }> }).entries[0];
		expect(() => {
			link.isCurrent = true;
		}).toThrow(TypeError);
	});
});
