import { defineConfig } from 'vitest/config';

// Plain unit tests of the DOM-free layers (data, engine, search, flows, check) and the CLI, run in Node.
export default defineConfig({
  test: {
    include: ['test/{data,engine,search,flows,i18n,check,cli,studio}/**/*.test.ts'],
    environment: 'node',
  },
});
