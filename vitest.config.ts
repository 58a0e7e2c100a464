import { defineConfig } from 'vitest/config';

// One node environment for shared/, electron/ and e2e tests. Heavy suites (render, e2e, crash
// loops) are sized to keep `npm test` well under 15 minutes on 2 cores.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
