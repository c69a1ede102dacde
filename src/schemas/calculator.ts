import { z } from 'zod';
import { WIDGETS } from '../../components/widget-kit/hash';
import { id, localized, unit } from './common';

/**
 * Units a calculator shows. The case units (src/schemas/common.ts) plus money, prices and plain counts;
 * a parameter that takes its value from a case figure must use a case unit, so that it can be converted.
 */
export const calcUnit = z.enum([...unit.options, 'count', 'GB-s', 'USD', 'USD/GB-s', 'USD/1M-requests']);
export type CalcUnit = z.infer<typeof calcUnit>;

/**
 * A case figure a default is taken from, instead of retyping it: an option's figure on a metric, or a claim.
 * `use: primary` takes the figure's primary-source value; `end` picks one end of a range.
 */
export const figureRef = z
  .object({
    case: id,
    option: id.optional(),
    metric: id.optional(),
    claim: id.optional(),
    use: z.enum(['stated', 'primary']).default('stated'),
    end: z.enum(['low', 'high']).optional(),
  })
  .strict();
export type FigureRef = z.infer<typeof figureRef>;

/** A field's id names its parameter in the URL hash, where a widget's name would start another widget's section. */
const fieldId = id.refine((v) => !(WIDGETS as readonly string[]).includes(v), {
  message: `must not be a widget's name in the URL hash (${WIDGETS.join(', ')})`,
});

/** `original` (the original's unsourced claim), `assumed` (this site's assumption) or a primary source id. */
const paramSource = z.union([z.literal('original'), z.literal('assumed'), id]);

/** One numeric input: its default, bounds and where the default comes from. */
export const paramSchema = z
  .object({
    id: fieldId,
    unit: calcUnit,
    /** The default, when it is not taken from a case figure (`from`). */
    value: z.number().optional(),
    from: figureRef.optional(),
    min: z.number(),
    max: z.number(),
    step: z.number().positive(),
    /** Counts of things: whole numbers only. */
    integer: z.boolean().default(false),
    source: paramSource.optional(),
    /** Why this default: required for `original` and `assumed`, welcome everywhere. */
    note: localized.optional(),
  })
  .strict()
  .refine((p) => p.min <= p.max, { message: 'min must not exceed max', path: ['max'] });
export type ParamData = z.infer<typeof paramSchema>;

/** A choice between named alternatives (e.g. which runtime); the first option is not implied as the default. */
export const choiceSchema = z
  .object({
    id: fieldId,
    value: id,
    options: z.array(id).min(2),
  })
  .strict();

export const calculatorSchema = z
  .object({
    /** The calculator's id, as in `data-calculator` and `#calc=<id>`. */
    id,
    /** The case whose page carries it. */
    case: id,
    choices: z.array(choiceSchema).default([]),
    params: z.array(paramSchema).min(1),
  })
  .strict();
export type CalculatorData = z.infer<typeof calculatorSchema>;

/** A parameter with its default resolved (a `from` reference replaced by the figure's value and source). */
export const resolvedParamSchema = z
  .object({
    id,
    unit: calcUnit,
    value: z.number(),
    min: z.number(),
    max: z.number(),
    step: z.number(),
    integer: z.boolean(),
    /** `original`, `assumed` or a primary source id. */
    source: z.string(),
    /** Our verdict on the original's figure, when the default is one. */
    verdict: z.string().optional(),
    note: localized.optional(),
    /** Where in the case data the default was taken from, when it was. */
    from: z.object({ case: id, item: id }).strict().optional(),
  })
  .strict();
export type ResolvedParam = z.infer<typeof resolvedParamSchema>;

export const resolvedCalculatorSchema = z
  .object({
    id,
    case: id,
    choices: z.array(choiceSchema),
    params: z.array(resolvedParamSchema),
  })
  .strict();
export type ResolvedCalculator = z.infer<typeof resolvedCalculatorSchema>;
