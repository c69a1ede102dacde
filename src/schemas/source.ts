import { z } from 'zod';
import { id, localized } from './common';

/** A primary source: a project's documentation, a paper, a published benchmark. */
export const sourceSchema = z
  .object({
    id,
    title: z.string().min(1),
    url: z.url({ protocol: /^https$/, message: 'must be an https URL' }),
    publisher: z.string().min(1),
    /** Year or date of the page or paper, as the source gives it. */
    date: z.string().optional(),
    /** What this source supports on our site, in both languages. */
    supports: localized,
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/** A source as stored in the content collection: with the name of the file that lists it. */
export const storedSourceSchema = sourceSchema.extend({ group: z.string() });
export type StoredSource = z.infer<typeof storedSourceSchema>;
