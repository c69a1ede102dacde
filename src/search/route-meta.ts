import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Makes each page's description (its frontmatter `description`, in <meta name="description">) a Pagefind metadata
 * field, so that it is searched and weighted (`metaWeights` in pagefind-options.ts): it says what the page answers.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
  for (const entry of locals.starlightRoute.head) {
    if (entry.tag === 'meta' && entry.attrs?.['name'] === 'description') entry.attrs['data-pagefind-meta'] = 'description[content]';
  }
});
