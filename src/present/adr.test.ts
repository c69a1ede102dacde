import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseUrl } from '../case-url';
import { loadCases, loadSources } from '../content/load';
import { evaluateMatrix } from '../engine/matrix';
import { toMatrixInput, type MatrixInput } from '../engine/matrix-input';
import { applyState, canonicalState, decodeState, encodeState, WEIGHT_MAX, type MatrixState } from '../../components/matrix/state';
import { sectionQuery, withSection } from '../../components/widget-kit/hash';
import { analyseRobustness } from '../engine/robustness';
import { analyseSensitivity } from '../engine/sensitivity';
import { LOCALES, type Locale } from '../i18n/locale';
import { fill } from '../i18n/fill';
import { translate, translator, type Translate } from '../i18n/translate';
import { messagesFor, ui, type UiKey } from '../i18n/ui';
import type { CaseData } from '../schemas/case';
import { adrCase, type AdrCase } from './adr-case';
import { ADR_HEADINGS, ADR_MESSAGE_PREFIXES, adrFileName, decisionRecord, markdownText, slug } from './adr';

const root = new URL('../..', import.meta.url).pathname;
const sources = loadSources(root);
const sourceMap = new Map(sources.map((s) => [s.id, s]));
const cases = loadCases(root, sources);
const caseById = (id: string) => {
  const c = cases.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return c;
};
const SITE = 'https://casebook.example.org';
const DATE = '2025-01-15';

const unchanged = (): MatrixState => ({ weights: {}, scores: {}, requirements: {}, thresholds: {}, added: [], removed: [], spread: 1, weightBand: 0, source: 'case', fromAdvisor: null });

/** A case's record for a state, with the robustness analysis, as the matrix would build it. */
/** The record of a case in a state; its state link is written from the state, as the island writes it. */
function caseRecord(c: CaseData, locale: Locale, state: MatrixState = unchanged(), tr: Translate = translate(locale)) {
  const caseInput = toMatrixInput(c);
  const hash = withSection('', 'matrix', c.id, encodeState(state, caseInput));
  const input = applyState(caseInput, state);
  const result = evaluateMatrix(input);
  const pageUrl = `${SITE}${caseUrl(c, locale)}`;
  return decisionRecord({
    locale,
    tr,
    date: DATE,
    caseText: adrCase(c, locale, pageUrl, sourceMap),
    caseInput,
    input,
    result,
    sensitivity: analyseSensitivity(input, result),
    robustness: analyseRobustness(input, {}, result),
    addedNames: Object.fromEntries(state.added.map((a) => [a.id, a.name])),
    stateUrl: `${pageUrl}${hash}`,
  });
}

