import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const entry = resolve(import.meta.dirname, 'src/bundle.ts');

/**
 * In development the demo pages ask for the built file names; serve the sources instead so
 * `npm run dev` reloads on every change. The classic-script page gets a loader for the module.
 */
function serveSourcesAsBundles(): Plugin {
  return {
    name: 'shien-navi-dev-bundles',
    apply: 'serve',
    resolveId(id) {
      return id === '/shien-navi.js' ? entry : undefined;
    },
    configureServer(server) {
      server.middlewares.use('/shien-navi.iife.js', (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end("document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: '/shien-navi.js' }));");
      });
    },
  };
}

export default defineConfig(({ command }) =>
  command === 'serve'
    ? { root: 'demo', plugins: [serveSourcesAsBundles()], server: { fs: { allow: ['..'] } } }
    : {
        publicDir: false,
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          sourcemap: true,
          // Vite leaves whitespace in ES library output; this file is served to browsers as is.
          rolldownOptions: {
            output: [
              {
                format: 'es',
                minify: true,
                // Lazy chunks (the CSV reader, the search, fuse.js) sit beside dist/shien-navi.js,
                // with names that say whose they are. What the entry shares with them goes into one
                // shared chunk, not one per set of chunks sharing it: fewer files to fetch, and
                // better compressed, before the first question.
                chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'shien-navi-[name]-[hash].js' : 'shien-navi-shared-[hash].js'),
                codeSplitting: { groups: [{ name: 'shared', tags: ['$initial'], minShareCount: 2 }] },
              },
              // The classic script: one file with everything in it.
              { format: 'iife', name: 'ShienNavi', minify: true },
            ],
          },
          lib: {
            entry,
            name: 'ShienNavi',
            fileName: (format) => (format === 'es' ? 'shien-navi.js' : 'shien-navi.iife.js'),
          },
        },
      },
);
