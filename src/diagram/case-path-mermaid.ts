import type { Locale } from '../i18n/locale';
import { t } from '../i18n/ui';
import type { DecisionTree } from '../schemas/rules';
import { casePath, type PathAlternative } from './case-path';
import { escapeLabel, leafStatement, mermaidNodeId, paradigmClasses } from './tree-mermaid';

/**
 * Labels wrap at 340 px, so that the diagram is at most 380 px wide: scaled down to the 288 px column of a 320 px
 * phone, its 16 px labels stay at 12 px or more. In the source, so that it is part of the diagram's key
 * (committed-renders.ts).
 */
const LAYOUT = ['---', 'config:', '  flowchart:', '    wrappingWidth: 340', '---'];

/** "answer → A, B or C": a branch not taken and the recommendations it can lead to. */
export function alternativeLine({ edge, outcomes }: PathAlternative, locale: Locale): string {
  const names = [...new Set(outcomes.map((leaf) => leaf.recommended[locale]))];
  const last = names.pop() ?? '';
  const list = names.length === 0 ? last : t(locale, 'tree.eitherOr', { some: names.join(t(locale, 'tree.listSeparator')), last });
  return t(locale, 'tree.branchLeadsTo', { answer: edge.label[locale], outcomes: list });
}

/**
 * Mermaid `flowchart TD` source for one case's path through the tree, one column wide so that it fits a phone:
 * each decision on the path as a rounded box holding the question and, below a rule, the branches not taken with
 * the recommendations they lead to; an arrow labelled with the branch taken down to the next decision; the leaf
 * last. Path nodes keep their data ids, so that tree-svg.ts marks them as it marks the whole tree.
 */
export function casePathToMermaid(tree: DecisionTree, caseId: string, locale: Locale): string {
  const { steps, leaf } = casePath(tree, caseId);
  const nodes: string[] = [];
  const arrows: string[] = [];
  for (const { node, taken, alternatives } of steps) {
    const id = mermaidNodeId(node.id);
    const others = alternatives.map((a) => escapeLabel(alternativeLine(a, locale)));
    const heading = `<b>${escapeLabel(t(locale, 'tree.otherAnswers'))}</b>`;
    const aside = others.length === 0 ? '' : `<span class='others'>${[heading, ...others].join('<br/>')}</span>`;
    nodes.push(`  ${id}("<span class='question'>${escapeLabel(node.question[locale])}</span>${aside}")`);
    arrows.push(`  ${id} -->|"${escapeLabel(taken.label[locale])}"| ${mermaidNodeId(taken.to)}`);
  }
  return [...LAYOUT, 'flowchart TD', ...nodes, leafStatement(leaf, locale), ...arrows, ...paradigmClasses([leaf])].join('\n');
}
