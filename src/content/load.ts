import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { caseSchema, type CaseData } from '../schemas/case';
import { sourceSchema, type Source } from '../schemas/source';
import {
  decisionTreeSchema,
  dimensionsFileSchema,
  scenariosFileSchema,
  type DecisionTree,
  type DimensionsFile,
  type ScenarioRow,
  type ScenariosFile,
} from '../schemas/rules';
import { checkDecisionTree, checkDimensions, checkScenarios } from './rules-checks';
import { scoringExamplesFileSchema, type ScoringExample } from '../schemas/scoring-example';
import { glossarySchema, type Glossary } from '../schemas/glossary';
import { checkCase } from './case-checks';
import { DataFileError, parseDataFile } from './data-file';
import { calculatorSchema, type ResolvedCalculator } from '../schemas/calculator';
import { checkCalculator } from './calculator-checks';

/** Reads every `*.yaml` file of a folder, sorted by name, as [path relative to the project, text]. */
function yamlFiles(root: string, folder: string): [string, string][] {
  const dir = join(root, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort()
    .map((name) => [relative(root, join(dir, name)), readFileSync(join(dir, name), 'utf8')]);
}

/** A source with the name of the file that lists it (content/sources/<group>.yaml; a case's file is named after it). */
export type GroupedSource = Source & { group: string };

/** All primary sources (content/sources/*.yaml); ids must be unique across files. */
export function loadSources(root: string): GroupedSource[] {
  const seen = new Map<string, string>();
  return yamlFiles(root, 'content/sources').flatMap(([file, text]) => {
    const sources = parseDataFile(file, text, z.array(sourceSchema));
    const issues = sources.flatMap((source, i) => {
      const other = seen.get(source.id);
      seen.set(source.id, file);
      return other ? [{ path: `${i}.id`, message: `"${source.id}" is already defined in ${other}` }] : [];
    });
    if (issues.length > 0) throw new DataFileError(file, issues);
    const group = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    return sources.map((source) => ({ ...source, group }));
  });
}

/** All case files (content/cases/*.yaml), validated and cross-checked against the sources. */
export function loadCases(root: string, sources: readonly Source[] = loadSources(root)): CaseData[] {
  const sourceIds = new Set(sources.map((s) => s.id));
  const scenarioIds = new Set(loadScenarios(root).rows.map((r) => r.id));
  return yamlFiles(root, 'content/cases').map(([file, text]) => {
    const data = parseDataFile(file, text, caseSchema, (d) => checkCase(d, { sourceIds, scenarioIds }));
    const expected = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    if (data.id !== expected) throw new DataFileError(file, [{ path: 'id', message: `must be "${expected}", the file's name` }]);
    return data;
  });
}

function readFile(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

/** The 7-scenario comparison matrix (content/rules/scenarios.yaml), rows in the original's order. */
export function loadScenarios(root: string, sources: readonly Source[] = loadSources(root)): ScenariosFile {
  const file = 'content/rules/scenarios.yaml';
  // Case ids come from the file names, so that cases and scenarios can each check references to the other.
  const caseIds = new Set(yamlFiles(root, 'content/cases').map(([path]) => path.replace(/^.*\//, '').replace(/\.yaml$/, '')));
  const sourceIds = new Set(sources.map((s) => s.id));
  return parseDataFile(file, readFile(root, file), scenariosFileSchema, (d) => checkScenarios(d, { sourceIds, caseIds }));
}

/** The key decision dimensions of the case index (content/rules/dimensions.yaml). */
export function loadDimensions(root: string, sources: readonly Source[] = loadSources(root)): DimensionsFile {
  const file = 'content/rules/dimensions.yaml';
  const sourceIds = new Set(sources.map((s) => s.id));
  return parseDataFile(file, readFile(root, file), dimensionsFileSchema, (d) => checkDimensions(d, sourceIds));
}

/** The advisor's decision tree (content/rules/decision-tree.yaml), checked against the scenario rows. */
export function loadDecisionTree(root: string, rows: readonly ScenarioRow[] = loadScenarios(root).rows): DecisionTree {
  const file = 'content/rules/decision-tree.yaml';
  return parseDataFile(file, readFile(root, file), decisionTreeSchema, (tree) => checkDecisionTree(tree, rows));
}

/** The original's weighted scoring tables outside the cases (content/rules/scoring-examples.yaml). */
export function loadScoringExamples(root: string): ScoringExample[] {
  const file = 'content/rules/scoring-examples.yaml';
  return parseDataFile(file, readFile(root, file), scoringExamplesFileSchema).examples;
}

/** The translation glossary (content/glossary.yaml). */
export function loadGlossary(root: string): Glossary {
  const file = 'content/glossary.yaml';
  return parseDataFile(file, readFile(root, file), glossarySchema);
}

/** The calculators' defaults (content/calculators/<case>.yaml), checked against their models and resolved. */
export function loadCalculators(root: string, sources: readonly Source[] = loadSources(root), cases: readonly CaseData[] = loadCases(root, sources)): ResolvedCalculator[] {
  const context = { cases: new Map(cases.map((c) => [c.id, c])), sourceIds: new Set(sources.map((s) => s.id)) };
  return yamlFiles(root, 'content/calculators').map(([file, text]) => {
    const { issues, resolved } = checkCalculator(parseDataFile(file, text, calculatorSchema), context);
    const expected = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    if (resolved.case !== expected) issues.push({ path: 'case', message: `must be "${expected}", the file's name` });
    if (issues.length > 0) throw new DataFileError(file, issues);
    return resolved;
  });
}
