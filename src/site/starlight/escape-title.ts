import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHtml } from '../html.ts';

/**
 * Starlight writes the `<title>` element with `set:html`, so a page title is emitted as
 * markup. Our titles come from the sources (`-1121 BAD_SYMBOL`, or a message when a code has
 * no name), and a name such as `</title><script>...` would become a real script. Escaping
 * the title entry makes it text on every page, ours and the guides alike.
 */
export const onRequest = defineRouteMiddleware((context) => {
	for (const entry of context.locals.starlightRoute.head) {
		if (entry.tag === 'title' && entry.content) entry.content = escapeHtml(entry.content);
	}
});
