import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryCache } from '../../src/data/cache.js';
import { ShienNaviError } from '../../src/data/errors.js';
import { loadSource, loadSources, type LoadOptions } from '../../src/data/load.js';
import { decodeBytes } from '../../src/data/decode.js';
import { CsvTextParser, parseCsv, TooManyRowsError } from '../../src/data/parse.js';
import { rowBombCsv } from '../fixtures/hostile/corpus.mjs';
import { generateCsv } from '../../bench/generate-csv.mjs';

const SAMPLE = new Uint8Array(readFileSync(new URL('../../demo/data/sample.csv', import.meta.url)));
const CP932 = new Uint8Array(readFileSync(new URL('../fixtures/encoding.cp932.csv', import.meta.url)));
const encode = (text: string) => new TextEncoder().encode(text);

/** A fetch that answers each URL with the given response (or failure), like a real server. */
function fakeFetch(routes: Record<string, () => Response | Promise<Response>>): typeof fetch {
  return (input, init) => {
    const url = String(input);
    const route = routes[url];
    if (route === undefined) return Promise.reject(new TypeError('Failed to fetch'));
    return new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      void Promise.resolve(route()).then(resolve, reject);
    });
  };
}

const csv = (body: Uint8Array | string, headers: Record<string, string> = {}) => () =>
  new Response(typeof body === 'string' ? encode(body) : body.slice(), { status: 200, headers });

async function failure(url: string, options: LoadOptions): Promise<ShienNaviError> {
  try {
    await loadSource(url, 's1', { cache: memoryCache(), today: '2026-11-23', ...options });
  } catch (error) {
    if (error instanceof ShienNaviError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('loading one source: each failure has its own kind and message', () => {
  it.each([
    ['a missing file', () => new Response('not found', { status: 404 }), 'http', /見つかりません（HTTP 404）/],
    ['a server error', () => new Response('oops', { status: 503 }), 'http', /サーバーでエラー.*HTTP 503/],
    ['a forbidden file', () => new Response('no', { status: 403 }), 'http', /許可されていません（HTTP 403）/],
    ['an empty body', csv(''), 'parse', /空です/],
    ['an HTML page', csv('<!DOCTYPE html><html><body>メンテナンス中</body></html>'), 'parse', /HTML/],
    ['JSON', csv('[{"name": "x"}]'), 'parse', /JSON/],
    ['an Excel file', csv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), 'parse', /Excel/],
    ['a binary file', csv(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2])), 'parse', /文字のデータではありません/],
    ['a CSV without a name column', csv('番号,メモ\n1,なにか\n'), 'schema', /必須の列（タイトル制度名）/],
    ['a CSV with a header only', csv('制度名,通称\n'), 'schema', /データの行がありません/],
  ] as const)('%s', async (_name, route, kind, message) => {
    const error = await failure('https://data.example.org/seido.csv', { fetch: fakeFetch({ 'https://data.example.org/seido.csv': route }) });
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.message).toContain('https://data.example.org/seido.csv');
  });

  it('an unreachable server or a CORS refusal', async () => {
    const error = await failure('https://elsewhere.example.org/seido.csv', { fetch: fakeFetch({}) });
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/CORS/);
  });

  it('a server that never answers (timeout)', async () => {
    const stall = () => new Promise<Response>(() => undefined);
    const error = await failure('https://slow.example.org/a.csv', { timeoutMs: 30, fetch: fakeFetch({ 'https://slow.example.org/a.csv': stall }) });
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/秒以内に終わりませんでした/);
  });

  it('a file over the size limit, declared or streamed', async () => {
    const big = new Uint8Array(2048).fill(0x41);
    const declared = await failure('https://x.example.org/a.csv', {
      maxBytes: 1024,
      fetch: fakeFetch({ 'https://x.example.org/a.csv': csv(big, { 'content-length': '2048' }) }),
    });
    expect([declared.kind, declared.message]).toEqual(['parse', expect.stringMatching(/大きすぎます/)]);
    const streamed = await failure('https://x.example.org/a.csv', {
      maxBytes: 1024,
      fetch: fakeFetch({ 'https://x.example.org/a.csv': () => new Response(new Blob([big]).stream()) }),
    });
    expect([streamed.kind, streamed.message]).toEqual(['parse', expect.stringMatching(/大きすぎます/)]);
  });

  it('loads a CSV served with the wrong Content-Type', async () => {
    const result = await loadSource('https://x.example.org/a', 's1', {
      cache: memoryCache(),
      fetch: fakeFetch({ 'https://x.example.org/a': csv(SAMPLE, { 'content-type': 'text/html' }) }),
      today: '2026-11-23',
    });
    expect(result.records).toHaveLength(45);
  });
});

