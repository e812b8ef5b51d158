import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSourceOutcome, type CheckSource, type SourceOutcome } from '../../src/check/read-source.js';
import { ERROR_KINDS } from '../../src/data/errors.js';
import { MAX_ROWS } from '../../src/data/parse.js';
import { HOSTILE_STRINGS, hostileCsv, lookalikeCsv, longWordCsv, rowBombCsv, TERMINAL_ESCAPES } from '../fixtures/hostile/corpus.mjs';

const TODAY = '2026-11-23';
const encoder = new TextEncoder();
const RULES = new Uint8Array(readFileSync(new URL('../fixtures/template-rules.csv', import.meta.url)));
const SJIS = new Uint8Array(readFileSync(new URL('../fixtures/encoding.cp932.csv', import.meta.url)));
const SAMPLE = 'タイトル（制度名）,電話番号\n【サンプル】一,000-0000-0001\n【サンプル】二,000-0000-0002\n';

const bytes = (name: string, content: string | Uint8Array): CheckSource => ({ kind: 'bytes', name, bytes: typeof content === 'string' ? encoder.encode(content) : content });
const read = (source: CheckSource, options: { encoding?: 'utf-8' | 'shift_jis'; fetch?: typeof fetch } = {}) => readSourceOutcome(source, { key: 's1', today: TODAY, ...options });

function failed(outcome: SourceOutcome) {
  if (outcome.ok) throw new Error(`expected a failure, got ${outcome.result.records.length} records`);
  return outcome;
}

function succeeded(outcome: SourceOutcome) {
  if (!outcome.ok) throw new Error(`expected records, got ${outcome.error.kind}: ${outcome.error.message}`);
  return outcome;
}

describe('readSourceOutcome', () => {
  it('reads bytes into records, with the loader’s report and the template’s findings', async () => {
    const outcome = succeeded(await read(bytes('rules.csv', RULES)));
    expect(outcome.source).toBe('rules.csv');
    expect(outcome.result.records.length).toBeGreaterThan(0);
    expect(outcome.result.encoding).toBe('utf-8');
    expect(outcome.template.counts['code-check-digit']).toBe(1);
    expect(outcome.template.kinds.error).toBeGreaterThan(0);
  });

  it('dates the template’s findings by the given day', async () => {
    const csv = 'タイトル（制度名）,電話番号,最終更新日\n【サンプル】一,000-0000-0001,2025-11-01\n';
    expect((await readSourceOutcome(bytes('a.csv', csv), { key: 's1', today: '2026-11-23' })).template.counts.stale).toBe(1);
    expect((await readSourceOutcome(bytes('a.csv', csv), { key: 's1', today: '2026-06-01' })).template.counts.stale).toBeUndefined();
  });

  it('keeps the findings of the last reading only when a download turns out to be Shift_JIS', async () => {
    // Rows enough to be parsed as UTF-8 first, then a byte UTF-8 cannot hold: read again from the start as Shift_JIS.
    const head = encoder.encode(`タイトル（制度名）,電話番号\n${'【サンプル】一,000-0000-0001\n'.repeat(5_000)}`);
    const tail = new Uint8Array([0x82, 0xa0, 0x0a]);
    const fetch = (async () =>
      new Response(new ReadableStream({ start: (controller) => (controller.enqueue(head), controller.enqueue(tail), controller.close()) }))) as typeof globalThis.fetch;
    const url: CheckSource = { kind: 'url', url: 'https://data.example.org/mixed.csv' };
    const outcome = await read(url, { fetch });
    const forced = await read(url, { fetch, encoding: 'shift_jis' });
    expect(outcome.template).toEqual(forced.template);
    expect(outcome.template.counts['required-column']).toBe(5);
    expect(succeeded(await read(bytes('sjis.csv', SJIS))).result.encoding).toBe('shift_jis');
  });

  it('reads a local file through the reader it is given, named by its path', async () => {
    const asked: string[] = [];
    const outcome = succeeded(await read({ kind: 'file', path: 'data/a.csv', readFile: async (path) => (asked.push(path), encoder.encode(SAMPLE)) }));
    expect(asked).toEqual(['data/a.csv']);
    expect(outcome.source).toBe('data/a.csv');
    expect(outcome.result.records.map((record) => record.name)).toEqual(['【サンプル】一', '【サンプル】二']);
  });

  it('reads a URL with the fetch it is given, and never uses a saved copy', async () => {
    const urls: string[] = [];
    const fetch = (async (input: RequestInfo | URL) => (urls.push(String(input)), new Response(SAMPLE, { headers: { 'content-type': 'text/csv' } }))) as typeof globalThis.fetch;
    const outcome = succeeded(await read({ kind: 'url', url: 'https://data.example.org/a.csv' }, { fetch }));
    expect(urls).toEqual(['https://data.example.org/a.csv']);
    expect(outcome.result.records).toHaveLength(2);
    expect(outcome.result.fallback).toBeUndefined();
  });

  it('fails with a kind that says where: the file could not be opened (network)', async () => {
    const missing = Object.assign(new Error("ENOENT: no such file or directory, open 'gone.csv'"), { code: 'ENOENT' });
    const outcome = failed(await read({ kind: 'file', path: 'gone.csv', readFile: () => Promise.reject(missing) }));
    expect(outcome.error.kind).toBe('network');
    expect(outcome.error.message).toBe("ファイルを開けません（ENOENT: no such file or directory, open 'gone.csv'）: gone.csv");
    expect(outcome.template.findings).toEqual([]);
  });

  it('fails with the server’s refusal (http), and with an unreachable server (network)', async () => {
    const notFound = (async () => new Response('no', { status: 404 })) as typeof fetch;
    expect(failed(await read({ kind: 'url', url: 'https://data.example.org/gone.csv' }, { fetch: notFound })).error.kind).toBe('http');
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect(failed(await read({ kind: 'url', url: 'https://data.example.org/a.csv' }, { fetch: offline })).error.kind).toBe('network');
  });

  it('fails as parse for what is not a CSV, and as schema for a CSV with nothing to show, keeping the template’s findings', async () => {
    expect(failed(await read(bytes('empty.csv', ''))).error).toMatchObject({ kind: 'parse', message: 'データファイルが空です: empty.csv' });
    expect(failed(await read(bytes('page.csv', '<!doctype html><html><body>404</body></html>'))).error.kind).toBe('parse');
    const unusable = failed(await read(bytes('memo.csv', '番号,メモ\n1,なにか\n')));
    expect(unusable.error.kind).toBe('schema');
    expect(unusable.template.counts['required-column']).toBe(5);
  });

  it('turns whatever a reader throws into a failure, a thrown non-Error included', async () => {
    const weird = { toString: () => { throw new Error('no words'); } };
    const outcome = failed(await read({ kind: 'file', path: 'weird.csv', readFile: () => Promise.reject(weird) }));
    expect(outcome.error).toMatchObject({ kind: 'network', message: 'ファイルを開けません（object）: weird.csv' });
    expect(failed(await read({ kind: 'file', path: 'text.csv', readFile: () => Promise.reject('denied') })).error.message).toBe('ファイルを開けません（denied）: text.csv');
  });
});

