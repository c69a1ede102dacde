import { describe, expect, it } from 'vitest';
import { initialUi } from '../../components/matrix/actions';
import { MATRIX_MESSAGES } from '../../components/matrix/messages';
import { matrixView } from '../../components/matrix/view-model';
import { toMatrixInput } from '../engine/matrix-input';
import { LOCALES } from '../i18n/locale';
import { matrixLabels } from '../present/matrix-view';
import { page } from './dist';
import { CASES, casePath, trFor } from './site-data';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The robustness panel is in the HTML itself, at the case defaults, on every case page in both languages. */
describe.each(LOCALES.flatMap((locale) => CASES.map((c) => ({ locale, c, path: casePath(c, locale) }))))('$path', ({ locale, c, path }) => {
  const panel = page(path).querySelector(`[data-matrix="${c.id}"] [data-robustness]`);
  const bars = [...(panel?.querySelectorAll('[data-win-probability]') ?? [])];
  const odds = bars.map((b) => Number(b.getAttribute('data-win-probability')));

  it('renders the robustness panel with win probabilities from 0 to 1 that sum to 1', () => {
    expect(panel).not.toBeNull();
    expect(bars.length).toBeGreaterThan(0);
    for (const p of odds) expect(p >= 0 && p <= 1).toBe(true);
    expect(odds.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('shows what the view model gives at the defaults: odds, verdict with its thresholds, smallest flip, disabled controls', () => {
    const input = toMatrixInput(c);
    const view = matrixView({ locale, labels: matrixLabels(c, locale), input }, initialUi(input), trFor(locale, MATRIX_MESSAGES)).robustness;
    expect(panel?.getAttribute('data-robustness')).toBe(view.verdict);
    expect(bars.map((b) => b.getAttribute('data-odds'))).toEqual(view.odds.map((o) => o.id));
    expect(odds).toEqual(view.odds.map((o) => o.probability));
    expect(bars.map(text)).toEqual(view.odds.map((o) => `${o.name}${o.text}`));
    expect(text(panel?.querySelector('[data-verdict]'))).toBe(view.summary);
    expect(text(panel?.querySelector('[data-thresholds]'))).toBe(view.thresholds);
    expect(text(panel)).toContain(view.flips[0]);
    const selects = [...(panel?.querySelectorAll('select[data-uncertainty]') ?? [])];
    expect(selects.map((s) => (s as HTMLSelectElement).value)).toEqual([String(view.spread.value), String(view.weightBand.value)]);
    expect(selects.every((s) => s.hasAttribute('disabled'))).toBe(true);
  });

  it('offers the decision-record download and the print control, disabled until the page’s script runs', () => {
    const matrix = page(path).querySelector(`[data-matrix="${c.id}"]`);
    for (const kind of ['adr', 'print']) {
      const button = matrix?.querySelector(`.matrix-toolbar button[data-export="${kind}"]`);
      expect(button).not.toBeNull();
      expect(button?.hasAttribute('disabled')).toBe(true);
    }
  });
});
