import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../src/data/decode.js';
import { parseCsv } from '../../src/data/parse.js';
import type { ServiceRecord } from '../../src/data/record.js';

/** The records of the demo's sample CSV, read the way the widget reads them. */
export function demoRecords(): ServiceRecord[] {
  const bytes = new Uint8Array(readFileSync(new URL('../../demo/data/sample.csv', import.meta.url)));
  return parseCsv(decodeBytes(bytes).text, { today: '2026-11-23' }).records;
}
