// The size budgets CI enforces, gzipped: what loads before the first question is on screen
// (dist/shien-navi.js, which paints it; DESIGN.md: 40 KB), and a ceiling on what loads before its
// answers respond with the widget's own code (the entry and the app chunk with what it imports).
// `--modules` also lists the source modules of each of those files (scripts/module-sizes.mjs).
import { moduleSizes } from './module-sizes.mjs';
import { measureSizes, RESPONDS_CEILING_BYTES, SIZE_BUDGET_BYTES } from './size.mjs';

const root = new URL('..', import.meta.url).pathname;
const sizes = measureSizes(root);
const firstPaint = new Set(sizes.firstPaint.map((file) => file.file));
for (const file of sizes.startup) {
  console.log(`  ${firstPaint.has(file.file) ? 'paints the first question ' : 'before its answers respond'}  ${file.file.padEnd(44)} ${file.gzip} B gzip`);
}
if (process.argv.includes('--modules')) {
  for (const file of sizes.startup) {
    console.log(`\n${file.file}: raw and gzip (alone) of each source module`);
    for (const { module, raw, gzip } of moduleSizes(`${root}/dist`, file.file.slice('dist/'.length))) console.log(`  ${String(raw).padStart(7)} ${String(gzip).padStart(6)}  ${module}`);
  }
  console.log('');
}
for (const file of sizes.lazy) console.log(`  lazy, loaded when needed    ${file.file.padEnd(44)} ${file.gzip} B gzip`);
const checks = [
  ['before the first question is on screen (budget)', sizes.firstPaintGzip, SIZE_BUDGET_BYTES],
  ['before its answers respond (ceiling)', sizes.startupGzip, RESPONDS_CEILING_BYTES],
];
for (const [what, bytes, limit] of checks) console.log(`${bytes <= limit ? 'ok' : 'OVER'}: ${bytes} B gzipped ${what}: ${limit} B`);
process.exit(checks.every(([, bytes, limit]) => bytes <= limit) ? 0 : 1);
