/**
 * The JSON API serializes exactly the model: every field the schemas declare reaches
 * `codes.json`, `dialects.json` and `concepts.json`, and nothing else does. The schemas are
 * strict and the types are inferred from them, so a field added to the model and lost on
 * the way to the files fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { codeEntrySchema, conceptSchema, dialectSchema } from '../../src/lib/model/schemas.ts';
import { ccxtJsonPath, codeJsonPath } from '../../src/lib/model/urls.ts';
import { distDir } from './dist.ts';

const api = (file: string): unknown[] =>
	JSON.parse(readFileSync(join(distDir(), 'api/v1', file), 'utf8'));

describe.each([
	['codes.json', codeEntrySchema],
	['dialects.json', dialectSchema],
	['concepts.json', conceptSchema],
] as Array<[string, z.ZodObject]>)('%s', (file, schema) => {
	const items = api(file);

	it('holds items', () => {
		expect(items.length).toBeGreaterThan(0);
	});

	it('gives every item exactly the fields of the model, each valid', () => {
		const fields = Object.keys(schema.shape).sort();
		for (const item of items) {
			expect(Object.keys(item as object).sort()).toEqual(fields);
			expect(schema.safeParse(item).error).toBeUndefined();
		}
	});
});

it("writes one file per code under /api/v1/<dialect>/<id's slug>.json, byte for byte its entry in codes.json", () => {
	const codes = api('codes.json') as Array<{ dialect: string; id: string }>;
	// `decoder/` holds the decoder's parts, beside the dialects' folders ('decoder' is a reserved dialect id).
	const files = readdirSync(join(distDir(), 'api/v1'), {
		recursive: true,
		encoding: 'utf8',
	}).filter(
		(file) =>
			/^[^/]+\/[^/]+\.json$/.test(file) &&
			!file.endsWith('/ccxt.json') &&
			!file.startsWith('decoder/'),
	);
	const expected = codes.map((entry) => codeJsonPath(entry.dialect, entry.id));
	expect(new Set(expected).size).toBe(codes.length);
	expect(files.map((file) => `api/v1/${file}`).sort()).toEqual(expected.sort());
	for (const entry of codes)
		expect(readFileSync(join(distDir(), codeJsonPath(entry.dialect, entry.id)), 'utf8')).toBe(
			JSON.stringify(entry),
		);
});

it('writes /api/v1/<dialect>/ccxt.json for exactly the dialects that name a ccxt exchange, each code of it under its number', () => {
	const dialects = api('dialects.json') as Array<{
		id: string;
		ccxt: { exchange: string; market: string | null } | null;
	}>;
	const codes = api('codes.json') as Array<{
		dialect: string;
		id: string;
		code: number | null;
		ccxt: { class: string; match: string | null } | null;
	}>;
	for (const dialect of dialects) {
		const file = join(distDir(), ccxtJsonPath(dialect.id));
		expect(existsSync(file), file).toBe(dialect.ccxt !== null);
		if (!dialect.ccxt) continue;
		const map = JSON.parse(readFileSync(file, 'utf8')) as {
			exchange: string;
			market: string | null;
			exact: Record<string, string>;
			proposed: Record<string, string>;
			messages: Record<string, string>;
		};
		expect(map).toMatchObject({ exchange: dialect.ccxt.exchange, market: dialect.ccxt.market });
		for (const entry of codes.filter(
			(code) => code.dialect === dialect.id && code.ccxt?.match === 'code',
		)) {
			const key = entry.code === null ? entry.id : String(entry.code);
			expect(map.exact[key], `${dialect.id} ${entry.id}`).toBeDefined();
			expect(map.messages[key], `${dialect.id} ${entry.id}`).toBeDefined();
		}
		for (const key of Object.keys(map.proposed)) expect(map.exact[key]).toBeDefined();
	}
});
