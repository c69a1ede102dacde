import { z } from 'zod';
import { ADVISOR_FIELD_NAMES } from '../engine/advisor-fields';
import { amount, comparator, id, inequality, localized, sourceRef, unit, verdict } from './common';

/** Where the rules come from: the original knowledge base at a fixed commit. */
const origin = z
  .object({
    repository: z.string().min(1),
    commit: z.string().regex(/^[0-9a-f]{40}$/, 'must be a 40-digit commit hash'),
    path: z.string().min(1),
  })
  .strict();

/** A quantitative claim inside a matrix row or a rule, with our verdict and why. */
export const ruleFigureSchema = z
  .object({
    label: localized,
    comparator,
    value: amount,
    unit,
    source: sourceRef,
    verdict,
    note: localized,
  })
  .strict();
export type RuleFigure = z.infer<typeof ruleFigureSchema>;

/** One row of the 7-scenario comparison matrix. Each `zh` is the original cell, character for character. */
export const scenarioRowSchema = z
  .object({
    id,
    scenario: localized,
    traits: localized,
    device_access: localized,
    kernel_features: localized,
    recommended: localized,
    alternative: localized,
    key_factors: localized,
    /** Id of the case study that covers this scenario, if one does. */
    case: id.optional(),
    figures: z.array(ruleFigureSchema).default([]),
  })
  .strict();
export type ScenarioRow = z.infer<typeof scenarioRowSchema>;

export const scenariosFileSchema = z.object({ origin, rows: z.array(scenarioRowSchema).min(1) }).strict();
export type ScenariosFile = z.infer<typeof scenariosFileSchema>;

/** One "key decision dimension" bullet of the original; `rule.zh` is its wording after the colon. */
export const dimensionSchema = z
  .object({
    id,
    label: localized,
    rule: localized,
    figures: z.array(ruleFigureSchema).default([]),
    /** Where this site's view differs from the rule, and why. */
    correction: localized.optional(),
  })
  .strict();
export type Dimension = z.infer<typeof dimensionSchema>;

export const dimensionsFileSchema = z.object({ origin, dimensions: z.array(dimensionSchema).min(1) }).strict();
export type DimensionsFile = z.infer<typeof dimensionsFileSchema>;

export const advisorFieldSchema = z.enum(ADVISOR_FIELD_NAMES);

/** Membership (choices and flags) or a numeric comparison. */
const testCondition = z.union([
  z.object({ in: z.array(z.union([z.string(), z.boolean()])).min(1) }).strict(),
  z.object({ compare: inequality, value: z.number() }).strict(),
]);
/** `otherwise` takes whatever the earlier branches of the node left. */
export const conditionSchema = z.union([z.literal('otherwise'), testCondition]);
export type Condition = z.infer<typeof conditionSchema>;

export const edgeSchema = z
  .object({
    id,
    when: conditionSchema,
    /** The condition in words, shown on the diagram's arrow. */
    label: localized,
    to: id,
    /** Why this rule holds (or where the original is wrong), shown in the advisor's "why". */
    reason: localized,
  })
  .strict();
export type TreeEdge = z.infer<typeof edgeSchema>;

export const decisionNodeSchema = z
  .object({
    id,
    kind: z.literal('decision'),
    /** The one input this node tests. */
    input: advisorFieldSchema,
    question: localized,
    /** Tried in order; the first that holds is taken. */
    edges: z.array(edgeSchema).min(2),
  })
  .strict();
export type DecisionNode = z.infer<typeof decisionNodeSchema>;

export const paradigmSchema = z.enum(['virt', 'container', 'sandbox', 'mesh']);
export type Paradigm = z.infer<typeof paradigmSchema>;

export const leafNodeSchema = z
  .object({
    id,
    kind: z.literal('leaf'),
    paradigm: paradigmSchema,
    recommended: localized,
    alternative: localized,
    key_factors: z.array(localized).min(1),
    /** Ids of the matrix rows this outcome stands for. */
    scenario_rows: z.array(id).default([]),
    case: id.optional(),
  })
  .strict();
export type LeafNode = z.infer<typeof leafNodeSchema>;

export const treeNodeSchema = z.discriminatedUnion('kind', [decisionNodeSchema, leafNodeSchema]);
export type TreeNode = z.infer<typeof treeNodeSchema>;

export const clauseSchema = z.object({ input: advisorFieldSchema, when: testCondition }).strict();
export type Clause = z.infer<typeof clauseSchema>;

/** Inputs that contradict each other: every `all` clause holds and, if given, at least one `any` clause. */
export const conflictRuleSchema = z
  .object({
    id,
    all: z.array(clauseSchema).min(1),
    any: z.array(clauseSchema).min(1).optional(),
    message: localized,
  })
  .strict();
export type ConflictRule = z.infer<typeof conflictRuleSchema>;

/**
 * A requirement a reader can state (its input meets `when`) that only some outcomes meet. When the walk ends
 * elsewhere, the advisor says so instead of dropping the answer.
 */
export const requirementSchema = z
  .object({
    id,
    input: advisorFieldSchema,
    when: testCondition,
    /** The requirement in words, as a noun phrase. */
    label: localized,
    /** The leaves whose recommendation meets it; empty when none does. */
    met_by: z.array(id),
    /** Why the other outcomes fall short. */
    why: localized,
  })
  .strict();
export type Requirement = z.infer<typeof requirementSchema>;

export const decisionTreeSchema = z
  .object({
    root: id,
    /** How this tree orders the original's rules, and where it departs from them. */
    note: localized,
    nodes: z.array(treeNodeSchema).min(2),
    conflicts: z.array(conflictRuleSchema).default([]),
    requirements: z.array(requirementSchema).default([]),
  })
  .strict();
export type DecisionTree = z.infer<typeof decisionTreeSchema>;
