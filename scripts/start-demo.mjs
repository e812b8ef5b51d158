// `npm start`: serves the built demo and prints where to open it. `startDemoServer` is the same
// server for tests that drive the built files themselves (test/smoke/, in WebKit and Firefox).
import { pathToFileURL } from 'node:url';
import { startStaticServer } from './static-server.mjs';

/** The strictest policy a partner site is likely to use; the widget must work under it. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Serves dist/ (the demo pages, the widget's files, the workbench); `routes` as startStaticServer's. */
export function startDemoServer({ port = 0, routes = {} } = {}) {
  return startStaticServer({
    root: new URL('../dist', import.meta.url).pathname,
    port,
    routes,
    headers: (path) => (path.endsWith('/csp.html') ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { origin } = await startDemoServer({ port: Number(process.env.PORT ?? 4173) });
  console.log(`\n  shien-navi demo:          ${origin}/demo/`);
  console.log(`  classic-script version:   ${origin}/demo/iife.html`);
  console.log(`  under a strict CSP:       ${origin}/demo/csp.html`);
  console.log(`  workbench (studio):       ${origin}/studio/\n`);
  console.log('  Press Ctrl+C to stop.');
}
