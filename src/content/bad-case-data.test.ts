/**
 * Broken case data must fail the build with a message that names the file and the field. Each test copies the
 * repository's content/ (cases, sources, rules) into a temporary folder, breaks ONE thing in one real file,
 * and runs the loader the build runs (loadCases, which also loads the sources and the scenario rows), so the
 * message checked here is the message an author would see.
 * content-data.test.ts already checks a negative weight through parseDataFile; this file covers the rest.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataFileError } from './data-file';
import { dataFileErrorOf } from './data-file-error-of';
import { loadCases } from './load';

const repo = new URL('../..', import.meta.url).pathname;
const FOLDERS = ['content/cases', 'content/sources', 'content/rules'];
const EDGE = 'content/cases/edge.yaml';
const CASE_FILES = ['content/cases/edge.yaml', 'content/cases/enterprise.yaml', 'content/cases/serverless.yaml', 'content/cases/service-mesh.yaml'];

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A copy of the repository's data in a temporary folder, laid out like the repository. */
function copyOfContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'casebook-bad-data-'));
  roots.push(root);
  for (const folder of FOLDERS) cpSync(join(repo, folder), join(root, folder), { recursive: true });
  return root;
}

const original = (file: string) => readFileSync(join(repo, file), 'utf8');

/** The data with `file` rewritten by `change` (a YAML edit or a text edit). */
function withFile(file: string, change: (doc: Document) => void): string {
  const doc = parseDocument(original(file));
  change(doc);
  const root = copyOfContent();
  writeFileSync(join(root, file), String(doc));
  return root;
}
function withText(file: string, from: string, to: string): string {
  const text = original(file);
  // Guard: if the real file changes, the mutation must not silently become a no-op.
  expect(text, `${file} no longer contains the text this test breaks`).toContain(from);
  const root = copyOfContent();
  writeFileSync(join(root, file), text.replace(from, to));
  return root;
}

/**
 * Loading fails with a DataFileError for `file` whose message (as printed by the build) starts with the file
 * and lists `field` (a dotted path; '' for the whole file) with a message matching `message`.
 */
function expectRejected(root: string, file: string, field: string, message: RegExp): DataFileError {
  const error = dataFileErrorOf(() => loadCases(root));
  expect(error.file).toBe(file);
  const lines = error.message.split('\n');
  expect(lines[0]).toBe(`${file} is invalid:`);
  const line = lines.find((l) => l.startsWith(`  - ${field || '(file)'}: `));
  expect(line, `no line for "${field}" in:\n${error.message}`).toBeDefined();
  expect(line).toMatch(message);
  expect(error.issues.some((i) => i.path === field)).toBe(true);
  return error;
}

/** The 1-based line of the first occurrence of `text` in `file`. */
function lineOf(file: string, text: string): number {
  return original(file).slice(0, original(file).indexOf(text)).split('\n').length;
}

describe('the copied data (control)', () => {
  it('loads unchanged, and after a YAML round trip that changes nothing', () => {
    const ids = loadCases(copyOfContent()).map((c) => c.id);
    expect(ids).toEqual(CASE_FILES.map((file) => file.replace(/^.*\/(.+)\.yaml$/, '$1')).sort());
    for (const file of CASE_FILES) expect(loadCases(withFile(file, () => {})).length).toBe(ids.length);
  }, 30_000); // loads every case file once per case: seconds on a busy machine
});

