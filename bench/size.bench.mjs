// Transfer size of the built files: what a site owner's visitors download.
import { measureSizes, RESPONDS_CEILING_BYTES, SIZE_BUDGET_BYTES } from '../scripts/size.mjs';

const KB = 1024;
const kb = (bytes) => (bytes / KB).toFixed(1);

export default async function size({ root }) {
  const sizes = measureSizes(root);
  const row = (file, when) => [file.file, when, kb(file.raw), kb(file.gzip), kb(file.brotli)];
  return {
    title: 'Bundle size',
    columns: ['file', 'loaded', 'minified KB', 'gzip KB', 'brotli KB'],
    rows: [
      ...sizes.firstPaint.map((file) => row(file, 'paints the first question')),
      ['**total before the first question is on screen**', '', '', kb(sizes.firstPaintGzip), ''],
      ...sizes.startup.filter((file) => !sizes.firstPaint.includes(file)).map((file) => row(file, 'asked for at once: the widget')),
      ['**total before its answers respond**', '', '', kb(sizes.startupGzip), kb(sizes.startupBrotli)],
      ...sizes.lazy.map((file) => row(file, 'later, when needed')),
      row(sizes.iife, 'classic script: everything in one file'),
    ],
    notes: [
      'dist/shien-navi.js paints the first question itself and asks for the widget (its app chunk) at once; an answer tapped or text typed before the widget has arrived is taken up when it does.',
    ],
    budgets: [
      { what: 'gzip before the first question is on screen', value: Number(kb(sizes.firstPaintGzip)), limit: Number(kb(SIZE_BUDGET_BYTES)), unit: 'KB' },
      { what: 'gzip before its answers respond (ceiling)', value: Number(kb(sizes.startupGzip)), limit: Number(kb(RESPONDS_CEILING_BYTES)), unit: 'KB' },
    ],
    raw: sizes,
  };
}
