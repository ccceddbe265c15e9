import { escapeXml } from './xml.ts';

export interface AtomEntry {
	/** A stable, unique URI for the entry. */
	id: string;
	title: string;
	/** The page the entry is about, absolute. */
	link: string;
	/** `YYYY-MM-DD`: the day it happened. */
	date: string;
	/** Plain text; sent as `type="text"`, so nothing in it is markup. */
	content: string;
}

export interface AtomFeed {
	/** The feed's own absolute URL, also its id. */
	self: string;
	/** The HTML page the feed follows, absolute. */
	alternate: string;
	title: string;
	entries: AtomEntry[];
}

/**
 * An Atom 1.0 feed (RFC 4287): the feed and each entry with an id, title and updated time, a
 * link, an author at the feed level; text is escaped, never markup.
 */
export function atomXml({ self, alternate, title, entries }: AtomFeed): string {
	const updated = `${
		entries
			.map((entry) => entry.date)
			.sort()
			.at(-1) ?? '1970-01-01'
	}T00:00:00Z`;
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`\t<id>${escapeXml(self)}</id>`,
		`\t<title>${escapeXml(title)}</title>`,
		`\t<updated>${updated}</updated>`,
		'\t<author><name>Error Atlas</name></author>',
		`\t<link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
		`\t<link rel="alternate" type="text/html" href="${escapeXml(alternate)}"/>`,
		...entries.flatMap((entry) => [
			'\t<entry>',
			`\t\t<id>${escapeXml(entry.id)}</id>`,
			`\t\t<title>${escapeXml(entry.title)}</title>`,
			`\t\t<updated>${entry.date}T00:00:00Z</updated>`,
			`\t\t<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
			`\t\t<content type="text">${escapeXml(entry.content)}</content>`,
			'\t</entry>',
		]),
		'</feed>',
		'',
	];
	return lines.join('\n');
}
