/** How pages set code names: where they may wrap, and which titles are names. */

/** Splits a name after each underscore, the only places it may wrap: `TOO_` `MANY_` `REQUESTS`. */
export function nameParts(name: string): string[] {
	return name.split(/(?<=_)/);
}

/**
 * Whether a code's title is a name (`BAD_SYMBOL`, `Existing_Pending_Modification`, `UNKNOWN`,
 * a cut `MOVE_ORDER_NOT_ALLOWED...`) rather than prose (`Invalid symbol`).
 */
export function isName(title: string): boolean {
	return /^(?:[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Z][A-Z0-9]+)(?:\.\.\.|…)?$/.test(title);
}

const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language' });

/** `zh-CN` -> `Chinese (China)`: a language tag as people read it. */
export function languageName(lang: string): string {
	return LANGUAGES.of(lang) ?? lang;
}
