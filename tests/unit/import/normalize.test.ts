import { describe, expect, test } from 'vitest';
import { readAtlas } from '../../../src/lib/atlas.ts';
import { header, SEEDS, sourcesDir } from '../helpers/sources.ts';

describe('merging binance-usdm: a primary and a secondary', () => {
	const atlas = readAtlas(SEEDS);
	const usdm = atlas.dialects.find((d) => d.id === 'binance-usdm')!;
	const code = (n: number) =>
		atlas.codes.find((c) => c.dialect === 'binance-usdm' && c.code === n)!;

	test('92 codes: 67 from the primary and 25 only the secondary names', () => {
		const onlySecondary = atlas.codes.filter(
			(c) => c.dialect === 'binance-usdm' && c.sources.every((s) => s.role === 'secondary'),
		);
		expect(usdm.codeCount).toBe(92);
		expect(onlySecondary).toHaveLength(25);
		expect(onlySecondary.filter((c) => c.code! <= -4000 && c.code! > -5000)).toHaveLength(11);
		expect(onlySecondary.filter((c) => c.code! <= -5000)).toHaveLength(14);
	});

	test('7 ranges kept as ranges, never expanded into codes', () => {
		expect(usdm.ranges).toHaveLength(7);
		expect(usdm.ranges[0]).toMatchObject({
			from: -4001,
			to: -4014,
			title: 'Price and Quantity Filters',
			source: { file: 'binance-usdm-summary.md', role: 'secondary' },
		});
		expect(atlas.codes.some((c) => c.dialect === 'binance-usdm' && c.code === -4010)).toBe(false);
	});

	test('the secondary never overrides the primary; its description becomes an attributed summary', () => {
		expect(code(-1111)).toMatchObject({
			name: 'BAD_PRECISION',
			messages: ['Precision is over the maximum defined for this asset.'],
			description: null,
			summary: {
				text: 'Incorrect trading pair, or precision exceeds the maximum defined value.',
				source: { file: 'binance-usdm-summary.md', role: 'secondary' },
			},
		});
		expect(code(-1111).notes).toContain(
			"binance-usdm-summary.md calls it `PRECISION`; the primary source's name `BAD_PRECISION` is kept.",
		);
		expect(code(-1102)).toMatchObject({
			name: 'MANDATORY_PARAM_EMPTY_OR_MALFORMED',
			nameTruncated: false,
		});
		expect(code(-1121).sources).toEqual([
			{ file: 'binance-usdm.md', role: 'primary' },
			{ file: 'binance-usdm-summary.md', role: 'secondary' },
		]);
	});

	test('codes only the secondary names join its sections, after the primary ones', () => {
		expect(usdm.sections.map((s) => s.id)).toEqual([
			'10xx-general-server-or-network-issues',
			'11xx-request-issues',
			'20xx-processing-issues',
			'40xx-filter-and-risk-control-issues',
			'50xx-order-execution-and-modification-issues',
		]);
		expect(code(-5024)).toMatchObject({
			name: 'MOVE_ORDER_NOT_ALLOWED...',
			nameTruncated: true,
			title: 'MOVE_ORDER_NOT_ALLOWED...',
		});
		expect(code(-4164).title).toBe(
			'Order notional value too small (typically must be >= 5 USDT, except for reduce-only orders).',
		);
	});

	test('titles: the name, else the first message', () => {
		expect(code(-1121).title).toBe('BAD_SYMBOL');
		const gateway = atlas.codes.find((c) => c.dialect === 'gateway' && c.code === -1120)!;
		expect(gateway).toMatchObject({ name: null, title: 'Invalid symbol', url: '/gateway/-1120/' });
	});
});

describe('merge rules on small sources', () => {
	test('a secondary adds a name and messages the primary lacks, with a note', () => {
		const dir = sourcesDir({
			'p.md':
				header({ dialect: 'x', role: 'primary' }) +
				'| Code | Message |\n|---|---|\n| -1000 | Unknown |\n',
			's.md':
				header({ dialect: 'x', role: 'secondary' }) +
				'10xx - General\n-1000 UNKNOWN\n- An unknown error.\n-1001 EXTRA\n- Extra.\n',
		});
		const { codes, problems } = readAtlas(dir);
		expect(problems).toEqual([]);
		expect(codes[0]).toMatchObject({
			code: -1000,
			name: 'UNKNOWN',
			messages: ['Unknown'],
			url: '/x/-1000/',
		});
		expect(codes[0].notes).toContain('The name comes from s.md; the primary source gives none.');
		expect(codes[1]).toMatchObject({
			code: -1001,
			name: 'EXTRA',
			sources: [{ file: 's.md', role: 'secondary' }],
		});
	});

	test("a code only a translation documents (its `adds`) keeps that page's description as its own", () => {
		const dir = sourcesDir({
			'p.md':
				header({ dialect: 'x', role: 'primary' }) +
				'| Code | Description |\n|---|---|\n| 10000 | Internal error |\n',
			't.md':
				header({ dialect: 'x', role: 'translation', lang: 'zh-CN', adds: '[10106]' }) +
				'|错误代码|详情描述|\n|-|-|\n|10000|内部错误|\n|10106| 非交易时间无法交易|\n',
		});
		const { codes, problems } = readAtlas(dir);
		expect(problems).toEqual([]);
		expect(codes.find((entry) => entry.id === '10106')).toMatchObject({
			description: '非交易时间无法交易',
			summary: null,
			sources: [{ file: 't.md', role: 'translation' }],
		});
	});

	test('a translation that gives each message in English and then in its language translates it by the latter; English the primary lacks is kept', () => {
		const dir = sourcesDir({
			'p.md':
				header({ dialect: 'x', role: 'primary' }) +
				'-1000 UNKNOWN\n- An unknown error occurred.\n\n-1001 BUSY\n- Busy.\n',
			't.md':
				header({ dialect: 'x', role: 'translation', lang: 'zh-CN' }) +
				'-1000 UNKNOWN\n- An unknown error occured.\n- 发生未知错误。\n\n-1001 BUSY\n- Busy.\n- 服务器忙 (Busy)\n',
		});
		const { codes, problems } = readAtlas(dir);
		expect(problems).toEqual([]);
		// The page's own English copy differs by a letter: kept, after the Chinese.
		expect(codes[0].translations['zh-CN'].messages).toEqual([
			'发生未知错误。',
			'An unknown error occured.',
		]);
		expect(codes[1].translations['zh-CN'].messages).toEqual(['服务器忙 (Busy)']);
		expect(
			codes[1].notes.some((note) =>
				/t\.md gives a message in English beside its zh-CN text/.test(note),
			),
		).toBe(true);
	});

	test('sources of one dialect must agree on its name', () => {
		const dir = sourcesDir({
			'p.md': header({ dialect: 'x', role: 'primary' }) + '-1000 A\n- a\n',
			's.md': header({ dialect: 'x', role: 'secondary', dialectName: 'Other' }) + '-1000 A\n- a\n',
		});
		expect(readAtlas(dir).problems[0]).toMatchObject({
			file: 's.md',
			line: 2,
			message: expect.stringMatching(/dialectName/),
		});
	});
});
