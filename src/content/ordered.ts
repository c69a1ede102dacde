import { getCollection, type CollectionEntry } from 'astro:content';

type OrderedCollection = 'scenarios' | 'dimensions' | 'scoringExamples' | 'glossary';

/** A collection's entries in the order of their source file (`position`), since a collection promises none. */
export async function ordered<C extends OrderedCollection>(collection: C): Promise<CollectionEntry<C>['data'][]> {
  const entries: CollectionEntry<C>[] = await getCollection(collection);
  return entries.map((e) => e.data).sort((a, b) => a.position - b.position);
}
