import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAtlas } from '../../../src/lib/atlas.ts';
import { createDecoder, decode } from '../../../src/lib/decode/decode.ts';
import {
	buildDecoderParts,
	partedDecoder,
	partsFor,
	messageKeys,
} from '../../../src/lib/decode/decoder-parts.ts';
import { decodeDialects, decodeTargets } from '../../../src/lib/decode/targets.ts';
import { HOSTILE_PASTES } from '../../../scripts/bench/hostile.ts';

const atlas = readAtlas(join(import.meta.dirname, '../../../content/sources'));
const targets = decodeTargets(atlas.codes, atlas.dialects);
const dialects = decodeDialects(atlas.dialects);
const whole = createDecoder(targets, dialects);
// Both as the browser gets them: through JSON.
const { head: builtHead, parts: built } = buildDecoderParts(targets, dialects);
const head = JSON.parse(JSON.stringify(builtHead)) as typeof builtHead;
const published = new Map(
	[...built].map(([name, part]) => [name, JSON.parse(JSON.stringify(part))]),
);

function parted() {
	const fetched: string[] = [];
	const decoder = partedDecoder(head, async (name) => {
		fetched.push(name);
		const part = published.get(name);
		if (!part) throw new Error(`no part ${name}`);
		return part;
	});
	return { decoder, fetched };
}

/** Pastes of every kind from the shipped atlas: code and message, message alone, string codes, bare and unknown numbers. */
function pastes(): string[] {
	const out: string[] = [];
	atlas.codes.forEach((entry, i) => {
		if (i % 9 !== 0) return;
		const message = entry.messages[0] ?? entry.description ?? '';
		out.push(JSON.stringify({ code: entry.code ?? entry.id, msg: message }));
		if (message) out.push(message, `Error: ${message} (request 42)`);
		if (entry.code !== null) out.push(String(Math.abs(entry.code)), `error ${entry.code + 7}`);
		else out.push(`{"error":["${entry.id}"]}`);
		if (entry.name) out.push(entry.name);
	});
	return [
		...out,
		'{"code":-1121,"msg":"Invalid symbol."}',
		'binance {"code":-2010,"msg":"Account has insufficient balance for requested action."}',
		'123456789',
		'nothing at all',
		'',
	];
}

describe('decoder parts', () => {
	it('hold every code: in the head or in a part', () => {
		const seen = new Set<number>(head.rows.map((row) => row[0]));
		for (const part of built.values()) for (const row of part.rows) seen.add(row[0]);
		expect(seen.size).toBe(targets.length);
		expect(head.words & (head.words - 1)).toBe(0);
	});

	it('decode every paste of the shipped atlas as the whole index does, fetching each part once', async () => {
		const { decoder, fetched } = parted();
		const all = pastes();
		expect(all.length).toBeGreaterThan(1500);
		for (const paste of all) {
			const expected = decode(whole, paste);
			const got = await decoder.decode(paste);
			expect(got.matches, paste).toEqual(expected.matches);
			const nearby = (result: typeof got) =>
				result.suggestions.filter((s) => s.reason === 'nearby code');
			expect(nearby(got), paste).toEqual(nearby(expected));
		}
		expect(new Set(fetched).size).toBe(fetched.length);
	});

	it('decode the hostile pastes as the whole index does', async () => {
		const { decoder } = parted();
		for (const paste of HOSTILE_PASTES)
			expect((await decoder.decode(paste)).matches).toEqual(decode(whole, paste).matches);
	});

	it('fetch a few parts for an ordinary paste', () => {
		const names = partsFor(head, '{"code":-1121,"msg":"Invalid symbol."}');
		expect(names.length).toBeGreaterThan(0);
		expect(names.length).toBeLessThanOrEqual(5);
	});

	it('retry a part whose fetch failed', async () => {
		let fail = true;
		const decoder = partedDecoder(head, async (name) => {
			if (fail) throw new Error('offline');
			return published.get(name)!;
		});
		await expect(decoder.decode('{"code":-1121,"msg":"Invalid symbol."}')).rejects.toThrow(
			'offline',
		);
		fail = false;
		expect(
			(await decoder.decode('{"code":-1121,"msg":"Invalid symbol."}')).matches[0],
		).toMatchObject({ code: -1121 });
	});
});

describe('messageKeys', () => {
	it('are the words and pairs of words every match holds whole, and the words a placeholder cuts by their whole end', () => {
		expect(messageKeys('Invalid symbol.')).toEqual(['w:invalid', 'b:invalid symbol', 'w:symbol']);
		expect(messageKeys('Unknown error %s')).toEqual(['w:unknown', 'b:unknown error', 'w:error']);
		expect(messageKeys('Parameter %s is invalid%s')).toEqual(['w:parameter', 'p:inv']);
		expect(messageKeys('Order does not exist; id=%d')).toEqual([
			'w:order',
			'b:order does',
			'w:does',
			'b:does not',
			'w:not',
			'b:not exist',
			'w:exist',
			'b:exist; id',
		]);
		expect(messageKeys('余额不足')).toEqual(['w:余额不足']);
		// Next to a placeholder a word may be glued to the value: `%sabcdef` matches `xyzabcdef`.
		expect(messageKeys('%sabcdef')).toEqual(['x:def']);
		expect(messageKeys('杠杆%s不正确')).toEqual(['x:不正确']);
		expect(messageKeys('用户所在国家杠杆不能超过%s')).toEqual(['p:用户所']);
		expect(messageKeys('%s绝对值大于%s')).toEqual([]);
		expect(messageKeys('%s')).toBeNull();
	});
});
