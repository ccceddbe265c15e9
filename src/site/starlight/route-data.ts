import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pathWithBase } from '../base.ts';

/**
 * Head tags every Starlight page gets on top of Starlight's own canonical and Open Graph
 * tags: the OpenSearch description (so browsers offer Error Atlas as a search engine) and
 * Twitter card tags mirroring Open Graph. Starlight asks for `summary_large_image`, but the
 * site has no preview images, and a large card without an image renders as an empty box.
 * A page that asks not to be indexed (the 404 page) loses its canonical and `og:url`: it
 * answers for many addresses and none of them is canonical.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const { head } = context.locals.starlightRoute;
	const meta = (key: 'name' | 'property', value: string) =>
		head.find((entry) => entry.tag === 'meta' && entry.attrs?.[key] === value);
	if (meta('name', 'robots')?.attrs?.content?.toString().includes('noindex')) {
		for (let i = head.length - 1; i >= 0; i--) {
			const attrs = head[i].attrs;
			if (attrs?.rel === 'canonical' || attrs?.property === 'og:url') head.splice(i, 1);
		}
	}
	const card = meta('name', 'twitter:card');
	if (card?.attrs) card.attrs.content = 'summary';
	for (const field of ['title', 'description'] as const) {
		const og = meta('property', `og:${field}`)?.attrs?.content;
		if (typeof og === 'string' && !meta('name', `twitter:${field}`))
			head.push({ tag: 'meta', attrs: { name: `twitter:${field}`, content: og } });
	}
	head.push({
		tag: 'link',
		attrs: {
			rel: 'search',
			type: 'application/opensearchdescription+xml',
			title: 'Error Atlas',
			href: pathWithBase('opensearch.xml'),
		},
	});
});
