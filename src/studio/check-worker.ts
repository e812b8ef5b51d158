/// <reference lib="webworker" />
// The workbench's reader, off the page's main thread: reads the data with the widget's own
// loader (the same decoding, parsing and checks as <shien-navi> and `npx shien-navi check`), so
// a file of 10,000 rows or more never freezes the page. Nothing is fetched but the URLs given.
import { noCache } from '../data/cache.js';
import type { Encoding } from '../data/decode.js';
import { ShienNaviError } from '../data/errors.js';
import { loadSource, readCsvBytes } from '../data/load.js';
import type { ServiceRecord } from '../data/record.js';
import type { SourceOutcome } from './data-loader.js';

/** What the page asks: read these sources. */
export interface ReadRequest {
  readonly run: number;
  readonly sources: readonly ({ readonly id: string; readonly name: string; readonly bytes: Uint8Array } | { readonly id: string; readonly url: string })[];
  readonly encoding: Encoding | '';
}

/** What the worker answers: the merged records, and per source what became of it. */
export interface ReadResult {
  readonly run: number;
  readonly records: readonly ServiceRecord[];
  readonly sources: readonly { readonly id: string; readonly ok: boolean; readonly records: number; readonly error?: string }[];
}

/** The last sources read, for the data check. */
let outcomes: readonly SourceOutcome[] = [];

async function read({ run, sources, encoding }: ReadRequest): Promise<ReadResult> {
  const options = encoding === '' ? {} : { encoding };
  outcomes = await Promise.all(
    sources.map(async (source, index): Promise<SourceOutcome> => {
      const name = 'url' in source ? source.url : source.name;
      try {
        const result =
          'url' in source
            ? await loadSource(source.url, `s${index + 1}`, { ...options, cache: noCache })
            : await readCsvBytes(source.bytes, name, `s${index + 1}`, options);
        return { source: name, result };
      } catch (error) {
        return { source: name, error: error instanceof ShienNaviError ? error : new ShienNaviError('parse', `読み込めませんでした（${String(error)}）: ${name}`, name) };
      }
    }),
  );
  const seen = new Set<string>();
  // The first row with a given 制度番号 wins, as in the widget.
  const records = outcomes.flatMap((outcome) => outcome.result?.records ?? []).filter((record) => !seen.has(record.id) && Boolean(seen.add(record.id)));
  return {
    run,
    records,
    sources: outcomes.map((outcome, index) => ({
      id: sources[index]?.id ?? '',
      ok: outcome.result !== undefined,
      records: outcome.result?.records.length ?? 0,
      ...(outcome.error ? { error: outcome.error.message } : {}),
    })),
  };
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', (event: MessageEvent<ReadRequest>) => {
  void read(event.data).then((result) => scope.postMessage(result));
});
