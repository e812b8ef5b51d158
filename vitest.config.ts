import { defineConfig } from 'vitest/config';
import { minifyStyles } from './scripts/minify-styles.mjs';

// Plain unit tests of the DOM-free layers (data, engine, search, flows, check), the CLI, the
// build scripts and the bench pages, run in Node.
export default defineConfig({
  plugins: [
    {
      // `import('x.styles.ts?minified')`: the file as the browser build minifies it
      // (test/scripts/minify-styles.test.ts compares it with the file as written).
      name: 'minified-styles',
      enforce: 'pre',
      transform: async (code, id) => (id.endsWith('.styles.ts?minified') ? { code: await minifyStyles(code, id.replace(/\?minified$/, '')), map: null } : null),
    },
  ],
  test: {
    include: ['test/{data,engine,search,flows,i18n,check,cli,studio,scripts,bench}/**/*.test.ts'],
    environment: 'node',
  },
});
