// The size budget CI enforces: dist/shien-navi.js plus the chunks it imports statically
// (everything fetched before the first question) must stay within 40 KB gzipped.
import { measureSizes, SIZE_BUDGET_BYTES } from './size.mjs';

const root = new URL('..', import.meta.url).pathname;
const sizes = measureSizes(root);
for (const file of sizes.startup) console.log(`  before the first question  ${file.file.padEnd(40)} ${file.gzip} B gzip`);
for (const file of sizes.lazy) console.log(`  lazy, loaded when needed  ${file.file.padEnd(40)} ${file.gzip} B gzip`);
const verdict = sizes.startupGzip <= SIZE_BUDGET_BYTES ? 'ok' : 'OVER BUDGET';
console.log(`${verdict}: ${sizes.startupGzip} B gzipped before the first question (budget ${SIZE_BUDGET_BYTES} B)`);
process.exit(sizes.startupGzip <= SIZE_BUDGET_BYTES ? 0 : 1);
