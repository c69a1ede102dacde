import { z } from 'zod';
import { conditionSchema, advisorFieldSchema } from './rules';
import { calcUnit } from './calculator';
import { amount, comparator, id, inequality, localized, priority, sourceRef, unit, verdict } from './common';

/** A quantity as stated somewhere: "<50 ms", "~150 MB", "2–5 s". */
export const quantity = z
  .object({
    comparator: comparator.default('='),
    value: amount,
    unit,
  })
  .strict();
export type Quantity = z.infer<typeof quantity>;

/** A figure from a primary source, shown beside a claim of the original. */
const primaryFigure = quantity
  .extend({
    source: id,
    note: localized.optional(),
  })
  .strict();

/** What an option measures on one metric, with its provenance. */
export const figureSchema = quantity
  .extend({
    metric: id,
    source: sourceRef,
    verdict: verdict.optional(),
    note: localized.optional(),
    primary: primaryFigure.optional(),
  })
  .strict();
export type Figure = z.infer<typeof figureSchema>;

export const metricSchema = z
  .object({
    id,
    label: localized,
    better: z.enum(['lower', 'higher']),
  })
  .strict();
export type Metric = z.infer<typeof metricSchema>;

const score = z.number().int().min(1).max(5);

/** One band of a banded rule: a value that passes `comparator value` scores `score`; the first band that fits wins. */
const scoreBand = z.object({ comparator: inequality, value: z.number(), score }).strict();

/** Where a banded rule reads an option's value. */
const ruleInput = z.union([
  /** One of the option's figures in this case (the upper end where it is a range). */
  z.object({ figure: id }).strict(),
  /**
   * A cell of a calculator's results: at its default inputs for the case's own scores, at the reader's inputs
   * for "scores from my calculator inputs". `set` fixes inputs per option from the option's figures (the upper
   * end, in the input's unit), e.g. each runtime's own billing granularity.
   */
  z
    .object({
      calculator: id,
      row: id,
      column: id,
      set: z.record(id, z.object({ figure: id }).strict()).optional(),
    })
    .strict(),
]);

/**
 * How this site derives a criterion's scores when the original states none, so that a test can recompute them:
 * - star-mean: the mean of star ratings, rounded half up;
 * - bands: a value read from a figure or a calculator, placed in the first band it fits.
 */
export const scoreRuleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('star-mean'),
      /** What each star column rates, in order. */
      items: z.array(localized).min(1),
      /** Stars per option, one per item. */
      stars: z.record(id, z.array(score)),
      /** Options whose stars are this site's assumption, not the original's table. */
      assumed: z.array(id).default([]),
    })
    .strict(),
  z
    .object({
      kind: z.literal('bands'),
      /** A case unit, or a calculator's own (count, USD…) when every input is a calculator cell in that unit. */
      unit: calcUnit,
      /**
       * `rule` (default): the case's scores are this rule's at the calculator's defaults (a test checks it).
       * `original`: the case keeps the original's scores; the rule is the alternative the matrix offers as
       * "scores from my calculator inputs".
       */
      case_scores: z.enum(['rule', 'original']).default('rule'),
      /** What the value is, in words (e.g. "instances per device"), for the rule's line under the matrix. */
      reads: localized.optional(),
      bands: z.array(scoreBand).min(1),
      /** The score of a value that fits no band. */
      otherwise: score,
      inputs: z.record(id, ruleInput),
    })
    .strict(),
]);
export type ScoreRule = z.infer<typeof scoreRuleSchema>;

/**
 * How one advisor answer sets a requirement of this case's matrix when the reader follows the advisor's link
 * here: the requirement is on when the answer meets `when`, off otherwise. With `threshold` (the unit of a number
 * answer), the reader's number becomes the requirement's value; without `when`, the requirement is then on
 * whenever the reader gave a number.
 */
export const advisorConstraintSchema = z
  .object({ requirement: id, input: advisorFieldSchema, when: conditionSchema.optional(), threshold: unit.optional() })
  .strict()
  .refine((c) => c.when !== undefined || c.threshold !== undefined, { message: 'give `when`, `threshold` or both', path: ['when'] });
export type AdvisorConstraint = z.infer<typeof advisorConstraintSchema>;

export const criterionSchema = z
  .object({
    id,
    label: localized,
    weight: z.number().min(0, 'weights cannot be negative').max(1, 'weights run from 0 to 1 (they need not add up to 1)'),
    measures: localized,
    /** How a 1–5 score reads on this criterion, where it is not obvious (e.g. 5 = simplest to operate). */
    scoring: localized.optional(),
    /** The rule the scores follow, where this site derives them (see scoreRuleSchema). */
    rule: scoreRuleSchema.optional(),
  })
  .strict();
