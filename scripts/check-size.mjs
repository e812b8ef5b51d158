// The size budget CI enforces: what loads before the first question responds, gzipped, within
// 40 KB: dist/shien-navi.js (which paints it) and the app chunk with the chunks it imports.
import { measureSizes, SIZE_BUDGET_BYTES } from './size.mjs';

const root = new URL('..', import.meta.url).pathname;
const sizes = measureSizes(root);
const firstPaint = new Set(sizes.firstPaint.map((file) => file.file));
for (const file of sizes.startup) {
  console.log(`  ${firstPaint.has(file.file) ? 'paints the first question ' : 'before it responds        '}  ${file.file.padEnd(40)} ${file.gzip} B gzip`);
}
for (const file of sizes.lazy) console.log(`  lazy, loaded when needed    ${file.file.padEnd(40)} ${file.gzip} B gzip`);
const verdict = sizes.startupGzip <= SIZE_BUDGET_BYTES ? 'ok' : 'OVER BUDGET';
console.log(`${verdict}: ${sizes.startupGzip} B gzipped before the first question responds (budget ${SIZE_BUDGET_BYTES} B); ${sizes.firstPaintGzip} B paint it`);
process.exit(sizes.startupGzip <= SIZE_BUDGET_BYTES ? 0 : 1);
