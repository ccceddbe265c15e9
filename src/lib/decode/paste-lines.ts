/** The lines of a paste, the first 5,000 at most: the readers that look at every line stay bounded on a huge paste. */
export function* pasteLines(text: string): Generator<string> {
	let start = 0;
	for (let lines = 0; start <= text.length && lines < 5000; lines++) {
		const endAt = text.indexOf('\n', start);
		const end = endAt === -1 ? text.length : endAt;
		yield text.slice(start, end);
		start = end + 1;
	}
}
