import { z } from 'zod';
import { ORIGINAL } from './original';

/** Text in both site languages. Every label a reader sees comes as one of these. */
export const localized = z
  .object({
    zh: z.string().trim().min(1, 'needs Chinese text'),
    en: z.string().trim().min(1, 'needs English text'),
  })
  .strict();
export type Localized = z.infer<typeof localized>;

/** Kebab/snake-case identifier used for cases, options, criteria, metrics and sources. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must be lower-case letters, digits, "-" or "_"');

/** How a figure or threshold compares: "<50 ms", "~150 MB", "= 99.9 %". */
export const comparator = z.enum(['<', '<=', '>', '>=', '~', '=']);
export type Comparator = z.infer<typeof comparator>;

/** A bound a value must keep: requirements, score bands and advisor conditions compare with these. */
export const inequality = z.enum(['<', '<=', '>', '>=']);

/** Where a figure comes from: `original` (the original knowledge base's own, unsourced claim) or a source id. */
export const sourceRef = z.union([z.literal(ORIGINAL), id]);

/**
 * Units the engine can convert between (see src/engine/units.ts).
 * A unit outside this list fails validation rather than silently comparing apples with pears.
 */
export const unit = z.enum([
  'ns', 'us', 'ms', 's', 'min',
  'KB', 'MB', 'GB', 'TB',
  '%',
  'cores', 'millicores',
  'services', 'pods', 'requests', 'QPS', 'req/s',
  'USD/month',
  'x',
]);
export type Unit = z.infer<typeof unit>;

/** A single number or an inclusive range `[min, max]`. */
export const amount = z.union([
  z.number(),
  z
    .tuple([z.number(), z.number()])
    .refine(([lo, hi]) => lo <= hi, 'range must be written [min, max] with min <= max'),
]);
export type Amount = z.infer<typeof amount>;

export { ORIGINAL };

/** Our assessment of a figure, shown beside it. */
export const verdict = z.enum(['supported', 'plausible', 'doubtful', 'wrong']);
export type Verdict = z.infer<typeof verdict>;

export const priority = z.enum(['high', 'medium', 'low']);
export type Priority = z.infer<typeof priority>;
