// `npm run build`: every output of DESIGN.md's contract, plus the demo pages beside them.
//   dist/npm/                                      (tsc: the npm entry with types; first, because
//                                                   the browser files are built from it too)
//   dist/shien-navi.js, dist/shien-navi-*.js,
//   dist/shien-navi.iife.js                        (Vite: see scripts/build-browser.mjs)
//   custom-elements.json, dist/types/              (custom-elements-manifest analyzer, with the
//                                                   editor data and framework typings made from it:
//                                                   see custom-elements-manifest.config.mjs)
//   dist/integrity.json                            (Subresource Integrity hashes of the browser files)
//   dist/embed.html, dist/embed.css                (the page for an iframe, with dist/shien-navi-embed.js)
//   dist/demo/                                     (the demo pages and sample data; not in the npm package)
//   dist/studio/                                   (the workbench, its own bundle: vite.studio.config.ts)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { buildBrowserFiles } from './build-browser.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = new URL('../dist/', import.meta.url);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

await rm(dist, { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
await buildBrowserFiles();
run('npx', ['custom-elements-manifest', 'analyze', '--quiet']);

// For <script integrity="…">: a page that loads the files from a CDN can pin their exact bytes.
const integrity = {};
for (const file of (await readdir(dist)).filter((name) => name.endsWith('.js')).sort()) {
  integrity[file] = `sha384-${createHash('sha384').update(await readFile(new URL(file, dist))).digest('base64')}`;
}
await writeFile(new URL('integrity.json', dist), `${JSON.stringify(integrity, null, 2)}\n`);

await cp(new URL('../demo', import.meta.url), new URL('demo', dist), { recursive: true });
// The page for an iframe (CMS editors that strip <script>), beside the files it loads.
for (const file of ['embed.html', 'embed.css']) await cp(new URL(`../embed/${file}`, import.meta.url), new URL(file, dist));
// The workbench comes after the widget: its preview page preloads the widget's built chunks.
run('npx', ['vite', 'build', '--config', 'vite.studio.config.ts', '--logLevel', 'warn']);
console.log('built dist/shien-navi.js, dist/shien-navi.iife.js, dist/npm/, dist/types/, dist/integrity.json, custom-elements.json, dist/demo/, dist/studio/');
