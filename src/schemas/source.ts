import { z } from 'zod';
import { id, localized } from './common';

const httpsUrl = z.url({ protocol: /^https$/, message: 'must be an https URL' });

/** A string that is the same in both languages, or one per language (a source read in its Chinese and its English edition). */
const perLanguage = <T extends z.ZodType<string>>(inner: T) =>
  z.union([inner, z.object({ zh: inner, en: inner }).strict()]);

/** A primary source: a project's documentation, a paper, a published benchmark. */
export const sourceSchema = z
  .object({
    id,
    title: perLanguage(z.string().min(1)),
    url: perLanguage(httpsUrl),
    publisher: perLanguage(z.string().min(1)),
    /** Year or date of the page or paper, as the source gives it: digits only, so that it reads the same in both languages. */
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}){0,2}$/, 'must be a year or an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); put words in `edition`')
      .optional(),
    /** Which version or edition of the source is meant (e.g. the release a benchmark summarises). */
    edition: localized.optional(),
    /** The day this site read a page that changes over time (prices), as an ISO date. */
    read: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)').optional(),
    /** What this source supports on our site, in both languages. */
    supports: localized,
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/** A source as stored in the content collection: with the name of the file that lists it. */
export const storedSourceSchema = sourceSchema.extend({ group: z.string() });
export type StoredSource = z.infer<typeof storedSourceSchema>;
