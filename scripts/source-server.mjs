// The widget's TypeScript sources loaded in Node as they are (`server.ssrLoadModule('/src/…')`),
// for the scripts and benches that measure them: a Vite server with no HTTP, no watching and no
// dependency scan. `plugins` may swap a module (cross-author.mjs puts a candidate cry model in).
import { createServer } from 'vite';

/** A Vite server over `root`'s sources; close it when done. */
export function sourceServer(root, plugins = []) {
  return createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins,
  });
}
