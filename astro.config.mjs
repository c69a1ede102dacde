// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import { sidebar } from './src/sidebar.ts';

export default defineConfig({
  site: 'https://casebook.example.org',
  // The site is read from the project root so that content/docs/ is Starlight's docs collection as-is
  // (Starlight and the links validator locate docs at <srcDir>/content/docs).
  srcDir: '.',
  trailingSlash: 'always',
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
      pagination: true,
      plugins: [starlightLinksValidator({ errorOnFallbackPages: true, errorOnInconsistentLocale: true })],
    }),
    mdx(),
    preact(),
  ],
});
