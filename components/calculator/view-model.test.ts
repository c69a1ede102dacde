import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculatorSpec } from '../../src/content/calculator-spec';
import { loadCalculators } from '../../src/content/load';
import { edgeDensity, RUNTIMES } from '../../src/engine/calculators/edge-density';
import { LOCALES, type Locale } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';
import { messagesFor } from '../../src/i18n/ui';
import { choose, initialCalcUi, typeNumber } from './actions';
import { calculatorMessages } from './messages';
import { calcView } from './view-model';

const root = new URL('../..', import.meta.url).pathname;
const calc = loadCalculators(root).find((c) => c.id === 'edge-density');
if (!calc) throw new Error('fixture: no edge-density calculator');
const spec = calculatorSpec(calc);
const tr = (locale: Locale) => translator(messagesFor(locale, calculatorMessages(spec.id)));
const viewOf = (locale: Locale, ui = initialCalcUi(spec)) => {
  const view = calcView({ locale, spec, sources: {} }, ui, tr(locale));
  if (!view) throw new Error('fixture: no view');
  return view;
};

describe.each(LOCALES)('the edge calculator’s view (%s)', (locale) => {
  it('explains why the default Wasm runtime fits fewer instances than the densest runtimes', () => {
    const ui = initialCalcUi(spec);
    const result = edgeDensity(ui.values);
    const count = (id: string) => result.rows.find((r) => r.id === id)?.cells[1]?.value ?? 0;
    const top = Math.max(...result.rows.map((r) => r.cells[1]?.value ?? 0));
    // The data as it stands: the chosen Wasm runtime is not the densest.
    expect(count('wasm')).toBeLessThan(top);
    const view = viewOf(locale, ui);
    const densest = view.rows.filter((r) => count(r.id) === top);
    const wasm = view.rows.find((r) => r.id === 'wasm');
    expect(view.remark).not.toBeNull();
    for (const row of densest) {
      expect(view.remark).toContain(row.label);
      expect(view.remark).toContain(row.cells[0]?.text);
    }
    expect(view.remark).toContain(wasm?.label);
    const figure = (text = '') => new RegExp(`(^|[^\\d.])${text.replace('.', '\\.')}([^\\d.]|$)`);
    expect(view.remark).toMatch(figure(wasm?.cells[1]?.text));
    expect(view.remark).toContain(wasm?.cells[0]?.text);
    expect(view.remark).toMatch(figure(densest[0]?.cells[1]?.text));
  });

  it('says nothing when the chosen runtime is among the densest', () => {
    const result = edgeDensity(initialCalcUi(spec).values);
    const top = Math.max(...result.rows.map((r) => r.cells[1]?.value ?? 0));
    const densest = result.rows.find((r) => r.cells[1]?.value === top);
    expect(viewOf(locale, choose(initialCalcUi(spec), spec, 'runtime', densest?.id ?? '')).remark).toBeNull();
  });

  it('explains exactly when the chosen runtime fits fewer instances than another', () => {
    const ram = fc.integer({ min: 64, max: 65_536 });
    fc.assert(
      fc.property(fc.constantFrom(...RUNTIMES), ram, fc.integer({ min: 0, max: 512 }), (runtime, deviceRam, workingSet) => {
        let ui = choose(initialCalcUi(spec), spec, 'runtime', runtime);
        ui = typeNumber(ui, spec, 'device-ram', String(deviceRam));
        ui = typeNumber(ui, spec, 'app-working-set', String(workingSet));
        const counts = edgeDensity(ui.values).rows.map((r) => ({ id: r.id, n: r.cells[1]?.value ?? 0 }));
        const chosen = counts.find((c) => c.id === runtime)?.n ?? 0;
        expect(viewOf(locale, ui).remark !== null).toBe(counts.some((c) => c.n > chosen));
      }),
      { numRuns: 300 },
    );
  });
});
