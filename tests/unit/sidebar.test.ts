import { expect, test } from 'vitest';
import { readAtlas } from '../../src/lib/atlas.ts';
import { sidebar } from '../../src/lib/sidebar.ts';
import { SEEDS } from './helpers/sources.ts';

test('the sidebar lists dialects and their sections, never single codes', () => {
	const [dialects] = sidebar(readAtlas(SEEDS).dialects);
	const links = JSON.stringify(dialects).match(/"link":"[^"]+"/g)!;
	expect(links).toHaveLength(4 + 3 + 5 + 7 + 5);
	expect(links.some((link) => /\/-\d+\/"$/.test(link))).toBe(false);
	expect(dialects!.items[1]).toMatchObject({ label: 'Binance USDⓈ-M Futures', items: [{ label: 'All 92 codes', link: '/binance-usdm/' }, { label: '10xx - General Server or Network issues' }, {}, {}, {}, {}] });
});
