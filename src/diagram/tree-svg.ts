import { createHash } from 'node:crypto';
import type { DecisionTree } from '../schemas/rules';
import { mermaidNodeId } from './tree-mermaid';

/**
 * Gives Mermaid's SVG of the decision tree stable hooks named after the data: `data-node="<node id>"` on each node,
 * `data-from` / `data-to` on each arrow and its label, and the `on-path` class on the nodes and arrows of `path`
 * (node ids, root to leaf, as the advisor returns it). The advisor island moves the same class on the client
 * (components/advisor/highlight.ts).
 */
export function annotateTreeSvg(svg: string, tree: DecisionTree, path: readonly string[]): string {
  const nodeIds = new Map(tree.nodes.map((n) => [mermaidNodeId(n.id), n.id]));
  const arrows = new Map<string, { from: string; to: string }>(
    tree.nodes.flatMap((n) =>
      n.kind === 'decision' ? n.edges.map((e) => [`L_${mermaidNodeId(n.id)}_${mermaidNodeId(e.to)}`, { from: n.id, to: e.to }] as const) : [],
    ),
  );
  const onPath = new Set(path);
  const pathArrows = new Set(path.slice(1).map((to, i) => `${path[i]}>${to}`));

  return svg
    .replace(/<g class="node\b[^>]*>/g, (tag) => {
      const mermaidId = /\bid="[^"]*?-flowchart-(.+?)-\d+"/.exec(tag)?.[1];
      const id = mermaidId === undefined ? undefined : nodeIds.get(mermaidId);
      if (id === undefined) return tag;
      return editTag(tag, { 'data-node': id }, onPath.has(id));
    })
    .replace(/<(?:path|g)\b[^>]*\bdata-id="(L_[^"]+)_\d+"[^>]*>/g, (tag, key: string) => {
      const arrow = arrows.get(key);
      if (!arrow) return tag;
      return editTag(tag, { 'data-from': arrow.from, 'data-to': arrow.to }, pathArrows.has(`${arrow.from}>${arrow.to}`));
    });
}

/** Adds attributes to an opening tag and, when `mark`, the `on-path` class. Values are data ids: no escaping needed. */
function editTag(tag: string, attributes: Record<string, string>, mark: boolean): string {
  const extra = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  let edited = tag.replace(/\/?>$/, (end) => `${extra}${end}`);
  if (mark) edited = /\bclass="/.test(edited) ? edited.replace(/\bclass="/, 'class="on-path ') : edited.replace(/^<\w+/, '$& class="on-path"');
  return edited;
}

/** CSP hashes (`sha256-…`) of the <style> elements in an SVG, for the page's style-src. */
export function styleHashes(svg: string): `sha256-${string}`[] {
  return [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, css = '']) => `sha256-${createHash('sha256').update(css).digest('base64')}` as const,
  );
}
