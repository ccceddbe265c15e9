import type { CodeEntry, Dialect } from '../model/model.ts';
import type { DecodeDialect, DecodeTarget } from './decode.ts';

/**
 * What the decoder matches a paste against: every code with every text the API may return
 * for it (its messages; its only text when the source gives no message column; its
 * translations; its texts in other sections), then the rows of the dialects' message tables,
 * which name no code and lead to their section. URLs are the model's own (a code's `url`, a
 * section's below its dialect's), so they are what the caller's model holds.
 */
export function decodeTargets(
	codes: readonly CodeEntry[],
	dialects: readonly Dialect[] = [],
): DecodeTarget[] {
	const targets: DecodeTarget[] = codes.map((entry) => ({
		dialect: entry.dialect,
		id: entry.id,
		code: entry.code,
		name: entry.name,
		title: entry.title,
		url: entry.url,
		messages: matchableMessages(entry),
		...(entry.ccxt ? { ccxt: entry.ccxt.class } : {}),
	}));
	for (const dialect of dialects) {
		for (const table of dialect.messageTables) {
			for (const row of table.rows) {
				targets.push({
					dialect: dialect.id,
					id: null,
					code: null,
					name: null,
					title: row.message,
					url: sectionUrl(dialect, table.section.id),
					messages: [row.message],
				});
			}
		}
	}
	return targets;
}

/** A code's texts the decoder treats as messages, without repeats. */
export function matchableMessages(entry: CodeEntry): string[] {
	// Without messages, the text the source gives is what the API is likely to say: the
	// description (a table whose only text column is "Description"), else the label (`20001 Order not found`).
	const texts =
		entry.messages.length > 0
			? [...entry.messages]
			: entry.description
				? [entry.description]
				: entry.name === null && entry.title !== entry.id
					? [entry.title]
					: [];
	for (const translation of Object.values(entry.translations)) {
		texts.push(
			...(translation.messages.length > 0
				? translation.messages
				: translation.description
					? [translation.description]
					: []),
		);
	}
	for (const other of entry.alsoIn)
		texts.push(
			...(other.messages.length > 0
				? other.messages
				: other.description
					? [other.description]
					: []),
		);
	return [...new Set(texts)];
}

/** Each dialect's name, venue hints and ranges, for the decoder's hints and range answers. */
export function decodeDialects(dialects: readonly Dialect[]): DecodeDialect[] {
	return dialects.map((dialect) => ({
		id: dialect.id,
		name: dialect.name,
		// The ccxt exchange id names the venue in a ccxt paste (`binance {...}`, `kucoinfutures POST ...`).
		hints: [...new Set([...dialect.hints, ...(dialect.ccxt ? [dialect.ccxt.exchange] : [])])],
		ranges: dialect.ranges.map((range) => ({
			from: range.from,
			to: range.to,
			title: range.title,
			url: sectionUrl(dialect, range.section.id),
		})),
	}));
}

/** The page of one of a dialect's sections: `<dialect url><section>/`, as the model's section URLs are. */
function sectionUrl(dialect: Pick<Dialect, 'url'>, section: string): string {
	return `${dialect.url}${section}/`;
}
