// `npm run build`: every output of DESIGN.md's contract, plus the demo pages beside them.
//   dist/shien-navi.js, dist/shien-navi.iife.js  (Vite, library mode)
//   dist/npm/                                      (tsc: the npm entry with types)
//   custom-elements.json                           (custom-elements-manifest analyzer)
//   dist/demo/                                     (the demo pages and sample data)
//   dist/studio/                                   (the workbench, its own bundle: vite.studio.config.ts)
import { execFileSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['custom-elements-manifest', 'analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--quiet']);
await cp(new URL('../demo', import.meta.url), new URL('../dist/demo', import.meta.url), { recursive: true });
// The workbench comes after the widget: its preview page preloads the widget's built chunks.
run('npx', ['vite', 'build', '--config', 'vite.studio.config.ts', '--logLevel', 'warn']);
console.log('built dist/shien-navi.js, dist/shien-navi.iife.js, dist/npm/, custom-elements.json, dist/demo/, dist/studio/');
