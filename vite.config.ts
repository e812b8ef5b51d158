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

// `npm run dev` only: the browser files are built by scripts/build-browser.mjs.
export default defineConfig({ root: 'demo', plugins: [serveSourcesAsBundles()], server: { fs: { allow: ['..'] } } });
