import { characterReference } from '../model/entities.ts';
/**
 * Tables that a page exporter wrote as HTML (`<table><tr><td>10001</td>...`) inside a
 * Markdown page. Their rows become table rows like GFM's, so the same column reading
 * applies and no code in them goes unread.
 */

/** One `<tr>` of an HTML table: its cells as text, and the offset of the row in the block. */
export interface HtmlRow {
	offset: number;
	cells: string[];
	header: boolean;
}

/** The rows of the HTML tables in a block of HTML, in order; empty when it holds none. */
export function htmlTableRows(html: string): HtmlRow[] {
	if (!/<(?:table|tr|td|th)\b/i.test(html)) return [];
	const rows: HtmlRow[] = [];
	for (const row of html.matchAll(/<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tr>|<\/table>|$)/gi)) {
		const cells = [
			...row[1].matchAll(/<(t[dh])\b[^>]*>([\s\S]*?)(?=<t[dh]\b|<\/t[dh]>|<\/tr>|$)/gi),
		];
		if (cells.length === 0) continue;
		rows.push({
			offset: row.index,
			cells: cells.map((cell) => cellText(cell[2])),
			header: cells.every((cell) => cell[1].toLowerCase() === 'th'),
		});
	}
	return rows;
}

/** A cell's text: tags out (a `<br>` is a space), character references decoded, spaces collapsed. */
function cellText(html: string): string {
	return html
		.replace(/<br\s*\/?>/gi, ' ')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, decodeEntity)
		.replace(/\s+/g, ' ')
		.trim();
}

/** Decodes one character reference (`&amp;`, `&#39;`, `&#x2F;`); an unknown one stays as written. */
export function decodeEntity(whole: string, name: string): string {
	return characterReference(name) ?? whole;
}
