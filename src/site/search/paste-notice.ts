/**
 * The "Decode this error" line a search box shows above its results when a pasted client error
 * was typed into it. Pagefind UI calls `processTerm` with what is in the box before each search;
 * the notice follows that call, so it always describes the results shown under it. The paste is
 * untrusted: it only ever reaches the page as text and as an encoded link.
 */
import { searchForPaste } from '../../lib/decode/paste-search.ts';
import { decodePath, withBase } from '../../lib/model/urls.ts';

/** A longer paste is still searched, but not put into a link (as the decode box does). */
export const LINKABLE_PASTE = 2000;

export class PasteNotice {
	readonly element: HTMLParagraphElement;
	readonly #link: HTMLAnchorElement;
	readonly #note: HTMLSpanElement;
	readonly #base: string;

	constructor(base: string) {
		this.#base = base;
		this.element = document.createElement('p');
		this.element.className = 'atlas-paste-notice';
		this.element.hidden = true;
		this.#link = document.createElement('a');
		this.#note = document.createElement('span');
		this.element.append(this.#link, ' ', this.#note);
	}

	/** Pagefind UI's `processTerm`: what a paste means is searched, and the notice offers the decoder. */
	readonly processTerm = (query: string): string => {
		const search = searchForPaste(query);
		this.#show(search.pasted ? query : null, search.term);
		return search.term;
	};

	/** Puts the notice above the results of the Pagefind UI mounted in `root`, below its field. */
	attach(root: HTMLElement): void {
		root.querySelector('.pagefind-ui__drawer')?.before(this.element);
	}

	#show(paste: string | null, term: string) {
		this.element.hidden = paste === null;
		if (paste === null) return;
		const linkable = paste.length <= LINKABLE_PASTE;
		this.#link.href = withBase(this.#base, decodePath(linkable ? paste : undefined));
		this.#link.textContent = linkable ? 'Decode this error' : 'Open the decoder';
		const what = /^-?\d+$/.test(term) ? `its code, ${term}` : 'its message';
		this.#note.textContent = `${linkable ? 'to read all of it' : 'and paste it there'}; the results below are for ${what}.`;
	}
}
