import { getCollection } from 'astro:content';

/** A collection's entries in the order of their source file (`position`). */
export async function ordered<C extends 'scenarios' | 'dimensions' | 'scoringExamples' | 'glossary'>(collection: C) {
  const entries = await getCollection(collection);
  return entries.map((e) => e.data).sort((a, b) => a.position - b.position);
}
