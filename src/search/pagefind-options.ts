/**
 * How the header search ranks results: Starlight passes this to Pagefind (`pagefind` in astro.config.mjs), and the
 * relevance test (src/built-site/search-relevance.test.ts) searches the built index with the same options, so that it ranks as readers see.
 * Every field is spelled out, so that neither Starlight's nor Pagefind's defaults change the ranking unnoticed.
 * The README's "Search" section says why each value is what it is.
 */
export const pagefindRanking = {
  pageLength: 0.75,
  termFrequency: 1,
  termSaturation: 2,
  termSimilarity: 1,
  diacriticSimilarity: 0.8,
  metaWeights: { title: 5, description: 2 },
};
