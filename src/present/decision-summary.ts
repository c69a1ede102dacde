import { evaluateMatrix, type MatrixResult } from '../engine/matrix';
import type { MatrixInput } from '../engine/matrix-input';
import { formatFixed } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';

/** What decided a matrix at its settings, read from the engine's result for the top of a case page. */
export interface Decision {
  /** The engine's status: 'winner', 'tie', 'all-excluded', 'no-options' or 'no-weights'. */
  status: MatrixResult['status'];
  /** The single winner's id; null on a tie or when nothing can win. */
  winner: string | null;
  /** The eligible options sharing first place on a tie; [] otherwise. */
  tied: string[];
  /**
   * The option nearest the winner: the best other eligible option, or, when the hard constraints leave the winner
   * alone, the best excluded one (what the weights alone would rank second). Null without a winner or another option.
   */
  runnerUp: string | null;
  /** The runner-up's hard-constraint failures; [] when it is eligible. */
  runnerUpExcludedBy: string[];
  /** Winner's total − runner-up's total, unrounded; negative when an excluded runner-up has the higher total. */
  margin: number | null;
  /** Whether the hard constraints excluded every option but the winner. */
  constraintsDecide: boolean;
  /** Active hard constraints that exclude options, in the case's order, each with the options it excludes. */
  exclusions: { requirement: string; options: string[] }[];
  /** Weighted totals by option id (the same with or without constraints). */
  totals: Record<string, number>;
}

/** The decision of a matrix: who wins, who comes next and by how much, and which hard constraints excluded whom. */
export function decisionOf(input: MatrixInput, result: MatrixResult = evaluateMatrix(input)): Decision {
  const none: Decision = { status: result.status, winner: null, tied: [], runnerUp: null, runnerUpExcludedBy: [], margin: null, constraintsDecide: false, exclusions: [], totals: {} };
  if (!result.ok) return none;
  const totals = Object.fromEntries(result.options.map((o) => [o.id, o.total]));
  const exclusions = input.requirements
    .filter((r) => r.active)
    .map((r) => ({ requirement: r.id, options: result.options.filter((o) => o.excludedBy.includes(r.id)).map((o) => o.id) }))
    .filter((e) => e.options.length > 0);
  const base = { ...none, totals, exclusions };
  if (result.status === 'tie') return { ...base, status: 'tie', tied: result.tiedLeaders };
  if (result.status !== 'winner' || result.winner === null) return base;

  const winner = result.winner;
  const byId = new Map(result.options.map((o) => [o.id, o]));
  const others = result.order.filter((id) => id !== winner);
  // `order` is by total, best first: the first eligible one is the engine's runner-up; with none, the first of all.
  const runnerUp = others.find((id) => byId.get(id)?.excludedBy.length === 0) ?? others[0] ?? null;
  const runner = runnerUp === null ? undefined : byId.get(runnerUp);
  return {
    ...base,
    status: 'winner',
    winner,
    runnerUp,
    runnerUpExcludedBy: runner?.excludedBy ?? [],
    margin: runner ? (totals[winner] ?? 0) - runner.total : null,
    constraintsDecide: result.options.length > 1 && result.options.every((o) => o.id === winner || o.excludedBy.length > 0),
  };
}

/** The summary's sentences, in the page's language. */
export interface DecisionText {
  choice: string;
  /** Null when there is no runner-up to name. */
  runnerUp: string | null;
  /** Null when the weights rank nothing. */
  why: string | null;
}

export interface DecisionNames {
  option: (id: string) => string;
  requirement: (id: string) => string;
}

/** The decision in words: the choice (and whether the original chose it too), the runner-up and margin, and why. */
export function decisionText(locale: Locale, tr: Translate, d: Decision, names: DecisionNames, originalWinner: string): DecisionText {
  const fixed = (x: number) => formatFixed(locale, x, 2);
  const list = (items: string[]) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(tr('decision.listSeparator'))}${tr('decision.listLast')}${items.at(-1)}`;
  const exclusions = d.exclusions
    .map((e) => tr('decision.excludes', { requirement: names.requirement(e.requirement), options: list(e.options.map(names.option)) }))
    .join(tr('decision.exclusionSeparator'));
  if (d.status === 'no-weights') return { choice: tr('matrix.allZero'), runnerUp: null, why: null };
  if (d.status === 'all-excluded' || d.status === 'no-options') {
    return { choice: tr('decision.none'), runnerUp: null, why: d.exclusions.length > 0 ? tr('decision.allExcluded', { exclusions }) : null };
  }
  const why =
    d.exclusions.length === 0
      ? tr('decision.byWeights')
      : tr(d.constraintsDecide ? 'decision.byConstraints' : 'decision.byConstraintsThenWeights', { exclusions });
  if (d.status === 'tie') {
    const total = fixed(d.totals[d.tied[0] ?? ''] ?? 0);
    return { choice: tr('decision.tie', { options: list(d.tied.map(names.option)), total }), runnerUp: null, why };
  }
  if (d.winner === null) return { choice: tr('decision.none'), runnerUp: null, why };

  const original =
    originalWinner === d.winner ? tr('decision.sameAsOriginal') : tr('decision.otherThanOriginal', { option: names.option(originalWinner) });
  const choice = `${tr('decision.choiceText', { option: names.option(d.winner), total: fixed(d.totals[d.winner] ?? 0) })}${original}`;
  if (d.runnerUp === null || d.margin === null) return { choice, runnerUp: null, why };
  const key = d.runnerUpExcludedBy.length === 0 ? 'decision.runnerUpText' : d.margin < 0 ? 'decision.runnerUpAhead' : 'decision.runnerUpExcluded';
  const runnerUp = tr(key, { option: names.option(d.runnerUp), total: fixed(d.totals[d.runnerUp] ?? 0), margin: fixed(Math.abs(d.margin)) });
  return { choice, runnerUp, why };
}
