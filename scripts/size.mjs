// What a visitor downloads: dist/shien-navi.js, the chunks it imports statically (fetched
// before the first question can show), the lazy chunks (fetched later, when needed), and the
// single-file classic script. Used by the size budget check and by `npm run bench`.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** DESIGN.md: dist/shien-navi.js plus what loads before the first question, gzipped (KB = 1,024 bytes). */
export const SIZE_BUDGET_BYTES = 40 * 1024;

const STATIC_IMPORT = /\bimport\s*(?:\{[^}]*\}\s*from\s*|[\w$*,\s]+\s*from\s*)?["'`](\.\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g;

function measure(dist, name) {
  const bytes = readFileSync(`${dist}/${name}`);
  return {
    file: `dist/${name}`,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const importsOf = (code, pattern) => [...code.matchAll(pattern)].map((match) => match[1].slice(2));

/** Sizes of the built files under `root`/dist. */
export function measureSizes(root) {
  const dist = `${root}/dist`;
  const startup = [];
  const lazy = new Set();
  const queue = ['shien-navi.js'];
  while (queue.length > 0) {
    const name = queue.shift();
    if (startup.some((file) => file.file === `dist/${name}`)) continue;
    startup.push(measure(dist, name));
    const code = readFileSync(`${dist}/${name}`, 'utf8');
    queue.push(...importsOf(code, STATIC_IMPORT));
    importsOf(code, DYNAMIC_IMPORT).forEach((chunk) => lazy.add(chunk));
  }
  const startupNames = new Set(startup.map((file) => file.file));
  // What the lazy chunks load in turn (the search loads fuse.js) is lazy too.
  for (const name of lazy) {
    const code = readFileSync(`${dist}/${name}`, 'utf8');
    [...importsOf(code, STATIC_IMPORT), ...importsOf(code, DYNAMIC_IMPORT)].forEach((chunk) => lazy.add(chunk));
  }
  const lazyFiles = [...lazy].filter((name) => !startupNames.has(`dist/${name}`)).map((name) => measure(dist, name));
  const total = (files, key) => files.reduce((sum, file) => sum + file[key], 0);
  return {
    startup,
    startupGzip: total(startup, 'gzip'),
    startupBrotli: total(startup, 'brotli'),
    lazy: lazyFiles,
    iife: measure(dist, 'shien-navi.iife.js'),
  };
}
