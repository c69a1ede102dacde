/**
 * Marks the nodes and edges of the decision-tree diagram on the page (rendered at build time, see
 * DecisionTree.astro) that lie on `path`. The diagram is outside the island, so this reaches it by its
 * data attributes (src/diagram/tree-svg.ts): nodes carry data-node, arrows and their labels data-from / data-to.
 */
export function highlightTreePath(path: readonly string[]): void {
  const diagram = document.querySelector('[data-advisor-tree]');
  if (!diagram) return;
  const on = new Set(path);
  const edges = new Set(path.slice(1).map((to, i) => `${path[i]}>${to}`));
  diagram.querySelectorAll<SVGElement>('[data-node]').forEach((node) => {
    node.classList.toggle('on-path', on.has(node.dataset['node'] ?? ''));
  });
  diagram.querySelectorAll<SVGElement>('svg [data-from]').forEach((edge) => {
    edge.classList.toggle('on-path', edges.has(`${edge.dataset['from']}>${edge.dataset['to']}`));
  });
}
