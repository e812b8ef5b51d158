// `npm start`: serves the built demo and prints where to open it.
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4173);
const { origin } = await startStaticServer({ root: new URL('../dist', import.meta.url).pathname, port });
console.log(`\n  shien-navi demo:          ${origin}/demo/`);
console.log(`  classic-script version:   ${origin}/demo/iife.html\n`);
console.log('  Press Ctrl+C to stop.');
