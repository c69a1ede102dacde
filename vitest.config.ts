import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` needs only the sources; `built` reads the built site (dist/) and runs after the build
 * (see package.json: test:unit, test:built).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'components/**/*.test.{ts,tsx}'], exclude: ['src/built-site/**'] } },
      { test: { name: 'built', include: ['src/built-site/**/*.test.ts'] } },
    ],
  },
});