/** The text of a section: from its heading to the next heading of the same or a higher level. */
function section(markdown: string, locale: Locale, key: UiKey): string {
  const [level] = ADR_HEADINGS.find(([, k]) => k === key) ?? ['##'];
  const lines = markdown.split('\n');
  const start = lines.indexOf(`${level} ${ui[key][locale]}`);
  if (start < 0) throw new Error(`no section ${key}`);
  const end = lines.findIndex((l, i) => i > start && /^#{1,3} /.test(l) && l.indexOf(' ') <= level.length);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

describe('decisionRecord on the four cases', () => {
  // Reviewed snapshots: read them as a reader would (src/present/__snapshots__/adr/).
  for (const c of cases) {
    for (const locale of LOCALES) {
      it(`${c.id} (${locale}) matches its reviewed snapshot`, async () => {
        await expect(caseRecord(c, locale)).toMatchFileSnapshot(`__snapshots__/adr/${c.id}.${locale}.md`);
      });
    }
  }

  // A reader's state: a constraint off, a weight and a score changed, an option removed and one added (and winning).
  const edgeChanged: MatrixState = {
    weights: { compatibility: 0.8 },
    scores: { 'wasmedge-k3s:compatibility': 2 },
    requirements: { 'memory-50mb': false },
    thresholds: { 'cold-start-100ms': 60 },
    added: [{ id: 'u1', name: 'Firecracker *microVM*', scores: { startup: 4, resources: 4, runtime_perf: 5, compatibility: 4 } }],
    removed: ['gvisor-k8s'],
    spread: 1,
    weightBand: 0,
    source: 'case',
    fromAdvisor: null,
  };
  for (const locale of LOCALES) {
    it(`edge with a reader's changes (${locale}) matches its reviewed snapshot`, async () => {
      await expect(caseRecord(caseById('edge'), locale, edgeChanged)).toMatchFileSnapshot(`__snapshots__/adr/edge-changed.${locale}.md`);
    });
  }

  it('says when the hard constraints decided the outcome', async () => {
    // Operations complexity at the highest weight: Container + K8s leads on the weights alone but fails the OS-families
    // constraint.
    const state: MatrixState = { ...unchanged(), weights: { ops_complexity: WEIGHT_MAX } };
    const text = caseRecord(caseById('enterprise'), 'en', state);
    await expect(text).toMatchFileSnapshot('__snapshots__/adr/enterprise-constraints-decide.en.md');
    expect(section(text, 'en', 'adr.h.outcome')).toContain('The hard constraints decided it: on the weights alone Container + K8s would beat it');
  });

  it('follows MADR 4: front matter, then its headings in order, in both languages', () => {
    for (const locale of LOCALES) {
      const text = caseRecord(caseById('edge'), locale);
      const lines = text.split('\n');
      expect(lines.slice(0, 5)).toEqual([
        '---',
        'status: proposed',
        `date: ${DATE}`,
        `decision-makers: ${JSON.stringify(ui['adr.deciders'][locale])}`,
        '---',
      ]);
      expect(lines[6]).toMatch(/^# /);
      const structural = lines.filter((l) => ADR_HEADINGS.some(([level, k]) => l === `${level} ${ui[k][locale]}`));
      expect(structural).toEqual(ADR_HEADINGS.map(([level, k]) => `${level} ${ui[k][locale]}`));
    }
  });

  it('needs only the strings under ADR_MESSAGE_PREFIXES, which an island can be given', () => {
    for (const locale of LOCALES) {
      const messages = messagesFor(locale, ADR_MESSAGE_PREFIXES);
      const strict: Translate = (key, vars) => {
        if (messages[key] === undefined) throw new Error(`"${key}" is not under ADR_MESSAGE_PREFIXES`);
        return translator(messages)(key, vars);
      };
      for (const c of cases) expect(caseRecord(c, locale, unchanged(), strict)).toBe(caseRecord(c, locale));
      const edge = caseById('edge');
      expect(caseRecord(edge, locale, edgeChanged, strict)).toBe(caseRecord(edge, locale, edgeChanged));
    }
  });

  it('writes a state link that reopens the same state', () => {
    const edge = caseById('edge');
    const text = caseRecord(edge, 'en', edgeChanged);
    const page = `${SITE}${caseUrl(edge, 'en')}`;
    const link = section(text, 'en', 'adr.h.more').match(/\]\((https:[^)\s]+)\)/g)?.map((m) => m.slice(2, -1)).find((url) => url.startsWith(`${page}#`));
    const input = toMatrixInput(edge);
    expect(decodeState(sectionQuery(new URL(link ?? page).hash, 'matrix', 'edge') ?? '', input)).toEqual({ state: canonicalState(edgeChanged, input).state, ignored: [] });
  });
});

describe('decisionRecord on random matrices', () => {
  /** Names made of Markdown's special characters, kept distinct by a numbered prefix. */
  const nameArb = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '*', '_', '[', ']', '|', '~', '<', '&', '#', '\\', '`', '中'), maxLength: 8 });
  const matrixArb = fc.record({
    weights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 4 }),
    options: fc.array(
      fc.record({
        name: nameArb,
        scores: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }),
        latency: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        memory: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
        added: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    latencyOn: fc.boolean(),
    memoryOn: fc.boolean(),
    locale: fc.constantFrom<Locale>('zh', 'en'),
    withRobustness: fc.boolean(),
  });

  type Generated = typeof matrixArb extends fc.Arbitrary<infer T> ? T : never;

  function build(m: Generated) {
    const ids = m.weights.map((_, k) => `c${k}`);
    const input: MatrixInput = {
      criteria: ids.map((id, k) => ({ id, weight: m.weights[k] ?? 0 })),
      options: m.options.map((o, i) => ({
        id: o.added ? `u${i + 1}` : `o${i}`,
        scores: Object.fromEntries(ids.map((c, k) => [c, o.scores[k] ?? 1])),
        figures: [
          ...(o.latency === undefined ? [] : [{ metric: 'latency', comparator: '~' as const, value: o.latency, unit: 'ms' as const }]),
          ...(o.memory === undefined ? [] : [{ metric: 'memory', comparator: '<' as const, value: o.memory, unit: 'MB' as const }]),
        ],
      })),
      requirements: [
        { id: 'latency', metric: 'latency', comparator: '<', value: 10, unit: 'ms', active: m.latencyOn },
        { id: 'memory', metric: 'memory', comparator: '<=', value: 100, unit: 'MB', active: m.memoryOn },
      ],
    };
    const names = Object.fromEntries(input.options.map((o, i) => [o.id, `N${i}«${m.options[i]?.name ?? ''}»`]));
    const caseText: AdrCase = {
      id: 'random',
      title: 'Random *case*',
      scenario: 'A scenario',
      pageUrl: `${SITE}/cases/random/`,
      weightsNote: null,
      originalWinner: 'o0',
      tradeOff: 'A trade-off',
      criteria: Object.fromEntries(ids.map((id) => [id, { label: `Criterion ${id}`, measures: 'something', scoring: null }])),
      options: Object.fromEntries(
        input.options
          .filter((o) => !o.id.startsWith('u'))
          .map((o) => [o.id, { label: names[o.id] ?? o.id, summary: 'An option', pros: ['a pro'], cons: ['a con'], figures: {} }]),
      ),
      requirements: {
        latency: { label: 'Latency under 10 ms', metric: 'Latency', source: 'original' },
        memory: { label: 'Memory of 100 MB at most', metric: 'Memory', source: 'original' },
      },
      scoreRanges: {},
      sources: {},
    };
    const addedNames = Object.fromEntries(input.options.filter((o) => o.id.startsWith('u')).map((o) => [o.id, names[o.id] ?? o.id]));
    return { input, names, caseText, addedNames };
  }

  it('names every option, every excluded option with its reason, and the engine’s winner', () => {
    fc.assert(
      fc.property(matrixArb, (m) => {
        const { input, names, caseText, addedNames } = build(m);
        const { locale } = m;
        const result = evaluateMatrix(input);
        const text = decisionRecord({
          locale,
          tr: translate(locale),
          date: DATE,
          caseText,
          caseInput: input,
          input,
          result,
          sensitivity: analyseSensitivity(input, result),
          robustness: m.withRobustness ? analyseRobustness(input, { samples: 50 }, result) : undefined,
          addedNames,
          stateUrl: `${SITE}/cases/random/#matrix=random`,
        });
        const options = section(text, locale, 'adr.h.options');
        const outcome = section(text, locale, 'adr.h.outcome');
        const lineOf = (id: string) => options.split('\n').find((l) => l.startsWith(`* ${markdownText(names[id] ?? '')}`));
        for (const o of input.options) expect(lineOf(o.id)).toBeDefined();

        if (result.ok) {
          for (const r of result.options.filter((x) => x.excludedBy.length > 0)) {
            const line = lineOf(r.id) ?? '';
            expect(line).toContain(ui['adr.excludedCell'][locale]);
            for (const req of r.excludedBy) expect(line).toContain(markdownText(caseText.requirements[req]?.label ?? '?'));
          }
        }
        const winner = result.ok ? result.winner : null;
        if (winner === null) {
          expect(outcome).toContain(fill(ui['adr.chosenNone'][locale], { reason: '' }));
        } else {
          expect(outcome).toContain(fill(ui['adr.chosen'][locale], { option: markdownText(names[winner] ?? ''), reason: '' }));
        }
        // One decision: a single "Chosen option" line.
        const chosen = ui['adr.chosen'][locale];
        const prefix = chosen.slice(0, chosen.indexOf('{option}') - 1);
        expect(text.split('\n').filter((l) => l.startsWith(prefix))).toHaveLength(1);
        expect(text).not.toMatch(/NaN|Infinity|undefined|\{[a-zA-Z]+\}/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('adrFileName', () => {
  it('numbers the record and slugs the case and the chosen option', () => {
    expect(adrFileName('edge', { id: 'wasmedge-k3s', name: 'WasmEdge + K3s' })).toBe('0001-edge-wasmedge-k3s.md');
    expect(adrFileName('enterprise', { id: 'opt1', name: 'VM + K8s' }, 12)).toBe('0012-enterprise-vm-k8s.md');
    expect(adrFileName('service-mesh', { id: 'istio-ambient', name: 'Istio Ambient (ztunnel + waypoint)' })).toBe('0001-service-mesh-istio-ambient-ztunnel-waypoint.md');
  });
  it('falls back to the option id for names without Latin letters, and says when nothing was chosen', () => {
    expect(adrFileName('edge', { id: 'u1', name: '我的方案' })).toBe('0001-edge-u1.md');
    expect(adrFileName('edge', null)).toBe('0001-edge-undecided.md');
    expect(adrFileName('edge', { id: 'u1', name: 'x' }, -3)).toBe('0001-edge-x.md');
  });
  it('keeps slugs short and plain', () => {
    expect(slug('Café Ünïcode — “quoted”')).toBe('cafe-unicode-quoted');
    expect(slug('a'.repeat(100))).toHaveLength(60);
    expect(slug('--- ***')).toBe('');
  });
});

describe('markdownText', () => {
  it('escapes what Markdown would read as formatting, links, tables, HTML or entities', () => {
    expect(markdownText('*a* _b_ [c](d) e|f ~g~ `h` \\ <b> &amp; <50 ms')).toBe(
      '\\*a\\* \\_b\\_ \\[c\\](d) e\\|f \\~g\\~ \\`h\\` \\\\ \\<b> \\&amp; <50 ms',
    );
    expect(markdownText('two\nlines')).toBe('two lines');
  });
});

describe('decisionRecord without a winner', () => {
  const tr = translate('en');
  const text = (input: MatrixInput) => {
    const result = evaluateMatrix(input);
    const caseText = adrCase(caseById('edge'), 'en', `${SITE}/en/cases/edge-computing/`, sourceMap);
    return decisionRecord({ locale: 'en', tr, date: 'soon', caseText, caseInput: input, input, result, sensitivity: analyseSensitivity(input, result), addedNames: {}, stateUrl: '/x' });
  };
  const edge = toMatrixInput(caseById('edge'));

  it('records a tie as undecided, naming the tied options', () => {
    // Only startup and resources weighted; Docker and WasmEdge scores equalised.
    const input = { ...edge, options: edge.options.map((o) => ({ ...o, scores: { ...o.scores, startup: 5, resources: 5 } })), requirements: [] };
    const tied = text({ ...input, criteria: input.criteria.map((c) => ({ ...c, weight: c.id === 'startup' || c.id === 'resources' ? 1 : 0 })) });
    expect(tied).toContain('# Undecided — Edge computing platform: WasmEdge + K3s');
    expect(tied).toContain('Chosen option: none yet, because Docker + K3s, WasmEdge + K3s, and gVisor + K8s share the highest weighted total (5.00).');
    expect(section(tied, 'en', 'adr.h.consequences')).toContain('None until an option is chosen.');
    // A date that is not YYYY-MM-DD is quoted, so the front matter stays valid YAML.
    expect(tied).toContain('date: "soon"');
  });

  it('records all-zero weights without totals or ranks', () => {
    const zero = text({ ...edge, criteria: edge.criteria.map((c) => ({ ...c, weight: 0 })) });
    expect(zero).toContain('Chosen option: none yet, because every weight is zero, so nothing can be ranked.');
    expect(section(zero, 'en', 'adr.h.options')).not.toContain('Weighted total');
  });
});
