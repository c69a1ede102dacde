import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCases, loadSources } from './load';
import { DataFileError, parseDataFile } from './data-file';
import { caseSchema } from '../schemas/case';

const root = new URL('../..', import.meta.url).pathname;

describe('content data', () => {
  it('every source and case file validates', () => {
    const sources = loadSources(root);
    const cases = loadCases(root, sources);
    const files = readdirSync(join(root, 'content/cases')).filter((f) => f.endsWith('.yaml'));
    expect(cases.map((c) => `${c.id}.yaml`).sort()).toEqual(files.sort());
  });

  it('a malformed case file fails naming the file and the field', () => {
    const bad = 'id: edge\norder: 1\ncriteria:\n  - {id: startup, weight: -1}\n';
    expect(() => parseDataFile('content/cases/edge.yaml', bad, caseSchema)).toThrow(DataFileError);
    try {
      parseDataFile('content/cases/edge.yaml', bad, caseSchema);
    } catch (error) {
      expect((error as Error).message).toContain('content/cases/edge.yaml');
      expect((error as Error).message).toContain('criteria.0.weight');
    }
  });
});
