// `npm run size -- --modules`: which source modules fill each file loaded before the widget's
// answers respond, read from the source maps. Raw bytes are exact; a module's gzip is its code
// compressed alone, so it overstates a little what it adds to the file (shared words compress).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One segment of a source map's `mappings`: its numbers, after the base-64 VLQ. */
function decodeSegment(text) {
  const numbers = [];
  let value = 0;
  let shift = 0;
  for (const character of text) {
    const digit = BASE64.indexOf(character);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      numbers.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return numbers;
}

/** The source modules of `dist/<name>`, largest first: `{ module, raw, gzip }`. */
export function moduleSizes(dist, name) {
  const lines = readFileSync(`${dist}/${name}`, 'utf8').split('\n');
  const map = JSON.parse(readFileSync(`${dist}/${name}.map`, 'utf8'));
  const code = new Map();
  let source = 0;
  map.mappings.split(';').forEach((mapped, index) => {
    const line = lines[index] ?? '';
    let column = 0;
    const starts = [];
    for (const segment of mapped.split(',').filter(Boolean)) {
      const numbers = decodeSegment(segment);
      column += numbers[0];
      if (numbers.length > 1) source += numbers[1];
      starts.push([column, numbers.length > 1 ? source : -1]);
    }
    starts.forEach(([start, from], at) => {
      const module = from < 0 ? '(bundler glue)' : map.sources[from].replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
      code.set(module, (code.get(module) ?? '') + line.slice(start, starts[at + 1]?.[0] ?? line.length));
    });
  });
  return [...code]
    .map(([module, text]) => ({ module, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length }))
    .sort((a, b) => b.raw - a.raw);
}
