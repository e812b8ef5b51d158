import { noCache } from '../data/cache.js';
import type { Encoding } from '../data/decode.js';
import { ShienNaviError } from '../data/errors.js';
import { loadSource, readCsvBytes, type SourceResult } from '../data/load.js';
import type { ServiceRecord } from '../data/record.js';
import type { StudioStore } from './model/store.js';
import type { DataSource } from './model/sources.js';

/** One source as the loader got it: its result, or why it could not be read. */
export interface SourceOutcome {
  /** The file name or URL as given. */
  readonly source: string;
  readonly result?: SourceResult;
  readonly error?: ShienNaviError;
}

/**
 * Reads the workbench's data with the widget's own loader (the same decoding, parsing and
 * checks as <shien-navi> and `npx shien-navi check`) whenever the sources or the forced
 * encoding change, and puts the records in the store. Files are read here; URLs are fetched
 * without credentials and without keeping a copy. Reading yields to the page between slices.
 */
export class DataLoader {
  readonly #store: StudioStore;
  #sources: readonly DataSource[] | undefined;
  #encoding = '';
  #run = 0;
  /** The outcomes of the last complete load, for the data check. */
  outcomes: readonly SourceOutcome[] = [];

  constructor(store: StudioStore) {
    this.#store = store;
    store.addEventListener('change', () => this.#maybeLoad());
    this.#maybeLoad();
  }

  #maybeLoad(): void {
    const { sources, settings } = this.#store.state;
    if (sources === this.#sources && settings.encoding === this.#encoding) return;
    this.#sources = sources;
    this.#encoding = settings.encoding;
    void this.#load(sources, settings.encoding);
  }

  async #load(sources: readonly DataSource[], encoding: Encoding | ''): Promise<void> {
    const run = (this.#run += 1);
    if (sources.length === 0) {
      this.outcomes = [];
      this.#store.update({ data: { status: 'empty', records: [], sources: [] } });
      return;
    }
    this.#store.update((state) => ({ data: { ...state.data, status: 'loading' } }));
    const options = encoding === '' ? {} : { encoding };
    const outcomes = await Promise.all(
      sources.map(async (source, index): Promise<SourceOutcome> => {
        const name = source.kind === 'file' ? source.name : source.url;
        try {
          const result =
            source.kind === 'file'
              ? await readCsvBytes(source.bytes, name, `s${index + 1}`, options)
              : await loadSource(source.url, `s${index + 1}`, { ...options, cache: noCache });
          return { source: name, result };
        } catch (error) {
          return { source: name, error: error instanceof ShienNaviError ? error : new ShienNaviError('parse', `読み込めませんでした（${String(error)}）: ${name}`, name) };
        }
      }),
    );
    if (run !== this.#run) return;
    this.outcomes = outcomes;
    this.#store.update({
      data: {
        status: 'ready',
        records: merged(outcomes.map((outcome) => outcome.result?.records ?? [])),
        sources: outcomes.map((outcome, index) => ({
          id: sources[index]?.id ?? '',
          ok: outcome.result !== undefined,
          records: outcome.result?.records.length ?? 0,
          ...(outcome.error ? { error: outcome.error.message } : {}),
        })),
      },
    });
  }
}

/** The first row with a given 制度番号 wins, as in the widget. */
function merged(lists: readonly (readonly ServiceRecord[])[]): ServiceRecord[] {
  const seen = new Set<string>();
  return lists.flat().filter((record) => !seen.has(record.id) && Boolean(seen.add(record.id)));
}
