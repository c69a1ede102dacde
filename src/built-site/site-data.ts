import { fileURLToPath } from 'node:url';
import { caseUrl } from '../case-url';
import { calculatorSpec } from '../content/calculator-spec';
import { loadCalculators, loadCases, loadDecisionTree, loadScenarios, loadSources } from '../content/load';
import { translator } from '../i18n/translate';
import { messagesFor } from '../i18n/ui';
import type { Locale } from '../i18n/locale';

/** The site's data read the way the build reads it, for checks that compare pages with it. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const sources = loadSources(root);
export const CASES = loadCases(root, sources);
export const SCENARIOS = loadScenarios(root, sources).rows;
export const TREE = loadDecisionTree(root, SCENARIOS);
export const CALCULATORS = loadCalculators(root, sources, CASES).map((c) => ({ id: c.id, case: c.case, spec: calculatorSpec(c) }));

/** A case page's path in a locale ("/cases/edge-computing/", "/en/cases/edge-computing/"). */
export const casePath = (c: (typeof CASES)[number], locale: Locale) => caseUrl(c, locale);

export const trFor = (locale: Locale, prefixes: readonly string[]) => translator(messagesFor(locale, prefixes));
