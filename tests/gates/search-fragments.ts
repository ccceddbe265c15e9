/**
 * What Pagefind stored for each page: its indexed text, metadata and the anchors it makes
 * sub-results of. Fragments are gzip-compressed JSON behind Pagefind's 12-byte signature.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	anchors: Array<{ element: string; id: string; text: string; location: number }>;
}

/** Every page fragment of the search bundle in `dist`, by URL (without the base path). */
export function searchFragments(dist: string): Map<string, Fragment> {
	const dir = join(dist, 'pagefind/fragment');
	const fragments = new Map<string, Fragment>();
	for (const name of readdirSync(dir)) {
		const fragment = JSON.parse(
			gunzipSync(readFileSync(join(dir, name)))
				.toString('utf8')
				.replace(/^pagefind_dcd/, ''),
		) as Fragment;
		fragments.set(fragment.url, fragment);
	}
	return fragments;
}
