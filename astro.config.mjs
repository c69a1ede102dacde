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
import { readSections } from './components/widget-kit/hash.ts';

export default defineConfig({
  site: 'https://casebook.example.org',
  // The site is read from the project root so that content/docs/ is Starlight's docs collection as-is
  // (Starlight and the links validator locate docs at <srcDir>/content/docs).
  srcDir: '.',
  trailingSlash: 'always',
  // A hash-based Content Security Policy on every page (a <meta> tag; Astro hashes the scripts and styles it
  // bundles). Scripts: only this origin and hashed inline scripts (Starlight's are hashed from its sources), plus
  // WebAssembly compilation for Pagefind's search. Styles: this origin (Astro's default `style-src 'self'`) and
  // `style` attributes (Mermaid's SVG and the matrix's bars use them); <style> elements must be hashed, which
  // components/DecisionTree.astro does for its SVG.
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
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // Stylesheets are files, never inlined: Astro does not hash a stylesheet it inlines for a component imported
  // from MDX, and the CSP would block it (e2e/every-page.spec.ts catches that).
  build: { inlineStylesheets: 'never' },
  // Components add rel="noopener" to their own external links; e2e/every-page.spec.ts checks them all.
  // Code blocks are highlighted by Starlight's Expressive Code, which turns Astro's own Shiki off; saying so here
  // also tells Astro's CSP check that no Shiki inline styles are coming.
  markdown: { processor: satteri({ hastPlugins: [externalLinks, focusableTables] }), syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro starts the module it generates for each MDX page's styles (`?astroPropagatedAssets`) with a
        // "use astro:head-inject" directive, which the bundler reports as MODULE_LEVEL_DIRECTIVE, once per MDX page
        // (withastro/astro#18087). Astro finds those modules by their id, not by the directive, so nothing is lost
        // when the bundler drops it: only that report is silenced here. (`onLog`, since Preact's Vite preset sets
        // `onwarn`, and a second one would replace it.)
        onLog(level, log, handler) {
          if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
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
      components: {
        // The phone header: a menu on pages without a sidebar, and a shorter title where the full one has no room.
        Header: './components/starlight/Header.astro',
        SiteTitle: './components/starlight/SiteTitle.astro',
        // Search that loads Pagefind when the reader is about to use it (see README, Search).
        Search: './components/Search.astro',
      },
      customCss: ['./src/styles/site.css', './src/styles/print.css'],
      lastUpdated: false,
      // The not-found page is pages/404.astro.
      disable404Route: true,
      // Wrapped lines: no code block needs sideways scrolling, on a phone either.
      expressiveCode: { defaultProps: { wrap: true } },
      pagination: true,
      pagefind: { ranking: pagefindRanking },
      routeMiddleware: './src/search/route-meta.ts',
      plugins: [
        starlightLinksValidator({
          errorOnFallbackPages: true,
          errorOnInconsistentLocale: true,
          // A link to a widget (`/cases/edge-computing/#matrix=edge`, `#advisor`) names an id that the widget's
          // component renders, which the validator does not see; src/built-site/widget-links.test.ts checks them.
          exclude: ({ link }) => {
            const hash = link.split('#')[1];
            return hash !== undefined && readSections(`#${hash}`).length > 0;
          },
        }),
      ],
    }),
    mdx(),
    preact(),
  ],
});
