import { getCollection } from 'astro:content';
import type { StoredSource } from '../schemas/source';

/** Every primary source by id. */
export async function sourcesById(): Promise<Map<string, StoredSource>> {
  return new Map((await getCollection('sources')).map((e) => [e.data.id, e.data]));
}
