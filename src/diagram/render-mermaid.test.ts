import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDecisionTree } from '../content/load';
import { renderDiagram } from './render-mermaid';
import { treeDiagram, type Diagram } from './site-diagrams';

const tree = loadDecisionTree(fileURLToPath(new URL('../../', import.meta.url)));
/** A diagram that has no committed render: its source is new. */
const uncommitted = (label: string): Diagram => ({ name: `test diagram ${label}`, prefix: 'test', source: `flowchart TD\n  a --> ${label}` });

// Every test here runs as on a machine with no browser.
beforeEach(() => {
  vi.stubEnv('CHROMIUM_PATH', '/nonexistent');
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('renderDiagram without a browser', () => {
  it('inlines the committed render, at the size it was drawn', async () => {
    const svg = await renderDiagram(treeDiagram(tree, 'zh'));
    expect(svg).toMatch(/^<svg id="decision-tree-0"[^>]* width="\d+" height="\d+"/);
    expect(svg).not.toMatch(/^<svg[^>]*max-width/);
  });

  it('outside CI, falls back to the text version with a one-line warning, once per build', async () => {
    vi.stubEnv('CI', '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await renderDiagram(uncommitted('b'))).toBeNull();
    expect(await renderDiagram(uncommitted('c'))).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    const [message] = warn.mock.calls[0] ?? [];
    expect(message).toContain('test diagram b');
    expect(message).toContain('npm run diagrams');
    expect(String(message)).not.toContain('\n');
  });

  it('in CI, fails the build, naming the diagram and the fix', async () => {
    vi.stubEnv('CI', 'true');
    await expect(renderDiagram(uncommitted('d'))).rejects.toThrow(/test diagram d.*npm run diagrams/);
  });
});
