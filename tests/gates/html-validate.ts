import type { ConfigData } from 'html-validate';

/**
 * html-validate's recommended rules, minus the ones that judge markup style rather than
 * correctness, each for a stated reason. Everything else is an error.
 */
export const htmlValidateConfig: ConfigData = {
	root: true,
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements as `<meta />`, and redirect pages (aliases) start with
		// `<!doctype html>` in lower case; both spellings are valid HTML.
		'void-style': 'off',
		'doctype-style': 'off',
		// Starlight and Expressive Code set CSS custom properties in style="" (icon sizes,
		// sidebar depth, code colours); the CSP allows style attributes for that reason.
		'no-inline-style': 'off',
		// Starlight's header and dialog buttons omit type="button"; they sit outside any form,
		// where a button cannot submit anything.
		'no-implicit-button-type': 'off',
		// Starlight renders the table of contents twice (mobile and desktop), both named
		// "On this page"; CSS shows one at a time, and axe, which sees the rendered page,
		// checks landmark uniqueness (landmark-unique) on every page type.
		'unique-landmark': 'off',
		// HTML ids may start with a digit or `_`: section anchors are `40xx-...`, Starlight's
		// heading anchor is `_top`. Relaxed mode still rejects empty ids and whitespace.
		'valid-id': ['error', { relaxed: true }],
		// A code without a name is titled by its message, which is not cut: a shortened message
		// would misquote the API. Search engines shorten long titles themselves.
		'long-title': 'off',
	},
};

/**
 * Expressive Code (Starlight's code blocks on the guide pages) puts `<div>` lines inside
 * `<code>` and a `<div>` inside its copy button, whose name comes from `title`; upstream
 * knows (expressive-code/expressive-code#423). Only those two messages, only inside a
 * code block's `<figure>`, are let through; axe checks the same blocks in the browser.
 */
export function isExpressiveCodeMarkup(ruleId: string, selector: string | null): boolean {
	if (ruleId !== 'element-permitted-content' && ruleId !== 'text-content') return false;
	return /> figure > (pre > code > div|div > button)\b/.test(selector ?? '');
}
