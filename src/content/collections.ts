import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { caseSchema } from '../schemas/case';
import { storedSourceSchema } from '../schemas/source';
import { dimensionSchema, scenarioRowSchema } from '../schemas/rules';
import { loadCases, loadDimensions, loadScenarios, loadSources } from './load';

/**
 * A loader for our YAML data: `read` validates every file (throwing a DataFileError that names the file and
 * field, which fails the build) and returns the entries to store. Reloads when anything under content/ changes.
 */
function dataLoader(name: string, read: (root: string) => { id: string }[]): Loader {
  return {
    name,
    load: async ({ store, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const sync = () => {
        const entries = read(root);
        store.clear();
        for (const entry of entries) store.set({ id: entry.id, data: { ...entry } });
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
  cases: defineCollection({ loader: dataLoader('casebook-cases', (root) => loadCases(root)), schema: caseSchema }),
};
