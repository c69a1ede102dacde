/**
 * Pagefind search latency on one fresh page each (a new browser context, so nothing is cached), two ways:
 * - api: the first query through Pagefind's API, as a script on the page would run it: import /pagefind/pagefind.js,
 *   set the header search's options, search, and load the top five results' data; then the later queries (warm).
 * - dialog: in Starlight's header search, from the first keystroke to the first result on screen, after opening the
 *   dialog as a reader does (a click on the search button) and waiting for its input.
 * Times in milliseconds.
 */
export async function searchLatency(browser, origin, { home, queries, pagefindOptions }) {
  const api = await apiLatency(browser, origin, { home, queries, pagefindOptions });
  const dialogMs = await onFreshPage(browser, `${origin}${home}`, (page) => typeToFirstResult(page, queries[0]));
  return { apiColdMs: api[0], apiWarmMs: api.slice(1), dialogMs };
}

/** The API way alone: each query's time on one fresh page, the first one including Pagefind's loading. */
export function apiLatency(browser, origin, { home, queries, pagefindOptions }) {
  return onFreshPage(browser, `${origin}${home}`, (page) =>
    page.evaluate(
      async ({ list, options }) => {
        const out = [];
        const start = performance.now();
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.options(options);
        for (const query of list) {
          const queryStart = out.length === 0 ? start : performance.now();
          const { results } = await pagefind.search(query);
          await Promise.all(results.slice(0, 5).map((r) => r.data()));
          out.push(performance.now() - queryStart);
        }
        return out;
      },
      { list: queries, options: pagefindOptions },
    ),
  );
}

async function onFreshPage(browser, url, measure) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await measure(page);
  } finally {
    await context.close();
  }
}

/** Opens the header search, types the query, and times the first keystroke to the first result shown. */
async function typeToFirstResult(page, query) {
  await page.locator('button[data-open-modal]').first().click();
  const input = page.locator('dialog[open] .pagefind-ui__search-input');
  await input.focus();
  await page.evaluate(() => {
    const marks = (window.__searchTiming = {});
    document.addEventListener('input', () => (marks.typed ??= performance.now()), { capture: true });
    new MutationObserver((_, observer) => {
      if (document.querySelector('dialog[open] .pagefind-ui__result-link')) {
        marks.shown = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.keyboard.type(query);
  await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor();
  return page.evaluate(() => window.__searchTiming.shown - window.__searchTiming.typed);
}
