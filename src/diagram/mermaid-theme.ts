/**
 * Mermaid's configuration for every diagram of the site. Mermaid bakes colours into each SVG's <style>; the
 * `themeCSS` below is appended there (scoped to the diagram, so it wins over Mermaid's own rules) and points
 * every colour at Starlight's CSS variables and the site's `--diagram-*` ones (src/styles/site.css). The
 * inline SVG therefore follows the theme that Starlight's toggle sets, without a second render.
 */
const THEME_CSS = `
  .label, .nodeLabel, .edgeLabel, span, p { color: var(--sl-color-white); fill: var(--sl-color-white); }
  .node rect, .node polygon, .node path { fill: var(--sl-color-bg-nav); stroke: var(--sl-color-gray-4); stroke-width: 1px; }
  .node.virt rect { fill: var(--diagram-virt); }
  .node.container rect { fill: var(--diagram-container); }
  .node.sandbox rect { fill: var(--diagram-sandbox); }
  .node.mesh rect { fill: var(--diagram-mesh); }
  .flowchart-link { stroke: var(--sl-color-gray-3); }
  .marker, .arrowMarkerPath { fill: var(--sl-color-gray-3); stroke: var(--sl-color-gray-3); }
  .edgeLabel, .edgeLabel p, .labelBkg { background-color: var(--sl-color-bg); }
  .edgeLabel rect { fill: var(--sl-color-bg); }
  .node.on-path rect { stroke: var(--sl-color-text-accent); stroke-width: 3px; }
  .flowchart-link.on-path { stroke: var(--sl-color-text-accent); stroke-width: 3px; }
  .edgeLabel .on-path p { font-weight: 600; }
  .nodeLabel .question { display: block; font-weight: 600; }
  .nodeLabel .others { display: block; margin-top: 0.5em; padding-top: 0.5em; border-top: 1px solid var(--sl-color-gray-4); text-align: start; }
`;

/** The page's own font stack (Starlight's), so that labels are measured at build time in the font they are read in. */
const FONT_FAMILY = `ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', sans-serif`;

export const MERMAID_CONFIG = {
  theme: 'base',
  themeCSS: THEME_CSS,
  fontFamily: FONT_FAMILY,
  flowchart: { curve: 'basis', padding: 12 },
} as const;
