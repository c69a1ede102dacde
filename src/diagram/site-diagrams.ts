import { LOCALES, type Locale } from '../i18n/locale';
import type { DecisionTree } from '../schemas/rules';
import { casePathToMermaid } from './case-path-mermaid';
import { treeToMermaid } from './tree-mermaid';

/** A diagram as a page draws it. */
export interface Diagram {
  /** How messages name it. */
  name: string;
  /** Its SVG's id is `${prefix}-0`, which scopes the SVG's styles: unique on a page. */
  prefix: string;
  /** Mermaid source. */
  source: string;
}

/** The advisor's whole decision tree in one language (components/WholeTree.astro). */
export function treeDiagram(tree: DecisionTree, locale: Locale): Diagram {
  return { name: `decision tree (${locale})`, prefix: 'decision-tree', source: treeToMermaid(tree, locale) };
}

/** A case's path through the decision tree in one language (components/CasePath.astro). */
export function casePathDiagram(tree: DecisionTree, caseId: string, locale: Locale): Diagram {
  return { name: `${caseId} case's path (${locale})`, prefix: 'case-path', source: casePathToMermaid(tree, caseId, locale) };
}

/** The cases that have a leaf in the tree, in the tree's order. */
function treeCases(tree: DecisionTree): string[] {
  return tree.nodes.flatMap((n) => (n.kind === 'leaf' && n.case !== undefined ? [n.case] : []));
}

/**
 * Every diagram the site draws. A component that draws a new kind of diagram adds it here, so that
 * `npm run diagrams` renders it and the unit tests check that its render is committed.
 */
export function siteDiagrams(tree: DecisionTree): Diagram[] {
  return LOCALES.flatMap((locale) => [
    treeDiagram(tree, locale),
    ...treeCases(tree).map((caseId) => casePathDiagram(tree, caseId, locale)),
  ]);
}