describe('several sources', () => {
  it('merges files, removes duplicates by 制度番号 and keeps going past a broken one', async () => {
    const prefecture = '制度番号,制度名,市区町村名\nP-1,【サンプル】道の制度,\nP-2,【サンプル】道と市の共通制度,\n';
    const city = '制度番号,制度名,市区町村名\nP-2,【サンプル】道と市の共通制度（市の行）,札幌市\nC-1,【サンプル】市の制度,札幌市\n';
    const data = await loadSources(['https://x.example.org/pref.csv', 'https://x.example.org/city.csv', 'https://x.example.org/gone.csv'], {
      cache: memoryCache(),
      fetch: fakeFetch({
        'https://x.example.org/pref.csv': csv(prefecture),
        'https://x.example.org/city.csv': csv(city),
        'https://x.example.org/gone.csv': () => new Response('', { status: 404 }),
      }),
    });
    expect(data.records.map((record) => record.id)).toEqual(['P-1', 'P-2', 'C-1']);
    expect(data.records[1]?.name).toBe('【サンプル】道と市の共通制度');
    expect(data.sources.map((source) => source.url)).toEqual(['https://x.example.org/pref.csv', 'https://x.example.org/city.csv']);
    expect(data.errors.map((error) => [error.kind, error.source])).toEqual([['http', 'https://x.example.org/gone.csv']]);
    expect(data.staleSince).toBe('');
  });
});

describe('the last good copy', () => {
  const url = 'https://x.example.org/seido.csv';

  it('is saved after a good load and used, with its date, when the source is down', async () => {
    const cache = memoryCache();
    let up = true;
    const fetch = fakeFetch({ [url]: () => (up ? new Response(SAMPLE.slice()) : new Response('down', { status: 502 })) });
    await loadSources([url], { cache, fetch, today: '2026-11-23', now: () => new Date('2026-11-20T09:00:00Z') });
    expect(cache.entries.get(url)?.savedAt).toBe('2026-11-20T09:00:00.000Z');

    up = false;
    const data = await loadSources([url], { cache, fetch, today: '2026-11-23' });
    expect(data.records).toHaveLength(45);
    expect(data.staleSince).toBe('2026-11-20T09:00:00.000Z');
    expect(data.errors.map((error) => error.kind)).toEqual(['http']);
    expect(data.sources[0]?.fallback?.savedAt).toBe('2026-11-20T09:00:00.000Z');
  });

  it('stands in for an HTML maintenance page too, but not when nothing was saved', async () => {
    const cache = memoryCache();
    const maintenance = fakeFetch({ [url]: csv('<html><body>メンテナンス中</body></html>') });
    await expect(loadSource(url, 's1', { cache, fetch: maintenance })).rejects.toMatchObject({ kind: 'parse' });
    expect(cache.entries.size).toBe(0);
    await cache.save(url, [SAMPLE], new Date('2026-11-01T00:00:00Z'));
    const result = await loadSource(url, 's1', { cache, fetch: maintenance, today: '2026-11-23' });
    expect(result.fallback?.error.kind).toBe('parse');
    expect(result.records).toHaveLength(45);
  });
});

describe('parsing in slices', () => {
  it('gives the same records as parsing at once', () => {
    const text = generateCsv(20_000);
    const parser = new CsvTextParser({ today: '2026-11-23' });
    const sliceChars = 512 * 1024;
    for (let start = 0; start < text.length; start += sliceChars) parser.write(text.slice(start, start + sliceChars));
    const chunked = parser.finish();
    const whole = parseCsv(text, { today: '2026-11-23' });
    expect(text.length).toBeGreaterThan(3 * sliceChars);
    expect(chunked.records).toHaveLength(20_000);
    expect(chunked.records).toEqual(whole.records);
    expect(chunked.report).toEqual(whole.report);
    expect(chunked.records[19_999]?.summary).toContain('\n');
  });
});

/** A response whose body comes in the given pieces; `hold` keeps the last piece back until released. */
function piecewise(pieces: readonly Uint8Array[], hold?: Promise<void>): Response {
  let index = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (index === pieces.length - 1 && hold) await hold;
        const piece = pieces[index];
        index += 1;
        if (piece === undefined) controller.close();
        else controller.enqueue(piece.slice());
      },
    }),
  );
}

const cutEvery = (bytes: Uint8Array, size: number): Uint8Array[] =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, index) => bytes.subarray(index * size, (index + 1) * size));

