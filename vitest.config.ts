import { defineConfig } from 'vitest/config';
import { minifyCssLiterals } from './scripts/minify-css.mjs';

// Plain unit tests of the DOM-free layers (data, engine, search, flows, check), the CLI, the
// build scripts and the bench pages, run in Node.
export default defineConfig({
  plugins: [
    {
      // `import('x.styles.ts?minified')`: the file as the browser build minifies it
      // (test/scripts/minify-css.test.ts compares it with the file as written).
      name: 'minified-styles',
      enforce: 'pre',
      transform: (code, id) => (id.endsWith('.styles.ts?minified') ? { code: minifyCssLiterals(code), map: null } : null),
    },
  ],
  test: {
    include: ['test/{data,engine,search,flows,i18n,check,cli,studio,scripts,bench}/**/*.test.ts'],
    environment: 'node',
  },
});
