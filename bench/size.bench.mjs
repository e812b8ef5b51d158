// Transfer size of the built files: what a site owner's visitors download.
import { measureSizes, SIZE_BUDGET_BYTES } from '../scripts/size.mjs';

const KB = 1024;
const kb = (bytes) => (bytes / KB).toFixed(1);

export default async function size({ root }) {
  const sizes = measureSizes(root);
  const row = (file, when) => [file.file, when, kb(file.raw), kb(file.gzip), kb(file.brotli)];
  return {
    title: 'Bundle size',
    columns: ['file', 'loaded', 'minified KB', 'gzip KB', 'brotli KB'],
    rows: [
      ...sizes.startup.map((file) => row(file, 'before the first question')),
      ['**total before the first question**', '', '', kb(sizes.startupGzip), kb(sizes.startupBrotli)],
      ...sizes.lazy.map((file) => row(file, 'later, when needed')),
      row(sizes.iife, 'classic script: everything in one file'),
    ],
    budgets: [
      { what: 'dist/shien-navi.js + chunks before the first question, gzipped', value: Number(kb(sizes.startupGzip)), limit: Number(kb(SIZE_BUDGET_BYTES)), unit: 'KB' },
    ],
    raw: sizes,
  };
}
