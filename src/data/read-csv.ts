/**
 * Bytes of a CSV file → records: the file checked to be a CSV, decoded (UTF-8, else Shift_JIS)
 * and parsed as it arrives. The same code runs on the page and in the CSV worker
 * (csv-worker.ts); load.ts chooses where.
 */
import { sniffFileKind, textDecoderFor, FILE_KINDS, type DecodedText, type Encoding } from './decode.js';
import { ShienNaviError } from './errors.js';
import { joinBytes } from './fetch.js';
import { CsvTextParser, type ParseOptions, type ParsedCsv, type ParseReport, type RowObserver } from './parse.js';
import { NOT_CSV, TooManyRowsError, UnusableCsvError } from './read-errors.js';
import type { ServiceRecord } from './record.js';
import { defaultYield } from './yield.js';

export { NOT_CSV, UnusableCsvError } from './read-errors.js';

export interface ReadOptions {
  readonly encoding?: Encoding;
  readonly today?: string;
  /** Gives the event loop a turn between slices of parsing. */
  readonly yieldToEventLoop?: () => Promise<void>;
  /** A new observer of the cells as written for each reading of a file (a file read again as Shift_JIS starts over). */
  readonly observeRows?: () => RowObserver;
  /**
   * After each slice: the records read so far. A file read again as Shift_JIS gives a new list,
   * which starts again from nothing.
   */
  readonly onSlice?: (records: readonly ServiceRecord[]) => void;
}

export interface SourceResult {
  readonly url: string;
  readonly encoding: DecodedText['encoding'];
  readonly report: ParseReport;
  readonly records: readonly ServiceRecord[];
  /** Set when the source could not be read and its last good copy was used instead. */
  readonly fallback?: { readonly savedAt: string; readonly error: ShienNaviError };
}

/** Bytes decoded and parsed between two yields to the event loop. */
const SLICE_BYTES = 512 * 1024;
/** Bytes needed to tell a CSV from an error page, an Excel file or a picture. */
const SNIFF_BYTES = 4096;

/**
 * Decodes and parses a file slice by slice as it arrives, so the rows are read while the rest
 * is still downloading. A file that turns out not to be UTF-8 is read again from its first
 * slice as Shift_JIS. Returns the result and the pieces of the file (for the saved copy).
 */
export async function readCsvPieces(
  pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  url: string,
  sourceKey: string,
  options: ReadOptions,
): Promise<{ result: SourceResult; received: readonly Uint8Array[] }> {
  try {
    return await readPieces(pieces, url, sourceKey, options);
  } catch (error) {
    // The parser does not know the file's name; leaving the loop above has already stopped its download.
    throw error instanceof TooManyRowsError && error.source === '' ? new TooManyRowsError(url) : error;
  }
}

async function readPieces(
  pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  url: string,
  sourceKey: string,
  options: ReadOptions,
): Promise<{ result: SourceResult; received: readonly Uint8Array[] }> {
  const yieldToEventLoop = options.yieldToEventLoop ?? defaultYield;
  const parseOptions = (): ParseOptions => ({
    sourceKey,
    ...(options.today ? { today: options.today } : {}),
    ...(options.observeRows ? { observer: options.observeRows() } : {}),
  });
  const received: Uint8Array[] = [];
  const slices: Uint8Array[] = [];
  let receivedBytes = 0;
  let reading: ReturnType<typeof startReading> | undefined;
  let readSlices = 0;

  const readAgainAsShiftJis = (): ReturnType<typeof startReading> => {
    readSlices = 0;
    return startReading(firstBytes(received, SNIFF_BYTES), url, 'shift_jis', parseOptions());
  };
  const readArrived = async (): Promise<void> => {
    reading ??= startReading(firstBytes(received, SNIFF_BYTES), url, options.encoding, parseOptions());
    while (readSlices < slices.length) {
      if (reading.write(slices[readSlices] ?? new Uint8Array())) readSlices += 1;
      else reading = readAgainAsShiftJis();
      options.onSlice?.(reading.records);
      await yieldToEventLoop();
    }
  };
  for await (const piece of pieces) {
    received.push(piece);
    for (let offset = 0; offset < piece.length; offset += SLICE_BYTES) slices.push(piece.subarray(offset, offset + SLICE_BYTES));
    receivedBytes += piece.length;
    if (receivedBytes >= SNIFF_BYTES) await readArrived();
  }
  await readArrived();
  let parsed = reading?.finish();
  if (parsed === undefined) {
    // The file ended in the middle of a UTF-8 character: not UTF-8 either.
    reading = readAgainAsShiftJis();
    await readArrived();
    parsed = reading.finish();
  }
  if (parsed === undefined) throw new ShienNaviError('parse', `データを読み取れませんでした: ${url}`, url);
  return { result: usableCsv(parsed, url), received };
}

/** The first `length` bytes of a file received in pieces (all of it when shorter). */
function firstBytes(pieces: readonly Uint8Array[], length: number): Uint8Array {
  const head: Uint8Array[] = [];
  let size = 0;
  for (const piece of pieces) {
    if (size >= length) break;
    head.push(piece);
    size += piece.length;
  }
  return joinBytes(head);
}

/** Checks the start of a file and sets up its decoder and parser; throws when it is not a CSV. */
function startReading(head: Uint8Array, url: string, forced: Encoding | undefined, parseOptions: ParseOptions) {
  const kind = sniffFileKind(head);
  if (kind !== FILE_KINDS.text) throw new ShienNaviError('parse', `${NOT_CSV[kind]}: ${url}`, url);
  const { decoder, encoding } = textDecoderFor(head, forced);
  const parser = new CsvTextParser(parseOptions);
  /** Decodes; undefined when the bytes are not the encoding the decoder expects (strict UTF-8 only). */
  const decode = (bytes?: Uint8Array): string | undefined => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch {
      return undefined;
    }
  };
  return {
    /** The records read so far. */
    records: parser.records,
    /** False when the bytes are not UTF-8 after all. */
    write(bytes: Uint8Array): boolean {
      const text = decode(bytes);
      if (text !== undefined) parser.write(text);
      return text !== undefined;
    },
    /** The records, or undefined when the file ended in the middle of a UTF-8 character. */
    finish(): (ParsedCsv & { encoding: DecodedText['encoding'] }) | undefined {
      const text = decode();
      if (text === undefined) return undefined;
      parser.write(text);
      return { encoding, ...parser.finish() };
    },
  };
}

function usableCsv({ records, report, encoding }: ParsedCsv & { encoding: DecodedText['encoding'] }, url: string): SourceResult {
  if (report.missingColumns.length > 0) {
    throw new UnusableCsvError(
      `CSV に必須の列（${report.missingColumns.join('、')}）が見つかりません。制度データの CSV か、1 行目が見出しになっているか確認してください: ${url}`,
      url,
      encoding,
      report,
    );
  }
  if (records.length === 0) {
    const why = report.rows === 0 ? 'データの行がありません' : `${report.rows} 行すべてが、制度名がないか公開・受付の期限を過ぎています`;
    throw new UnusableCsvError(`表示できる制度がありません（${why}）: ${url}`, url, encoding, report);
  }
  return { url, encoding, report, records };
}