describe('broken case data fails naming the file and the field', () => {
  it.each(CASE_FILES)('a criterion weight missing in %s', (file) => {
    expectRejected(withFile(file, (doc) => doc.deleteIn(['criteria', 1, 'weight'])), file, 'criteria.1.weight', /expected number, received undefined/);
  });

  it.each(CASE_FILES)('an option label with Chinese but no English in %s', (file) => {
    expectRejected(withFile(file, (doc) => doc.deleteIn(['options', 0, 'label', 'en'])), file, 'options.0.label.en', /expected string, received undefined/);
  });

  it('a criterion label with English but no Chinese', () => {
    expectRejected(withFile(EDGE, (doc) => doc.deleteIn(['criteria', 0, 'label', 'zh'])), EDGE, 'criteria.0.label.zh', /expected string/);
  });

  it('a label whose English text is blank', () => {
    expectRejected(withFile(EDGE, (doc) => doc.setIn(['criteria', 2, 'label', 'en'], '   ')), EDGE, 'criteria.2.label.en', /needs English text/);
  });

  it('a weight written as text', () => {
    expectRejected(withFile(EDGE, (doc) => doc.setIn(['criteria', 0, 'weight'], '0.3')), EDGE, 'criteria.0.weight', /expected number, received string/);
  });

  it('a misspelt field name (weight → wieght)', () => {
    const root = withText(EDGE, '    weight: 0.3\n', '    wieght: 0.3\n');
    const error = expectRejected(root, EDGE, 'criteria.0', /wieght/);
    expect(error.message).toContain('criteria.0.weight');
  });

  it('weights that are all zero (the schema needs one above zero, not a sum of 1)', () => {
    const root = withFile(EDGE, (doc) => {
      for (let i = 0; i < 4; i += 1) doc.setIn(['criteria', i, 'weight'], 0);
    });
    expectRejected(root, EDGE, 'criteria', /at least one weight must be above zero/);
  });

  it('a score for a criterion that does not exist', () => {
    expectRejected(withFile(EDGE, (doc) => doc.setIn(['options', 0, 'scores', 'latency'], 3)), EDGE, 'options.0.scores.latency', /no criterion "latency" in this case/);
  });

  it('an option without a score for one criterion', () => {
    expectRejected(withFile(EDGE, (doc) => doc.deleteIn(['options', 1, 'scores', 'startup'])), EDGE, 'options.1.scores', /missing a score for criterion "startup"/);
  });

  it.each([
    [6, /<=\s?5/],
    [0, />=\s?1/],
    [2.5, /expected int/],
    [-1, />=\s?1/],
  ])('a score of %s', (score, message) => {
    expectRejected(withFile(EDGE, (doc) => doc.setIn(['options', 2, 'scores', 'runtime_perf'], score)), EDGE, 'options.2.scores.runtime_perf', message);
  });

  it('a figure citing a source that is not listed', () => {
    const root = withFile(EDGE, (doc) => doc.setIn(['options', 0, 'figures', 0, 'source'], 'no-such-source'));
    expectRejected(root, EDGE, 'options.0.figures.0.source', /unknown source "no-such-source" \(add it to content\/sources /);
  });

  it("a figure's primary source that is not listed", () => {
    const root = withFile(EDGE, (doc) => doc.setIn(['options', 1, 'figures', 0, 'primary', 'source'], 'k8s-pod-start-slo'));
    expectRejected(root, EDGE, 'options.1.figures.0.primary.source', /unknown source "k8s-pod-start-slo"/);
  });

  it('a requirement citing a source that is not listed', () => {
    expectRejected(withFile(EDGE, (doc) => doc.setIn(['requirements', 1, 'source'], 'hearsay')), EDGE, 'requirements.1.source', /unknown source "hearsay"/);
  });

  it('a requirement on a metric the case does not define', () => {
    expectRejected(withFile(EDGE, (doc) => doc.setIn(['requirements', 0, 'metric'], 'boot_time')), EDGE, 'requirements.0.metric', /no metric "boot_time" in this case/);
  });

  it("a requirement in a unit that cannot be compared with the options' figures", () => {
    const root = withFile(EDGE, (doc) => doc.setIn(['requirements', 0, 'unit'], 'MB'));
    expectRejected(root, EDGE, 'requirements.0.unit', /"MB" cannot be compared with docker-k3s's figure in "(ns|us|ms|s|min)"/);
  });

  it('a requirement in a unit the engine does not know', () => {
    expectRejected(withFile(EDGE, (doc) => doc.setIn(['requirements', 2, 'unit'], 'MiB')), EDGE, 'requirements.2.unit', /expected one of/);
  });

  it('a figure for a metric the case does not define', () => {
    expectRejected(withFile(EDGE, (doc) => doc.setIn(['options', 2, 'figures', 0, 'metric'], 'boot_time')), EDGE, 'options.2.figures.0.metric', /no metric "boot_time" in this case/);
  });

  it('a winner that is not one of the options', () => {
    expectRejected(withFile(EDGE, (doc) => doc.setIn(['decision', 'winner'], 'wasmtime-k3s')), EDGE, 'decision.winner', /no option "wasmtime-k3s"/);
  });

  it('a stated ranking naming an option that does not exist', () => {
    expectRejected(withFile(EDGE, (doc) => doc.setIn(['decision', 'stated_ranking', 2], 'docker-k8s')), EDGE, 'decision.stated_ranking.2', /no option "docker-k8s"/);
  });

  it('a scenario row that content/rules/scenarios.yaml does not have', () => {
    expectRejected(withFile(EDGE, (doc) => doc.set('scenario_row', 'iot')), EDGE, 'scenario_row', /no row "iot" in content\/rules\/scenarios.yaml/);
  });

  it('two options with the same id', () => {
    expectRejected(withFile(EDGE, (doc) => doc.setIn(['options', 2, 'id'], 'docker-k3s')), EDGE, 'options', /id "docker-k3s" is used more than once/);
  });

  it("an id that is not the file's name", () => {
    expectRejected(withFile(EDGE, (doc) => doc.set('id', 'edge-computing')), EDGE, 'id', /must be "edge", the file's name/);
  });

  it('a score range that does not hold the option’s own score', () => {
    const own = Number(parseDocument(original(EDGE)).getIn(['options', 0, 'scores', 'startup']));
    const above: [number, number] = [own + 1, own + 2];
    expect(above[1]).toBeLessThanOrEqual(5);
    expectRejected(
      withFile(EDGE, (doc) => doc.setIn(['options', 0, 'score_ranges', 'startup', 'range'], above)),
      EDGE,
      'options.0.score_ranges.startup.range',
      new RegExp(`hold the option's own score \\(${own}\\)`),
    );
  });

  it('a score range for a criterion the case does not have', () => {
    const root = withFile(EDGE, (doc) => doc.setIn(['options', 0, 'score_ranges', 'speed'], doc.getIn(['options', 0, 'score_ranges', 'startup'])));
    expectRejected(root, EDGE, 'options.0.score_ranges.speed', /no criterion "speed" in this case/);
  });

  it('an advisor threshold in a unit the requirement cannot be compared with', () => {
    expectRejected(withFile(EDGE, (doc) => doc.setIn(['from_advisor', 0, 'threshold'], 'MB')), EDGE, 'from_advisor.0.threshold', /"MB" cannot be compared with the requirement's "ms"/);
  });

  it('an advisor threshold read from an answer that is not a number', () => {
    expectRejected(withFile(EDGE, (doc) => doc.setIn(['from_advisor', 1, 'threshold'], 'MB')), EDGE, 'from_advisor.1.threshold', /"resources" is not a number answer/);
  });

  it('an advisor constraint with neither a condition nor a threshold', () => {
    expectRejected(withFile(EDGE, (doc) => doc.deleteIn(['from_advisor', 0, 'threshold'])), EDGE, 'from_advisor.0.when', /give `when`, `threshold` or both/);
  });

  it('an id with capitals', () => {
    expectRejected(withFile(EDGE, (doc) => doc.setIn(['options', 0, 'id'], 'Docker-K3s')), EDGE, 'options.0.id', /lower-case/);
  });
});

describe('malformed YAML fails naming the file and the line', () => {
  it('an unclosed quote', () => {
    const line = lineOf(EDGE, "comparator: '='");
    const error = expectRejected(withText(EDGE, "comparator: '='", "comparator: '="), EDGE, '', /not valid YAML/);
    expect(error.message).toContain(`at line ${line}`);
  });

  it('the same key twice in one mapping', () => {
    const line = lineOf(EDGE, '    weight: 0.3\n') + 1;
    const error = expectRejected(withText(EDGE, '    weight: 0.3\n', '    weight: 0.3\n    weight: 0.4\n'), EDGE, '', /not valid YAML: Map keys must be unique/);
    expect(error.message).toContain(`at line ${line}`);
  });

  it('a tab used for indentation', () => {
    expectRejected(withText(EDGE, '    weight: 0.3\n', '\tweight: 0.3\n'), EDGE, '', /not valid YAML: Tabs are not allowed/);
  });

  it('an empty file', () => {
    const root = copyOfContent();
    writeFileSync(join(root, EDGE), '# nothing yet\n');
    expectRejected(root, EDGE, '', /expected object/);
  });
});

describe('broken sources fail before the cases, naming the sources file', () => {
  it('a source URL that is not https', () => {
    const file = 'content/sources/edge.yaml';
    const root = withText(file, 'url: https://docs.k3s.io/reference/resource-profiling', 'url: http://docs.k3s.io/reference/resource-profiling');
    expectRejected(root, file, '0.url', /must be an https URL/);
  });

  it('a source id listed in two files', () => {
    const file = 'content/sources/serverless.yaml';
    const root = withFile(file, (doc) => doc.setIn([0, 'id'], 'k3s-resource-profiling'));
    expectRejected(root, file, '0.id', /"k3s-resource-profiling" is already defined in content\/sources\/edge.yaml/);
  });
});