describe('readSourceOutcome on the hostile corpus', () => {
  const files: readonly [string, string | Uint8Array][] = [
    ['hostile.csv', hostileCsv()],
    ['lookalike.csv', lookalikeCsv()],
    ['long-words.csv', longWordCsv()],
    ['escapes.csv', ['タイトル（制度名）,電話番号', ...TERMINAL_ESCAPES.map((escape) => `"${escape}",000-0000-0001`)].join('\n')],
    ['quote.csv', 'タイトル（制度名）,電話番号\n【サンプル】一,000-0000-0001\n"【サンプル】二,000-0000-0002\n'],
    ['bomb.csv', rowBombCsv(MAX_ROWS + 1)],
    ['binary.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe])],
    ['half.csv', new Uint8Array([...encoder.encode('タイトル（制度名）\n【サンプル】'), 0xe3, 0x81])],
    ...HOSTILE_STRINGS.map((payload, index): [string, string] => [`${payload}.csv`, `タイトル（制度名）,${payload}\n${payload},${payload}\n【サンプル】${index},x\n`]),
  ];

  it('gives an outcome for every file, never a throw', async () => {
    for (const [name, content] of files) {
      const outcome = await read(bytes(name, content));
      expect(outcome.source).toBe(name);
      if (!outcome.ok) expect(ERROR_KINDS).toContain(outcome.error.kind);
    }
  }, 60_000);

  it('refuses the row bomb with its count, and reads the hostile rows as records', async () => {
    expect(failed(await read(bytes('bomb.csv', rowBombCsv(MAX_ROWS + 1)))).error.message).toContain('データの行が多すぎます');
    expect(succeeded(await read(bytes('hostile.csv', hostileCsv()))).result.records.length).toBeGreaterThan(HOSTILE_STRINGS.length);
  }, 30_000);

  it('gives an outcome when the reader or the fetch throws synchronously', async () => {
    const throwing = () => {
      throw new RangeError('boom');
    };
    expect(failed(await read({ kind: 'file', path: 'x.csv', readFile: throwing })).error.kind).toBe('network');
    expect(failed(await read({ kind: 'url', url: 'https://data.example.org/a.csv' }, { fetch: throwing as unknown as typeof fetch })).error.kind).toBe('network');
  });
});
