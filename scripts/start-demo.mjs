// `npm start`: serves the built demo and prints where to open it.
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4173);
/** The strictest policy a partner site is likely to use; the widget must work under it. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const { origin } = await startStaticServer({
  root: new URL('../dist', import.meta.url).pathname,
  port,
  headers: (path) => (path.endsWith('/csp.html') ? { 'Content-Security-Policy': STRICT_CSP } : {}),
});
console.log(`\n  shien-navi demo:          ${origin}/demo/`);
console.log(`  classic-script version:   ${origin}/demo/iife.html`);
console.log(`  under a strict CSP:       ${origin}/demo/csp.html`);
console.log(`  workbench (studio):       ${origin}/studio/\n`);
console.log('  Press Ctrl+C to stop.');
