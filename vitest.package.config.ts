import { defineConfig } from 'vitest/config';

// Tests of what `npm run build` made and what `npm pack` ships (test/package): run after the
// build by `npm test`, never before it.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
