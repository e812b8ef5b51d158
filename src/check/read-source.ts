import { noCache } from '../data/cache.js';
import type { Encoding } from '../data/decode.js';
import { ShienNaviError } from '../data/errors.js';
import { loadSource, readCsvBytes, type SourceResult } from '../data/load.js';
import { givePageReader } from '../data/page-reader.js';
import * as reader from '../data/read-csv.js';
import { NO_TEMPLATE_FINDINGS, TemplateChecker, type TemplateResult } from './template.js';

/**
 * One data source read for the checker, by `npx shien-navi check` and the workbench alike: the
 * widget's own loader, the template's rules on the cells as written, and every failure turned
 * into an outcome (nothing throws). No DOM and no Node: a local file is read by the function
 * the caller gives.
 */

/** Where a source comes from: a URL, a local file (read by `readFile`), or bytes already in hand. */
export type CheckSource =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'file'; readonly path: string; readonly readFile: (path: string) => Promise<Uint8Array> }
  | { readonly kind: 'bytes'; readonly name: string; readonly bytes: Uint8Array };

export interface ReadSourceOptions {
  /** The loader's key for this source's records (`s1`, `s2` …). */
  readonly key: string;
  /** Read as this encoding instead of detecting it. */
  readonly encoding?: Encoding;
  /** `YYYY-MM-DD`, for rows whose publication has ended and dates that are old. */
  readonly today?: string;
  /** For a URL; the global `fetch` by default. */
  readonly fetch?: typeof fetch;
}

/** A source that could be read: its records and what the loader found, with the template's findings. */
export interface SourceRead {
  readonly ok: true;
  /** The file name or URL as given. */
  readonly source: string;
  readonly result: SourceResult;
  readonly template: TemplateResult;
}

/**
 * A source that could not be used, and why: `error.kind` says where it failed (`network`: the
 * bytes could not be had; `http`: the server refused; `parse`: not a CSV, too big, unreadable;
 * `schema`: a CSV with nothing to show). The template's findings of what was read stay.
 */
export interface SourceFailure {
  readonly ok: false;
  readonly source: string;
  readonly error: ShienNaviError;
  readonly template: TemplateResult;
}

export type SourceOutcome = SourceRead | SourceFailure;

/** The name a source is reported under: its URL, path or file name. */
export function sourceName(source: CheckSource): string {
  if (source.kind === 'url') return source.url;
  return source.kind === 'file' ? source.path : source.name;
}

/** Reads one source as the widget does (a URL without the saved-copy cache); never throws. */
export async function readSourceOutcome(source: CheckSource, options: ReadSourceOptions): Promise<SourceOutcome> {
  // Read here with the checker's observer: the reader is this bundle's own, never fetched once the workbench is offline.
  givePageReader(reader);
  const name = sourceName(source);
  const today = options.today === undefined ? {} : { today: options.today };
  // The last reading's checker holds the findings (a file read again as Shift_JIS starts a new one).
  let checker: TemplateChecker | undefined;
  const loadOptions = {
    ...today,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    observeRows: () => (checker = new TemplateChecker(today)),
  };
  const template = (): TemplateResult => checker?.result() ?? NO_TEMPLATE_FINDINGS;
  let bytes: Uint8Array | undefined;
  try {
    if (source.kind === 'url') {
      const result = await loadSource(source.url, options.key, { ...loadOptions, cache: noCache, ...(options.fetch ? { fetch: options.fetch } : {}) });
      return { ok: true, source: name, result, template: template() };
    }
    bytes = source.kind === 'bytes' ? source.bytes : await source.readFile(source.path);
    const result = await readCsvBytes(bytes, name, options.key, loadOptions);
    return { ok: true, source: name, result, template: template() };
  } catch (error) {
    return { ok: false, source: name, error: asFailure(error, name, bytes === undefined && source.kind === 'file'), template: template() };
  }
}

/**
 * A failure as the checker reports it. The loader's own errors keep their kind; anything else
 * is `network` when the file's bytes could not be had (missing, no permission), else `parse`.
 */
function asFailure(error: unknown, name: string, opening: boolean): ShienNaviError {
  if (error instanceof ShienNaviError) return error;
  const detail = describe(error);
  return opening
    ? new ShienNaviError('network', `ファイルを開けません（${detail}）: ${name}`, name)
    : new ShienNaviError('parse', `データを読み取れませんでした（${detail}）: ${name}`, name);
}

/** What was thrown, in words, whatever it was (an object whose `toString` throws included). */
function describe(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return typeof error;
  }
}
