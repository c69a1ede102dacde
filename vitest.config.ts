import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` needs only the sources; `built` reads the built site (dist/) and runs after the build
 * (see package.json: test:unit, test:built).
 */
export default defineConfig({
  test: {
    projects: [
      // No module state is shared between test files here, so they reuse workers (isolate: false): 56 s
      // instead of 92 s on 2 cores, most of the difference being each file's start-up.
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'components/**/*.test.{ts,tsx}'],
          exclude: ['src/built-site/**'],
          isolate: false,
        },
      },
      { test: { name: 'built', include: ['src/built-site/**/*.test.ts'] } },
    ],
  },
});
