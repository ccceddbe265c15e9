import { atomXml, type AtomEntry } from '../../lib/share/atom.ts';
import { changeDays, daySummary, type ChangeDay } from '../../lib/registry/changes.ts';
import { changesFeedPath, changesPath } from '../../lib/model/urls.ts';
import { getDialects, getPublished } from './atlas.ts';
import { pathWithBase } from '../base.ts';

/** How many days a feed carries: readers keep what they have read. */
const FEED_DAYS = 50;

/** The Atom feed of the changes page of `dialect`, or of every dialect; URLs absolute from `root` (site and base path). */
export async function changesFeed(root: URL, dialect?: string): Promise<Response> {
	const dialects = await getDialects();
	const names = new Map(dialects.map((entry) => [entry.id, entry.name]));
	const published = [...(await getPublished()).values()].filter(
		(entry) => !dialect || entry.dialect === dialect,
	);
	const days = changeDays(
		published,
		dialects.map((entry) => entry.id),
	).slice(0, FEED_DAYS);
	const at = (path: string) => new URL(path, root).href;
	const entry = (day: ChangeDay): AtomEntry => {
		const name = names.get(day.dialect) ?? day.dialect;
		const line = (label: string, list: ChangeDay['added']) =>
			list.length
				? [
						`${label}: ${list.map((code) => `${code.id} ${code.texts.name ?? code.texts.title}`).join('; ')}`,
					]
				: [];
		return {
			id: at(`${changesPath(day.dialect)}#${day.dialect}-${day.date}`),
			title: `${name}, ${day.date}: ${daySummary(day)}`,
			link: at(`${changesPath(day.dialect)}#${day.dialect}-${day.date}`),
			date: day.date,
			content: [
				...line('New', day.added),
				...line('Text changed', day.changed),
				...line('Retired', day.retired),
			].join('\n'),
		};
	};
	const xml = atomXml({
		self: at(changesFeedPath(dialect)),
		alternate: at(changesPath(dialect)),
		title: dialect
			? `Error Atlas: ${names.get(dialect) ?? dialect} changes`
			: 'Error Atlas changes',
		entries: days.map(entry),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

/** The site root with its base path, absolute: what feeds resolve their links against. */
export function siteRoot(site: URL | undefined): URL {
	return new URL(pathWithBase('/'), site ?? 'http://localhost:4321');
}
