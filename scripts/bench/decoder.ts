/**
 * What the paste box transfers for a first decode: the decoder's head and the parts the paste
 * leads to (src/lib/decode/decoder-parts.ts), gzipped as a host sends them, for pastes drawn
 * from the corpus. The page's own scripts are counted in its first load, not here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { partsFor, type DecoderHead } from '../../src/lib/decode/decoder-parts.ts';
import type { CorpusCode } from './corpus.ts';

export interface FirstDecode {
	pastes: number;
	/** Bytes gzipped: the head alone, the median and the worst first decode (head and parts). */
	headGzip: number;
	medianGzip: number;
	worstGzip: number;
	worstPaste: string;
	/** The most parts one paste fetched. */
	mostParts: number;
}

const FOLDER = 'api/v1/decoder';

/** Pastes as clients print them: code and message, the message alone, a number nobody has. */
export function decodePastes(
	codes: readonly Pick<CorpusCode, 'code' | 'messages'>[],
	count = 30,
): string[] {
	const withMessage = codes.filter((entry) => entry.messages.length > 0);
	const step = Math.max(1, Math.floor(withMessage.length / count));
	const pastes: string[] = [];
	for (let i = 0; i < withMessage.length && pastes.length < count; i += step) {
		const entry = withMessage[i];
		const message = entry.messages[0].replace(/%[sd]/g, '42');
		pastes.push(
			pastes.length % 3 === 2
				? `Error: ${message}`
				: JSON.stringify({ code: entry.code, msg: message }),
		);
	}
	return [...pastes, '{"code":987654321,"msg":"Something nobody documents."}'];
}

/** Null when the dist has no decoder parts. */
export function firstDecode(dist: string, pastes: readonly string[]): FirstDecode | null {
	let head: DecoderHead;
	const gz = new Map<string, number>();
	const size = (name: string) => {
		let bytes = gz.get(name);
		if (bytes === undefined)
			gz.set(name, (bytes = gzipSync(readFileSync(join(dist, FOLDER, `${name}.json`))).length));
		return bytes;
	};
	try {
		head = JSON.parse(readFileSync(join(dist, FOLDER, 'head.json'), 'utf8')) as typeof head;
	} catch {
		return null;
	}
	const measured = pastes.map((paste) => {
		const names = partsFor(head, paste);
		return {
			paste,
			parts: names.length,
			bytes: size('head') + names.reduce((sum, name) => sum + size(name), 0),
		};
	});
	const sorted = [...measured].sort((a, b) => a.bytes - b.bytes);
	const worst = sorted.at(-1)!;
	return {
		pastes: measured.length,
		headGzip: size('head'),
		medianGzip: sorted[Math.floor(sorted.length / 2)].bytes,
		worstGzip: worst.bytes,
		worstPaste: worst.paste,
		mostParts: Math.max(...measured.map((item) => item.parts)),
	};
}
