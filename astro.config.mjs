// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import { satteri } from '@astrojs/markdown-satteri';
import { sidebar } from './src/sidebar.ts';
import { externalLinks, focusableTables } from './src/markdown/hast-plugins.ts';
import { starlightInlineScriptHashes } from './src/csp/inline-script-hashes.ts';
import { pagefindRanking } from './src/search/pagefind-options.ts';

export default defineConfig({
  site: 'https://casebook.example.org',
  // The site is read from the project root so that content/docs/ is Starlight's docs collection as-is
  // (Starlight and the links validator locate docs at <srcDir>/content/docs).
  srcDir: '.',
  trailingSlash: 'always',
  // A hash-based Content Security Policy on every page (a <meta> tag; Astro hashes the scripts and styles it
  // bundles). Scripts: only this origin and hashed inline scripts (Starlight's are hashed from its sources), plus
  // WebAssembly compilation for Pagefind's search. Styles: `style` attributes stay allowed (Mermaid's SVG and the
  // matrix's bars use them); <style> elements must be hashed, which components/DecisionTree.astro does for its SVG.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: starlightInlineScriptHashes() },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // Stylesheets are files, never inlined: Astro does not hash a stylesheet it inlines for a component imported
  // from MDX, and the CSP would block it (e2e/every-page.spec.ts catches that).
  build: { inlineStylesheets: 'never' },
  // Components add rel="noopener" to their own external links; e2e/every-page.spec.ts checks them all.
  markdown: { processor: satteri({ hastPlugins: [externalLinks, focusableTables] }) },
  integrations: [
    starlight({
      title: { 'zh-CN': '架构决策案例集', en: 'Architecture Decision Casebook' },
      description: 'zh-CN / en casebook of technology-selection decisions: VMs, containers, gVisor, Kata, WasmEdge, K3s and service meshes, with live decision matrices.',
      defaultLocale: 'root',
      locales: {
        root: { label: '简体中文', lang: 'zh-CN' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar,
      customCss: ['./src/styles/site.css'],
      lastUpdated: false,
      // Wrapped lines: no code block needs sideways scrolling, on a phone either.
      expressiveCode: { defaultProps: { wrap: true } },
      pagination: true,
      pagefind: { ranking: pagefindRanking },
      routeMiddleware: './src/search/route-meta.ts',
      components: { Search: './components/Search.astro' },
      plugins: [starlightLinksValidator({ errorOnFallbackPages: true, errorOnInconsistentLocale: true })],
    }),
    mdx(),
    preact(),
  ],
});
