import { MODELS } from '../../src/engine/calculators/registry';
import { deriveScores, type DerivedScore } from '../../src/engine/derived-scores';
import { decodeValues } from '../calculator/state';
import { derivedRead, type MatrixUi } from './actions';
import type { MatrixDerive } from './score-source';

/**
 * The scores the page's calculator gives at a reader's inputs. The island loads this module (with the calculators'
 * models) only when a reader switches to "scores from my calculator inputs", or opens a link that did.
 */
export function scoresFromCalculator(derive: MatrixDerive, calcQuery: string | null): DerivedScore[] {
  const model = MODELS[derive.plan.calculator];
  return model ? deriveScores(derive.plan, model, decodeValues(calcQuery ?? '', derive.spec).state) : [];
}

/** `ui` with the calculator's scores at its current inputs filled in, as the island does once this module is loaded. */
export function withCalculatorScores(ui: MatrixUi, derive: MatrixDerive | undefined): MatrixUi {
  return derive ? derivedRead(ui, ui.calcQuery, scoresFromCalculator(derive, ui.calcQuery)) : ui;
}
