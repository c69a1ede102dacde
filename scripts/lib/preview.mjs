import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Serves the built dist/ with `astro preview` on loopback; resolves once it answers. */
export async function startPreview(port) {
  const child = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    origin,
    stop: () => {
      try {
        process.kill(-child.pid);
      } catch {
        // already gone
      }
    },
  };
}

/** Every page of the built site, from its sitemap, as paths. */
export function sitemapPaths() {
  const xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/**
 * One page of each template, in both languages: the splash home page, a case page, the comparison matrix
 * (advisor and tree) and a plain page.
 */
export function templatePaths() {
  const all = sitemapPaths();
  const firstCase = all.find((p) => /^\/cases\/[^/]+\/$/.test(p));
  const zh = ['/', firstCase, '/kb/comparison-matrix/', '/kb/glossary/'];
  return [...zh, ...zh.map((p) => `/en${p}`)].filter((p) => all.includes(p));
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
