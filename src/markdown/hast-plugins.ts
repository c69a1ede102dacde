import { defineHastPlugin } from 'satteri';

// Plugins for Astro's Markdown processor (Sätteri), which renders every page's Markdown and MDX.

/** Links to other sites get rel="noopener". */
export const externalLinks = defineHastPlugin({
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      if (typeof href === 'string' && /^https?:\/\//.test(href)) ctx.setProperty(node, 'rel', 'noopener');
    },
  },
});

/**
 * Tables can be focused: Starlight makes a wide table its own scroll box, and a scroll box that keyboard users
 * cannot focus cannot be scrolled without a mouse (axe: scrollable-region-focusable).
 */
export const focusableTables = defineHastPlugin({
  name: 'focusable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      ctx.setProperty(node, 'tabIndex', 0);
    },
  },
});
