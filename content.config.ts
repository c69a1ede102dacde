// Astro reads collections from <srcDir>/content.config.ts; srcDir is the project root (see astro.config.mjs).
export { collections } from './src/content/collections';
