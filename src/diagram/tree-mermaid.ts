import type { Locale } from '../i18n/locale';
import { t } from '../i18n/ui';
import type { DecisionTree, LeafNode, TreeNode } from '../schemas/rules';

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

/** The text as a Mermaid label: on one line, with the characters that would end it early coded. */
export function escapeLabel(text: string): string {
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
      lines.push(leafStatement(node, locale));
    }
  }
  lines.push(...arrowLines, ...paradigmClasses(tree.nodes));
  return lines.join('\n');
}

/** A leaf as a rectangle: the recommendation, then its alternative. */
export function leafStatement(leaf: LeafNode, locale: Locale): string {
  const alternative = t(locale, 'tree.alternative', { name: leaf.alternative[locale] });
  return `  ${mermaidNodeId(leaf.id)}["${escapeLabel(leaf.recommended[locale])}<br/>${escapeLabel(alternative)}"]`;
}

/** `class` statements that give each leaf its paradigm's class, which colours it (mermaid-theme.ts). */
export function paradigmClasses(nodes: readonly TreeNode[]): string[] {
  const leaves = nodes.filter((n): n is LeafNode => n.kind === 'leaf');
  return [...new Set(leaves.map((n) => n.paradigm))].map((paradigm) => {
    const members = leaves.filter((n) => n.paradigm === paradigm).map((n) => mermaidNodeId(n.id));
    return `  class ${members.join(',')} ${paradigm}`;
  });
}
