import { z } from 'zod';
import { localized } from './common';

/** One term pair of the translation glossary: the Chinese term, the English term, and a one-line definition in each language. */
export const glossaryEntrySchema = z
  .object({
    zh: z.string().trim().min(1, 'needs the Chinese term'),
    en: z.string().trim().min(1, 'needs the English term'),
    /** A one-line definition, written separately in each language. */
    note: localized,
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** Case-insensitive, whitespace-normalised key, so "Service mesh" and "service  mesh" count as the same term. */
function termKey(term: string): string {
  return term.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The glossary (content/glossary.yaml): a list of term pairs. Each Chinese term and each English term may appear
 * only once, so that a term always translates one way; a duplicate is reported on the later entry, naming the
 * index of the entry that already uses it.
 */
export const glossarySchema = z.array(glossaryEntrySchema).superRefine((entries, ctx) => {
  for (const lang of ['zh', 'en'] as const) {
    const firstIndex = new Map<string, number>();
    entries.forEach((entry, i) => {
      const key = termKey(entry[lang]);
      const earlier = firstIndex.get(key);
      if (earlier === undefined) {
        firstIndex.set(key, i);
        return;
      }
      ctx.addIssue({
        code: 'custom',
        path: [i, lang],
        message: `${lang} term "${entry[lang]}" at index ${i} duplicates the one at index ${earlier}`,
      });
    });
  }
});
export type Glossary = z.infer<typeof glossarySchema>;
