import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryCache } from '../../src/data/cache.js';
import { decodeBytes } from '../../src/data/decode.js';
import { ERROR_KINDS, ShienNaviError } from '../../src/data/errors.js';
import { FIELD_HEADERS } from '../../src/data/headers.js';
import { loadSources } from '../../src/data/load.js';
import { CsvTextParser, parseCsv } from '../../src/data/parse.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';

// Random input never throws out of the public API of the CSV reader: a broken file becomes
// a report or a ShienNaviError, never a crash.

const RUNS = { numRuns: 300 };

/** Cells that stress a CSV reader: quotes, separators, line breaks, BOMs, hostile text. */
const cell = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('"', '""', ',', '\n', '\r\n', '\r', '\uFEFF', '　', ';', '401: 相談', '０１２０-０００-０００', '2026-13-45', '令和8年', '-999', 'NaN'),
  fc.constantFrom(...HOSTILE_STRINGS.map((text) => text.slice(0, 200))),
);
const header = fc.oneof(
  fc.constantFrom(...Object.values(FIELD_HEADERS).flat()),
  fc.string({ maxLength: 12 }),
);
/** A field written as is (which may break the row) or quoted as RFC 4180 says. */
const field = (text: fc.Arbitrary<string>) => fc.tuple(text, fc.boolean()).map(([value, quote]) => (quote ? `"${value.replaceAll('"', '""')}"` : value));
const csvRows = fc.tuple(
  fc.array(field(header), { minLength: 1, maxLength: 12 }),
  fc.array(fc.array(field(cell), { maxLength: 14 }), { maxLength: 20 }),
  fc.constantFrom('\n', '\r\n'),
);
const csvText = csvRows.map(([headers, rows, newline]) => [headers, ...rows].map((row) => row.join(',')).join(newline));

describe('the CSV reader, fuzzed', () => {
  it('parseCsv never throws on any text, and every record it returns has a name', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), csvText), (text) => {
        const { records, report } = parseCsv(text, { today: '2026-11-23' });
        for (const record of records) expect(record.name).not.toBe('');
        expect(report.rows).toBeGreaterThanOrEqual(records.length);
      }),
      RUNS,
    );
  });

  it('reads text cut anywhere, as a download arrives, to the same records as the whole text', () => {
    // Rows are read once 64 K characters have come, so ordinary rows fill that much first and
    // the cut falls among the random rows after them.
    fc.assert(
      fc.property(csvRows, fc.double({ min: 0, max: 1, noNaN: true }), ([headers, rows, newline], at) => {
        const head = headers.join(',') + newline + `"【サンプル】長い${newline}概要",000-000-0000,"a ""b"" c"${newline}`.repeat(1800);
        const text = head + rows.map((row) => row.join(',')).join(newline);
        const cut = head.length + Math.floor(at * (text.length - head.length));
        const parser = new CsvTextParser({ today: '2026-11-23' });
        parser.write(text.slice(0, cut));
        parser.write(text.slice(cut));
        expect(parser.finish()).toEqual(parseCsv(text, { today: '2026-11-23' }));
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('decodeBytes never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expect(typeof decodeBytes(bytes).text).toBe('string');
      }),
      RUNS,
    );
  });

  it('loadSources never rejects: whatever a server sends becomes records or ShienNaviErrors', async () => {
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      csvText.map((text) => new TextEncoder().encode(text)),
    );
    const status = fc.constantFrom(200, 200, 200, 204, 301, 404, 500);
    await fc.assert(
      fc.asyncProperty(body, status, async (bytes, code) => {
        const fetch: typeof globalThis.fetch = async () => new Response(code === 204 ? null : bytes.slice(), { status: code });
        const data = await loadSources(['https://example.com/a.csv'], { fetch, cache: memoryCache(), today: '2026-11-23' });
        for (const error of data.errors) {
          expect(error).toBeInstanceOf(ShienNaviError);
          expect(ERROR_KINDS).toContain(error.kind);
          expect(error.message).not.toBe('');
        }
        expect(data.records.length > 0 || data.errors.length > 0).toBe(true);
      }),
      RUNS,
    );
  });
});

