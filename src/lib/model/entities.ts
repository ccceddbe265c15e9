/**
 * HTML character references (`&amp;`, `&#39;`, `&#x2F;`), decoded the same way wherever text
 * arrives as HTML: a source's HTML table or block, a pasted error page, the build's tag scanner.
 * Each caller finds references with its own pattern and decides what an unknown one becomes.
 */

// A Map, not an object: `&constructor;` must not find Object's.
const NAMED = new Map(
	Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }),
);

/**
 * The character a reference names, given what stands between `&` and `;` (`amp`, `#39`,
 * `#x2F`); null for a name it does not know or a number that is no Unicode code point, which
 * `String.fromCodePoint` would throw on.
 */
export function characterReference(name: string): string | null {
	if (name[0] !== '#') return NAMED.get(name.toLowerCase()) ?? null;
	const hex = name[1] === 'x' || name[1] === 'X';
	const point = hex ? parseInt(name.slice(2), 16) : Number(name.slice(1));
	return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : null;
}
