import { getEntry } from 'astro:content';
import type { DecisionTree } from '../schemas/rules';

/** The advisor's decision tree. */
export async function decisionTree(): Promise<DecisionTree> {
  const entry = await getEntry('decisionTree', 'tree');
  if (!entry) throw new Error('content/rules/decision-tree.yaml did not load');
  const { id: _id, ...tree } = entry.data;
  return tree;
}
