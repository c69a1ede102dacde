import { getEntry } from 'astro:content';
import type { CaseData } from '../schemas/case';

/** A case's validated data by id; a page naming an unknown case fails the build with the id it asked for. */
export async function caseById(id: string): Promise<CaseData> {
  const entry = await getEntry('cases', id);
  if (!entry) throw new Error(`No case "${id}" in content/cases/ (a component on this page asked for it).`);
  return entry.data;
}
