import { decodeEntity } from './html-table.ts';

/**
 * The lines of an HTML block that is not a table: Slate's `<aside class="warning">` notes,
 * `<div>` and `<p>` wrappers. Venues list codes in them one per line between `<br>` tags
 * (`10300 : Subscription failed (generic)`); such a line is text like a paragraph's, so the
 * readers see its code. A line that holds block markup (`<aside ...>`, `<li>`) stays as
 * written, and whatever it holds is reported, never read by guess.
 */

/** Inline tags whose text is the line's text: emphasis, code, anchors, wrappers, line breaks. */
const INLINE_TAG =
	/<\/?(?:a|abbr|b|br|code|em|font|i|kbd|mark|p|small|span|strong|sub|sup|u)\b[^>]*>/gi;

/** Tags of HTML's block and form elements; any other `<Word>` is the source's text (`<Limit>`, `<CHANNEL_ID>`). */
const BLOCK_TAG =
	/<\/?(?:address|article|aside|audio|blockquote|body|button|canvas|center|details|dialog|dd|div|dl|dt|embed|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|html|iframe|img|input|label|li|main|nav|object|ol|option|pre|script|section|select|source|style|summary|svg|table|tbody|td|textarea|tfoot|th|thead|tr|ul|video)\b[^>]*>|<[!?]/i;

/** What one line of such a block is: text (markup removed, references decoded), blank (tags alone), or markup around text. */
export function htmlBlockLine(raw: string): { kind: 'text' | 'blank' | 'other'; text: string } {
	// A line of tags alone (`<aside class="warning">`, `</aside>`) holds no text to read or lose.
	if (raw.replace(/<[^>]*>/g, '').trim() === '') return { kind: 'blank', text: '' };
	if (BLOCK_TAG.test(raw)) return { kind: 'other', text: raw.trim() };
	const text = raw
		.replace(INLINE_TAG, ' ')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, decodeEntity)
		.replace(/\s+/g, ' ')
		.trim();
	return { kind: text === '' ? 'blank' : 'text', text };
}
