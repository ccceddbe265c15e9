import { escapeXml } from './xml.ts';

/** What an OpenSearch description needs to know about the deployed site. */
export interface OpenSearchOptions {
	/** Absolute URL of the site root, base path included: `https://example.org/errors/`. */
	root: string;
	shortName: string;
	description: string;
}

/**
 * The OpenSearch 1.1 description of the site's search page (`/search/?q=`). Browsers
 * require absolute URLs in it, so it is built from the site URL and the base path.
 */
export function openSearchXml({ root, shortName, description }: OpenSearchOptions): string {
	const at = (path: string) => escapeXml(new URL(path, root).href);
	return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
	<ShortName>${escapeXml(shortName)}</ShortName>
	<Description>${escapeXml(description)}</Description>
	<InputEncoding>UTF-8</InputEncoding>
	<Image width="16" height="16" type="image/svg+xml">${at('favicon.svg')}</Image>
	<Url type="text/html" method="get" template="${at('search/')}?q={searchTerms}"/>
	<Url type="application/opensearchdescription+xml" rel="self" template="${at('opensearch.xml')}"/>
	<moz:SearchForm>${at('search/')}</moz:SearchForm>
</OpenSearchDescription>
`;
}
