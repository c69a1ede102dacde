import type { Locale } from '../i18n/locale';
import { t } from '../i18n/ui';
import type { DecisionTree } from '../schemas/rules';

const MERMAID_KEYWORDS = new Set([
  'end', 'graph', 'flowchart', 'subgraph', 'direction', 'class', 'classdef', 'click', 'style', 'linkstyle', 'default',
]);

/**
 * The node's id in Mermaid source: the data's id unchanged, except that a Mermaid keyword gets a trailing `_`.
 * Data ids never end in `_`, so the mapping stays one to one.
 */
export function mermaidNodeId(id: string): string {
  return MERMAID_KEYWORDS.has(id) ? `${id}_` : id;
}

/** Characters that would end a label or the statement early, as Mermaid entity codes. */
const MERMAID_CODES: Readonly<Record<string, string>> = {
  '"': '#quot;',
  '#': '#35;',
  '[': '#91;',
  ']': '#93;',
  '{': '#123;',
  '}': '#125;',
  '|': '#124;',
};

function escapeLabel(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/["#[\]{}|]/g, (c) => MERMAID_CODES[c] ?? c);
}

/**
 * Mermaid `flowchart TD` source for the tree in one language: decisions as rounded boxes (rhombi would make the
 * diagram several times taller for the same labels), leaves as rectangles classed by paradigm, arrows labelled
 * with their conditions. Colours come from the site's stylesheet through those classes (mermaid-theme.ts), so
 * that they follow the page's theme; a case's path is marked on the rendered SVG (tree-svg.ts).
 */
export function treeToMermaid(tree: DecisionTree, locale: Locale): string {
  const lines = ['flowchart TD'];
  const arrowLines: string[] = [];
  for (const node of tree.nodes) {
    const id = mermaidNodeId(node.id);
    if (node.kind === 'decision') {
      lines.push(`  ${id}("${escapeLabel(node.question[locale])}")`);
      for (const edge of node.edges) {
        arrowLines.push(`  ${id} -->|"${escapeLabel(edge.label[locale])}"| ${mermaidNodeId(edge.to)}`);
      }
    } else {
      const alternative = t(locale, 'tree.alternative', { name: node.alternative[locale] });
      lines.push(`  ${id}["${escapeLabel(node.recommended[locale])}<br/>${escapeLabel(alternative)}"]`);
    }
  }
  lines.push(...arrowLines);

  const paradigms = [...new Set(tree.nodes.flatMap((n) => (n.kind === 'leaf' ? [n.paradigm] : [])))];
  for (const paradigm of paradigms) {
    const members = tree.nodes.filter((n) => n.kind === 'leaf' && n.paradigm === paradigm);
    lines.push(`  class ${members.map((n) => mermaidNodeId(n.id)).join(',')} ${paradigm}`);
  }
  return lines.join('\n');
}
