/**
 * The language a text is written in, told by its script. Enough to tell the two halves of a
 * page that lists its codes in English and again in Chinese; not a general detector.
 */
export function scriptLanguage(text: string): string | null {
	const letters = text.replace(/[^\p{L}]/gu, '');
	if (letters === '') return null;
	const count = (pattern: RegExp) => (letters.match(pattern) ?? []).length;
	const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
	const han = count(/\p{Script=Han}/gu);
	const hangul = count(/\p{Script=Hangul}/gu);
	const cyrillic = count(/\p{Script=Cyrillic}/gu);
	if (kana > 0) return 'ja';
	if (hangul > 0) return 'ko';
	// A few Han characters among English words (a venue name) do not make a text Chinese.
	if (han > 0 && han * 4 >= letters.length - han) return 'zh-CN';
	if (cyrillic * 2 >= letters.length) return 'ru';
	return null;
}

/** The language of a text, `fallback` (the source's `lang`) when its script does not tell. */
export function languageOf(text: string, fallback: string): string {
	return (
		scriptLanguage(text) ??
		(fallback.startsWith('zh') || fallback === 'ja' || fallback === 'ko' || fallback === 'ru'
			? 'en'
			: fallback)
	);
}
