import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url);

/** Every module a script loads, itself included, following static and dynamic imports within dist/. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(new URL(`.${entry}`, dist), 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+|\/_astro\/[^"']+)["']/g)) {
    const target = new URL(match[1] ?? '', new URL(`.${entry}`, new URL('https://x/'))).pathname;
    moduleGraph(target, seen);
  }
  return seen;
}

/**
 * The JavaScript an island costs a page: its component, the framework renderer and everything they import,
 * each file gzipped as a server would send it. Returns bytes per file and the total.
 */
export function islandJavaScript(pagePath: string, componentName: string): { files: Record<string, number>; total: number } {
  const html = readFileSync(new URL(`.${pagePath}index.html`, dist), 'utf8');
  const island = [...html.matchAll(/<astro-island[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(componentName));
  if (!island) throw new Error(`no ${componentName} island on ${pagePath}`);
  const url = (attr: string) => island.match(new RegExp(`${attr}="([^"]+)"`))?.[1] ?? '';
  const modules = new Set([...moduleGraph(url('component-url')), ...moduleGraph(url('renderer-url'))]);
  const files = Object.fromEntries(
    [...modules].map((m) => [m, gzipSync(readFileSync(new URL(`.${m}`, dist)), { level: 9 }).length]),
  );
  return { files, total: Object.values(files).reduce((a, b) => a + b, 0) };
}
