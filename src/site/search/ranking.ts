/**
 * How Pagefind ranks results, for every search box of the site: Starlight's dialog (its
 * `pagefind` option in astro.config.mjs), the inline search (SearchBox.astro) and the
 * ranking tests.
 *
 * Titles count little beyond their words in the page (`title: 1`, Pagefind's default is 5).
 * A title match is added on top of the page's own score, so with the default the title
 * decided: "Timestamp outside recvWindow", a concept, came before the code pages whose
 * message says recvWindow, and -1122 INVALID_SYMBOL_STATUS before the -1121 pages whose
 * message is "Invalid symbol.". Each page's title words are indexed in its text instead,
 * weighted by what the page is (src/site/starlight/page-title.ts).
 *
 * Pagefind matches a query word as a prefix too: `-1021` found MEXC's 10211 first, its page
 * being short. `termSimilarity` (default 1) ranks a word of the query's own length above a
 * longer one; at 3, 10211 still came before four of the ten -1021 pages, at 6 after all of them.
 */
export const SEARCH_RANKING = { metaWeights: { title: 1 }, termSimilarity: 6 };
