import { renderMermaidSVG } from 'beautiful-mermaid';

/**
 * Mermaid source → inline SVG at build time, so pages ship no diagram JavaScript. Colours follow the page's
 * theme through Starlight's CSS variables. The renderer's web-font @import is dropped: the site loads no
 * third-party resources, and the page's own font applies instead.
 */
export function mermaidToSvg(source: string, options: { onPath?: readonly string[] } = {}): string {
  const svg = renderMermaidSVG(source, {
    bg: 'var(--sl-color-bg)',
    fg: 'var(--sl-color-text)',
    accent: 'var(--sl-color-text-accent)',
    transparent: true,
  })
    .replace(/@import url\([^)]*\);?/g, '')
    .replace(/font-family: 'Inter', system-ui, sans-serif;/g, 'font-family: inherit;');
  const onPath = new Set(options.onPath ?? []);
  const edges = new Set((options.onPath ?? []).slice(1).map((to, i) => `${options.onPath?.[i]}>${to}`));
  // Mark the highlighted path the way the advisor does on the client (see components/advisor/highlight.ts).
  return svg
    .replace(/<g class="node" data-id="([^"]+)"/g, (whole, id: string) =>
      onPath.has(id) ? `<g class="node on-path" data-id="${id}"` : whole,
    )
    .replace(/class="(edge|edge-label)" data-from="([^"]+)" data-to="([^"]+)"/g, (whole, kind: string, from: string, to: string) =>
      edges.has(`${from}>${to}`) ? `class="${kind} on-path" data-from="${from}" data-to="${to}"` : whole,
    );
}