export type Criterion = z.infer<typeof criterionSchema>;

export const optionSchema = z
  .object({
    id,
    label: localized,
    summary: localized,
    /** 1–5 per criterion id. */
    scores: z.record(id, score),
    /**
     * Scores this site holds uncertain, by criterion id: the range the robustness odds draw the score from instead of
     * the reader's ± spread, and why (shown under the odds).
     */
    score_ranges: z.record(id, z.object({ range: z.tuple([score, score]), why: localized }).strict()).default({}),
    figures: z.array(figureSchema).default([]),
    /** The weighted total the original states for this option, kept as stated. */
    stated_total: z.number().optional(),
    pros: z.array(localized).default([]),
    cons: z.array(localized).default([]),
  })
  .strict();
export type Option = z.infer<typeof optionSchema>;

/** A threshold on a metric. When active, an option whose figure fails it cannot win. */
export const requirementSchema = z
  .object({
    id,
    label: localized,
    metric: id,
    comparator: inequality,
    value: z.number(),
    unit,
    priority,
    /** Whether the widget starts with this requirement enforced. */
    active: z.boolean(),
    source: sourceRef,
    note: localized.optional(),
  })
  .strict();
export type Requirement = z.infer<typeof requirementSchema>;

const need = z.enum(['none', 'optional', 'required']);
export const platformSchema = z
  .object({
    device_access: z.array(
      z
        .object({
          device: z.enum(['usb', 'pci', 'gpu-passthrough', 'gpu-shared']),
          need,
          note: localized,
        })
        .strict(),
    ),
    kernel_features: z.array(
      z.object({ feature: z.enum(['epoll', 'io_uring', 'ebpf']), need, note: localized }).strict(),
    ),
  })
  .strict();

/**
 * Arithmetic the original did (or should have done) on its own figures; the engine recomputes it.
 * - reduction: (from − to) / from, as %
 * - speedup:   from / to, as ×
 * - ratio:     from / to, as % (e.g. ROI = net saving / cost)
 * - sum:       the sum of `parts`
 */
export const arithmeticCheck = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reduction'), from: quantity, to: quantity }).strict(),
  z.object({ kind: z.literal('speedup'), from: quantity, to: quantity }).strict(),
  z.object({ kind: z.literal('ratio'), from: quantity, to: quantity }).strict(),
  z.object({ kind: z.literal('sum'), parts: z.array(quantity).min(2) }).strict(),
]);
export type ArithmeticCheck = z.infer<typeof arithmeticCheck>;

/** A quantitative statement on the case page that is not an option figure (validation results, costs, context). */
export const claimSchema = z
  .object({
    id,
    label: localized,
    /** The figure as stated. */
    stated: quantity,
    source: sourceRef,
    verdict,
    note: localized,
    primary: primaryFigure.optional(),
    check: arithmeticCheck.optional(),
    /** The page section that shows this claim in a table of its own (each has its table's name in src/i18n/ui.ts, table.claims.*); without one, the validation table shows it. */
    section: z.enum(['stack', 'real-world', 'practice-2025']).optional(),
  })
  .strict();
export type Claim = z.infer<typeof claimSchema>;

export const caseSchema = z
  .object({
    id,
    /** Position in the sidebar and in lists. */
    order: z.number().int().min(1),
    /** The page's slug under /cases/ when it differs from the id (e.g. edge → edge-computing). */
    page: id.optional(),
    title: localized,
    scenario: localized,
    summary: localized,
    /** Id of the matching row in content/rules/scenarios.yaml. */
    scenario_row: id,
    metrics: z.array(metricSchema).min(1),
    criteria: z.array(criterionSchema).min(1),
    /** `original`: weights as the original states them; `assumed`: this site's assumption (say why in `note`). */
    weights: z.object({ origin: z.enum(['original', 'assumed']), note: localized.optional() }).strict(),
    options: z.array(optionSchema).min(2),
    requirements: z.array(requirementSchema).default([]),
    /** Which advisor answers carry into which requirements (see advisorConstraintSchema). */
    from_advisor: z.array(advisorConstraintSchema).default([]),
    /** Where the case's own facts part from its path through the decision tree; shown under the path. */
    path_note: localized.optional(),
    platform: platformSchema,
    decision: z
      .object({
        winner: id,
        stated_ranking: z.array(id).optional(),
        basis: z.array(localized).min(1),
        trade_off: localized,
      })
      .strict(),
    claims: z.array(claimSchema).default([]),
    origin: z
      .object({
        repository: z.string(),
        commit: z.string().regex(/^[0-9a-f]{40}$/),
        path: z.string(),
        last_updated: z.string(),
      })
      .strict(),
  })
  .strict();
export type CaseData = z.infer<typeof caseSchema>;
