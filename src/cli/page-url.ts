import { route, siteUrl } from '../lib/model/urls.ts';
import { absoluteUrl } from '../lib/share/share.ts';

/**
 * The absolute URL the CLI prints for a page path: the model's route on the published site
 * ({@link siteUrl}), resolved from its root. The one place the CLI makes a page's URL.
 */
export function pageUrl(path: string): string {
	return absoluteUrl(route(path), siteUrl());
}