describe('reading while the file downloads', () => {
  const url = 'https://x.example.org/seido.csv';
  const today = '2026-11-23';

  it('reads the rows that have arrived before the last piece comes', async () => {
    const text = generateCsv(3_000);
    const pieces = cutEvery(encode(text), 64 * 1024);
    let release = (): void => undefined;
    const lastPiece = new Promise<void>((resolve) => (release = resolve));
    let slicesRead = 0;
    const loading = loadSource(url, 's1', {
      cache: memoryCache(),
      today,
      fetch: fakeFetch({ [url]: () => piecewise(pieces, lastPiece) }),
      yieldToEventLoop: () => {
        slicesRead += 1;
        return Promise.resolve();
      },
    });
    // The loader reads every piece but the last while the download is held back.
    for (let turn = 0; turn < 200 && slicesRead < pieces.length - 1; turn += 1) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(slicesRead).toBe(pieces.length - 1);
    release();
    const result = await loading;
    expect(result.records).toEqual(parseCsv(text, { sourceKey: 's1', today }).records);
    expect(result.records).toHaveLength(3_000);
  });

  it.each([
    ['UTF-8 cut in the middle of characters', encode(generateCsv(2_000)), 'utf-8', 1_001],
    ['UTF-8 with a BOM, in small pieces', encode(`\uFEFF${generateCsv(50)}`), 'utf-8', 97],
    ['Shift_JIS (CP932)', CP932, 'shift_jis', 5],
  ] as const)('%s: the same records as decoding the whole file', async (_name, bytes, encoding, pieceSize) => {
    const result = await loadSource(url, 's1', {
      cache: memoryCache(),
      today,
      fetch: fakeFetch({ [url]: () => piecewise(cutEvery(new Uint8Array(bytes), pieceSize)) }),
    });
    const whole = decodeBytes(new Uint8Array(bytes));
    expect(result.encoding).toBe(encoding);
    expect(whole.encoding).toBe(encoding);
    expect(result.records).toEqual(parseCsv(whole.text, { sourceKey: 's1', today }).records);
  });

  it('reads a file again from its start as Shift_JIS when bytes that are not UTF-8 come after rows were read', async () => {
    // Valid UTF-8 for 600 KB, then a Shift_JIS file: read again from the first piece as Shift_JIS,
    // as decodeBytes would, its UTF-8 header is garbled, so there is no 制度名 column (not the UTF-8 rows).
    const bytes = new Uint8Array([...encode(generateCsv(2_000)), ...CP932]);
    expect(parseCsv(decodeBytes(bytes).text).report.missingColumns).toEqual(['タイトル制度名']);
    const error = await failure(url, { fetch: fakeFetch({ [url]: () => piecewise(cutEvery(bytes, 64 * 1024)) }) });
    expect([error.kind, error.message]).toEqual(['schema', expect.stringMatching(/必須の列（タイトル制度名）/)]);
  });

  it('tells an HTML page from a CSV even in tiny pieces, and stops its download', async () => {
    const page = encode(`<!DOCTYPE html><html><body>${'メンテナンス中'.repeat(2_000)}</body></html>`);
    let signal: AbortSignal | undefined;
    let piecesSent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(page.subarray((piecesSent * 100) % page.length, ((piecesSent * 100) % page.length) + 100));
        piecesSent += 1;
      },
    });
    const error = await failure(url, {
      fetch: (_input, init) => {
        signal = init?.signal ?? undefined;
        return Promise.resolve(new Response(endless));
      },
    });
    expect([error.kind, error.message]).toEqual(['parse', expect.stringMatching(/HTML/)]);
    expect(signal?.aborted).toBe(true);
    expect(piecesSent).toBeLessThan(200);
  });

  it('saves the pieces as one file for the next time the source is down', async () => {
    const cache = memoryCache();
    await loadSource(url, 's1', { cache, today, fetch: fakeFetch({ [url]: () => piecewise(cutEvery(SAMPLE, 4_000)) }) });
    expect(cache.entries.get(url)?.bytes).toEqual(SAMPLE);
  });
});

describe('hostile downloads are refused and stopped', () => {
  const url = 'https://x.example.org/seido.csv';

  /** A fetch whose body is `piece` again and again, forever; records its signal and whether its body was cancelled. */
  function endlessFetch(piece: Uint8Array, init: ResponseInit = {}) {
    const seen = { signal: undefined as AbortSignal | undefined, cancelled: false };
    const fetch: typeof globalThis.fetch = (_input, options) => {
      seen.signal = options?.signal ?? undefined;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(piece.slice());
        },
        cancel() {
          seen.cancelled = true;
        },
      });
      return Promise.resolve(new Response(body, init));
    };
    return { fetch, seen };
  }

  it('refuses a row bomb with kind parse, the count and the URL, and stops its download at once', async () => {
    const head = encode(rowBombCsv(0));
    const lines = encode('a\n'.repeat(32 * 1024));
    const { fetch, seen } = endlessFetch(lines);
    const error = await failure(url, {
      fetch: (input, init) => fetch(input, init).then((response) => new Response(prepend(head, response.body))),
    });
    expect(error).toBeInstanceOf(TooManyRowsError);
    expect([error.kind, error.message]).toEqual(['parse', expect.stringMatching(/200,000 行まで/)]);
    expect(error.message).toContain(url);
    expect(seen.signal?.aborted).toBe(true);
    expect(seen.cancelled).toBe(true);
  }, 30_000);

  it.each([
    ['an HTTP error', { status: 500 }],
    ['a body declared too large', { headers: { 'content-length': String(41 * 1024 * 1024) } }],
  ])('stops the response of %s', async (_name, init) => {
    const { fetch, seen } = endlessFetch(encode('制度名\n'), init);
    await failure(url, { fetch });
    expect(seen.signal?.aborted).toBe(true);
    expect(seen.cancelled).toBe(true);
  });
});

/** `head`, then the bytes of `body`. */
function prepend(head: Uint8Array, body: ReadableStream<Uint8Array> | null): ReadableStream<Uint8Array> {
  const reader = body?.getReader();
  let sentHead = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sentHead) {
        sentHead = true;
        controller.enqueue(head);
        return;
      }
      const next = await reader?.read();
      if (next === undefined || next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader?.cancel(reason),
  });
}
