import { defineConfig } from 'vitest/config';

// Two cores: at most two test files at once, so real-Envoy tests do not starve each other.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global.ts'],
    pool: 'forks',
    poolOptions: { forks: { minForks: 1, maxForks: 2 } },
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
