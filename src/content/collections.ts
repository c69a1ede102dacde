import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { caseSchema } from '../schemas/case';
import { storedSourceSchema } from '../schemas/source';
import { decisionTreeSchema, dimensionSchema, scenarioRowSchema } from '../schemas/rules';
import { scoringExampleSchema } from '../schemas/scoring-example';
import { glossaryEntrySchema } from '../schemas/glossary';
import { loadCases, loadDecisionTree, loadGlossary, loadDimensions, loadScenarios, loadScoringExamples, loadSources } from './load';
import { loadCalculators } from './load';
import { resolvedCalculatorSchema } from '../schemas/calculator';

/**
 * A loader for our YAML data: `read` validates every file (throwing a DataFileError that names the file and
 * field, which fails the build) and returns the entries to store, under `key` (their id unless said otherwise).
 * Reloads when anything under content/ changes.
 */
function dataLoader<T extends { id: string }>(name: string, read: (root: string) => T[], key: (entry: T) => string = (entry) => entry.id): Loader {
  return {
    name,
    load: async ({ store, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const sync = () => {
        const entries = read(root);
        store.clear();
        for (const entry of entries) store.set({ id: key(entry), data: { ...entry } });
      };
      sync();
      watcher?.on('change', (path) => {
        if (path.includes('/content/') && path.endsWith('.yaml')) sync();
      });
    },
  };
}

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  sources: defineCollection({ loader: dataLoader('casebook-sources', loadSources), schema: storedSourceSchema }),
  // Rows keep the original's order in `position`, since a collection does not promise one.
  scenarios: defineCollection({
    loader: dataLoader('casebook-scenarios', (root) => loadScenarios(root).rows.map((row, position) => ({ ...row, position }))),
    schema: scenarioRowSchema.extend({ position: z.number() }),
  }),
  dimensions: defineCollection({
    loader: dataLoader('casebook-dimensions', (root) => loadDimensions(root).dimensions.map((d, position) => ({ ...d, position }))),
    schema: dimensionSchema.extend({ position: z.number() }),
  }),
  decisionTree: defineCollection({
    loader: dataLoader('casebook-decision-tree', (root) => [{ id: 'tree', ...loadDecisionTree(root) }]),
    schema: decisionTreeSchema.extend({ id: z.literal('tree') }),
  }),
  glossary: defineCollection({
    loader: dataLoader('casebook-glossary', (root) => loadGlossary(root).map((entry, position) => ({ id: String(position), ...entry, position }))),
    schema: glossaryEntrySchema.extend({ id: z.string(), position: z.number() }),
  }),
  scoringExamples: defineCollection({
    loader: dataLoader('casebook-scoring-examples', (root) => loadScoringExamples(root).map((e, position) => ({ ...e, position }))),
    schema: scoringExampleSchema.extend({ position: z.number() }),
  }),
  cases: defineCollection({ loader: dataLoader('casebook-cases', (root) => loadCases(root)), schema: caseSchema }),
  // Under their case's id: a calculator's own id names its model, which several cases may share.
  calculators: defineCollection({
    loader: dataLoader('casebook-calculators', (root) => loadCalculators(root), (calc) => calc.case),
    schema: resolvedCalculatorSchema,
  }),
};
