// `npm run test:browser` (after `vite build`): real Chromium against the built widget. Node environment, one
// fork (one Chromium at a time on a 2-core CI machine), long timeouts because a browser launch is seconds.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
