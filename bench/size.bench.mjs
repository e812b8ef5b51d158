// Transfer size of the built files: what a site owner's visitors download.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;

export default async function size({ root }) {
  const files = ['dist/shien-navi.js', 'dist/shien-navi.iife.js'];
  const rows = files.map((file) => {
    const bytes = readFileSync(`${root}/${file}`);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { file, raw: bytes.length, gzip, brotli };
  });
  const module = rows[0];
  return {
    title: 'Bundle size',
    columns: ['file', 'minified KB', 'gzip KB', 'brotli KB'],
    rows: rows.map((row) => [row.file, (row.raw / KB).toFixed(1), (row.gzip / KB).toFixed(1), (row.brotli / KB).toFixed(1)]),
    budgets: [{ what: 'dist/shien-navi.js gzipped (before the first question)', value: Number((module.gzip / KB).toFixed(1)), limit: 40, unit: 'KB' }],
  };
}
