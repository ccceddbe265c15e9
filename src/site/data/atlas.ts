import { getCollection } from 'astro:content';
import type { CodeEntry, Concept, Dialect } from '../../lib/model/model.ts';
import { inModelOrder } from '../../lib/model/order.ts';
import { isRetired, type PublishedCode, type RetiredCode } from '../../lib/registry/registry.ts';
import { codeWithBase, conceptWithBase, dialectWithBase } from './with-base-paths.ts';
import {
	dialectLinks,
	dialectSidebars,
	sidebarEntries,
	type SidebarEntry,
	type SidebarItem,
} from '../starlight/sidebar.ts';

let dialects: Dialect[] | undefined;
let codes: CodeEntry[] | undefined;
let byDialect: Map<string, CodeEntry[]> | undefined;
let concepts: Concept[] | undefined;
let published: Map<string, PublishedCode> | undefined;
let sidebars: Map<string, SidebarItem[]> | undefined;
let siteSidebarDialects: readonly SidebarEntry[] | undefined;
const codePageSidebars = new Map<string, readonly SidebarEntry[]>();
const codeIds = new Map<string, Set<string>>();

/*
 * The collections hold the model as src/lib builds it, with URLs from the site root; pages
 * and endpoints read it through these, which put the configured base path on every URL.
 */

/** Every dialect, in the model's order; read once per build. */
export async function getDialects(): Promise<Dialect[]> {
	dialects ??= (await getCollection('dialects')).map((entry) =>
		dialectWithBase(entry.data, import.meta.env.BASE_URL),
	);
	return dialects;
}

/**
 * Every code of every dialect, in the model's order (each dialect's in source order, which
 * code pages page through); read once per build. The collection comes back sorted by id.
 */
export async function getCodes(): Promise<CodeEntry[]> {
	codes ??= inModelOrder(
		await getDialects(),
		(await getCollection('codes')).map((entry) =>
			codeWithBase(entry.data, import.meta.env.BASE_URL),
		),
	);
	return codes;
}

/** Every concept with its members, ordered by id; read once per build. */
export async function getConcepts(): Promise<Concept[]> {
	concepts ??= (await getCollection('concepts')).map((entry) =>
		conceptWithBase(entry.data, import.meta.env.BASE_URL),
	);
	return concepts;
}

/** Every code the registry has published, by `<dialect>/<id>`: documented ones and retired ones; read once per build. */
export async function getPublished(): Promise<Map<string, PublishedCode>> {
	published ??= new Map(
		(await getCollection('published')).map((entry) => [
			entry.id,
			codeWithBase(entry.data, import.meta.env.BASE_URL),
		]),
	);
	return published;
}

/** The codes the registry remembers that no source documents any more, by dialect and key. */
export async function getRetired(): Promise<RetiredCode[]> {
	return [...(await getPublished()).values()].filter(isRetired);
}

/** Codes grouped by dialect, each list in source order. */
export async function getCodesByDialect(): Promise<Map<string, CodeEntry[]>> {
	if (!byDialect) {
		byDialect = new Map();
		for (const entry of await getCodes()) {
			const list = byDialect.get(entry.dialect) ?? [];
			list.push(entry);
			byDialect.set(entry.dialect, list);
		}
	}
	return byDialect;
}

/** The ids of a dialect's codes, built once per dialect: code pages link the codes a row shares only when they have a page. */
export async function getCodeIds(dialect: string): Promise<Set<string>> {
	let ids = codeIds.get(dialect);
	if (!ids) {
		ids = new Set(((await getCodesByDialect()).get(dialect) ?? []).map((entry) => entry.id));
		codeIds.set(dialect, ids);
	}
	return ids;
}

/**
 * The sidebar of a dialect's pages (see {@link dialectSidebars}), for `<StarlightPage sidebar>`:
 * built once per dialect and shared by all its pages.
 */
export async function getDialectSidebar(dialect: string): Promise<SidebarItem[]> {
	sidebars ??= dialectSidebars(await getDialects());
	const sidebar = sidebars.get(dialect);
	if (!sidebar) throw new Error(`no dialect "${dialect}" to build a sidebar for`);
	return sidebar;
}

/**
 * The route data sidebar of a dialect's code pages: {@link getDialectSidebar} as Starlight
 * makes it for a page it does not list, made once per dialect (src/site/starlight/code-page-sidebar.ts).
 */
export async function getCodePageSidebar(dialect: string): Promise<readonly SidebarEntry[]> {
	let entries = codePageSidebars.get(dialect);
	if (!entries)
		codePageSidebars.set(dialect, (entries = sidebarEntries(await getDialectSidebar(dialect))));
	return entries;
}

/**
 * The entries of the site-wide sidebar's dialects group as Starlight's route data has them,
 * made once per build (src/site/starlight/site-sidebar.ts).
 */
export async function getSiteSidebarDialects(): Promise<readonly SidebarEntry[]> {
	siteSidebarDialects ??= sidebarEntries(dialectLinks(await getDialects()));
	return siteSidebarDialects;
}
