import { z } from 'zod';
import { id, localized } from './common';

/** A weighted scoring table the original gives outside its case files; scores are in criterion order. */
export const scoringExampleSchema = z
  .object({
    id,
    title: localized,
    /** The original file the table is in, relative to the knowledge base's docs folder. */
    file: z.string().min(1),
    criteria: z.array(z.object({ id, label: localized, weight: z.number().min(0) }).strict()).min(1),
    options: z
      .array(
        z
          .object({
            id,
            label: localized,
            scores: z.array(z.number().int().min(1).max(5)),
            stated_total: z.number(),
          })
          .strict(),
      )
      .min(2),
    stated_winner: id,
  })
  .strict()
  .superRefine((example, ctx) => {
    example.options.forEach((option, i) => {
      if (option.scores.length !== example.criteria.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'scores'],
          message: `needs ${example.criteria.length} scores, one per criterion, not ${option.scores.length}`,
        });
      }
    });
    if (!example.options.some((o) => o.id === example.stated_winner)) {
      ctx.addIssue({ code: 'custom', path: ['stated_winner'], message: `no option "${example.stated_winner}"` });
    }
  });
export type ScoringExample = z.infer<typeof scoringExampleSchema>;

export const scoringExamplesFileSchema = z
  .object({
    origin: z.object({ repository: z.string(), commit: z.string(), path: z.string() }).strict(),
    examples: z.array(scoringExampleSchema).min(1),
  })
  .strict();
