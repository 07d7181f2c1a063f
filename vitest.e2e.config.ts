import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time (2 cores), generous timeouts for browser start-up.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
