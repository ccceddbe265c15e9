/**
 * A search box that takes a pasted client error. Pagefind returns only pages holding every
 * word of a query, and a paste is full of words no page has (`code`, `msg`, `APIError`, a
 * logger's timestamp), so a paste found nothing. When what was typed is a paste, the box's
 * text becomes what the error means (its code, else its message), which Pagefind then
 * searches, and a line above the results links the whole paste to the decoder. The field
 * shows what is searched, so nothing happens behind the reader's back. Works on any Pagefind
 * UI (Starlight's dialog, the home page box) without a hook into it: the box's `input` event
 * is seen first, on the way down. The paste is untrusted: it reaches the page only as the
 * field's value, as text and as an encoded link.
 */
import { searchForPaste } from '../../lib/decode/paste-search.ts';
import { decodePath, LINKABLE_PASTE } from '../../lib/model/urls.ts';
import { pathWithBase } from '../base.ts';

export interface PasteBox {
	/** What to search for `query` (a `?q=` given to the box); shows the notice when it is a paste. */
	termFor(query: string): string;
}

/** Watches the Pagefind UI that is or will be mounted in `root`. */
export function watchPastes(root: HTMLElement): PasteBox {
	const notice = new PasteNotice();
	const termFor = (query: string): string => {
		const { term, pasted } = searchForPaste(query);
		if (pasted) notice.show(root, query, term);
		else if (query !== notice.term) notice.hide();
		return term;
	};
	const read = (input: HTMLInputElement): boolean => {
		const term = termFor(input.value);
		if (term === input.value) return false;
		input.value = term;
		return true;
	};
	root.addEventListener(
		'input',
		(event) => {
			const input = event.target;
			if (
				input instanceof HTMLInputElement &&
				input.classList.contains('pagefind-ui__search-input')
			)
				read(input);
		},
		{ capture: true },
	);
	// A paste typed before this module loaded (it loads when the browser is idle) is read now,
	// and searched again as what it means.
	const early = root.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
	if (early?.value && read(early)) early.dispatchEvent(new Event('input', { bubbles: true }));
	return { termFor };
}

class PasteNotice {
	readonly #element: HTMLParagraphElement;
	readonly #link: HTMLAnchorElement;
	readonly #note: HTMLSpanElement;
	/** The term the notice stands for, while the field still holds it. */
	term: string | null = null;

	constructor() {
		this.#element = document.createElement('p');
		this.#element.className = 'atlas-paste-notice';
		this.#element.hidden = true;
		this.#link = document.createElement('a');
		this.#note = document.createElement('span');
		this.#element.append(this.#link, ' ', this.#note);
	}

	show(root: HTMLElement, paste: string, term: string): void {
		// Between Pagefind's field and its results, once Pagefind has drawn them.
		if (!this.#element.isConnected)
			root.querySelector('.pagefind-ui__drawer')?.before(this.#element);
		this.term = term;
		this.#element.hidden = false;
		const linkable = paste.length <= LINKABLE_PASTE;
		this.#link.href = pathWithBase(decodePath(linkable ? paste : undefined));
		this.#link.textContent = linkable ? 'Decode this error' : 'Open the decoder';
		const what = /^-?\d+$/.test(term) ? `its code, ${term}` : 'its message';
		this.#note.textContent = `${linkable ? 'to read all of it' : 'and paste it there'}; searching ${what}.`;
	}

	hide(): void {
		this.term = null;
		this.#element.hidden = true;
	}
}
