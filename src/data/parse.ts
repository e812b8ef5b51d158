import Papa from 'papaparse';
import { crisisLookalike } from '../engine/crisis-lookalike.js';
import { mapHeaders, REQUIRED_FIELDS, FIELD_HEADERS, type ColumnReading, type HeaderMap, type MappedField } from './headers.js';
import {
  cleanText,
  extractPhone,
  parseArea,
  parseClassifications,
  parseCoordinate,
  parseDate,
  parseMunicipalityCode,
  parseServiceType,
  safeHttpsUrl,
  safeWebUrl,
  splitList,
  todayIso,
} from './normalize.js';
import { MAX_ROWS, TooManyRowsError } from './read-errors.js';
import type { ServiceRecord } from './record.js';

export interface SkippedRow {
  /** 1-based line of the row in the file's data (the header is row 1). */
  readonly row: number;
  readonly reason: 'no-name' | 'too-few-cells' | 'too-many-cells';
}

export interface ExpiredRow {
  readonly row: number;
  /** The column whose date has passed. */
  readonly field: 'publicationEnd' | 'applicationEnd';
  /** That date, `YYYY-MM-DD`. */
  readonly date: string;
}

/** A cell whose text could not be read as what its column holds. */
export interface UnreadableCell {
  readonly row: number;
  /** `https`: a 相談申込URL that is not an https URL (never a link). */
  readonly kind: 'date' | 'phone' | 'url' | 'https';
  /** The column's header as written. */
  readonly column: string;
  readonly text: string;
}

/** A row where papaparse found a quote out of place: the row may hold several lines of the file merged into one. */
export interface QuoteErrorRow {
  readonly row: number;
  /** `unterminated`: a quote opened and never closed (the rest of the file is one cell); `malformed`: text right after a closing quote. */
  readonly reason: 'unterminated' | 'malformed';
}

/** Rows listed per kind of note at most; the counts stay exact. */
export const MAX_NOTES = 1000;

export { MAX_ROWS, TooManyRowsError } from './read-errors.js';

export interface ParseReport {
  /** Data rows read (blank lines not counted). */
  readonly rows: number;
  /** Required columns the file lacks, by their usual Japanese header. */
  readonly missingColumns: readonly string[];
  readonly unknownColumns: readonly string[];
  /** Every column of the header row and what it was read as. */
  readonly columns: readonly ColumnReading[];
  /** Line of the header row (1 unless title lines are above it). */
  readonly headerRow: number;
  readonly skipped: readonly SkippedRow[];
  /** Rows not shown because their 公開終了日 or 受付終了日 has passed. */
  readonly expired: number;
  /** The first MAX_NOTES of those rows. */
  readonly expiredRows: readonly ExpiredRow[];
  /** Rows whose cell count differed from the header but that were still read. */
  readonly irregular: readonly SkippedRow[];
  /** Dates, phone numbers and URLs that could not be read, the first MAX_NOTES of them. */
  readonly unreadable: readonly UnreadableCell[];
  /** How many cells could not be read, in all. */
  readonly unreadableCount: number;
  /** Rows with a quote out of place (a stray `"` merges the lines after it into one row), the first MAX_NOTES. */
  readonly quoteErrors: readonly QuoteErrorRow[];
}

export interface ParsedCsv {
  readonly records: ServiceRecord[];
  readonly report: ParseReport;
}

export interface ParseOptions {
  /** Prefix for ids of rows without 制度番号, so rows of merged files stay distinct. */
  readonly sourceKey?: string;
  /** `YYYY-MM-DD`; rows that ended before this day are hidden. Defaults to today. */
  readonly today?: string;
  /** Sees the header and every data row's cells as written, for checks the records cannot answer (the checker's template rules). */
  readonly observer?: RowObserver;
}

/** Gets the cells as written: records are cleaned (half-width kana widened, codes read), the template's rules need the text itself. */
export interface RowObserver {
  header(map: HeaderMap, headers: readonly string[], row: number): void;
  /** A data row that is not blank, with its line (as the report counts lines). */
  row(cells: readonly string[], row: number): void;
}

/** Rows searched for the header, since some files put a title line above it. */
const HEADER_SEARCH_ROWS = 5;
/** Text held before the first rows are read, so the line ending and delimiter are guessed well. */
const FIRST_READ_CHARS = 64 * 1024;

/** Parses a whole CSV text at once (Node, tests, small files). */
export function parseCsv(text: string, options: ParseOptions = {}): ParsedCsv {
  const parser = new CsvTextParser(options);
  parser.write(text);
  return parser.finish();
}

/**
 * Parses CSV text that comes in pieces (as a download does): each `write` reads the rows
 * that are complete so far, the rest waits for the next piece. Same result as `parseCsv`
 * of the whole text, however it is cut.
 */
export class CsvTextParser {
  readonly #rows: RowReader;
  #pending = '';
  /** Set from the first text read: papaparse guesses the line ending and the delimiter. */
  #parser: Papa.Parser | undefined;
  /** Pending length at which to try again; doubles while no row completes (one huge row). */
  #readAt = FIRST_READ_CHARS;

  constructor(options: ParseOptions = {}) {
    this.#rows = new RowReader(options);
  }

  write(text: string): void {
    this.#pending += text;
    if (this.#pending.length < this.#readAt) return;
    const consumed = this.#read(false);
    this.#readAt = consumed === 0 ? this.#pending.length * 2 : FIRST_READ_CHARS;
  }

  finish(): ParsedCsv {
    this.#read(true);
    return this.#rows.finish();
  }

  /** The records read so far: the list `finish` returns, growing as text is written. */
  get records(): readonly ServiceRecord[] {
    return this.#rows.records;
  }

  /** Reads the complete rows of the pending text (all of it when `last`); returns the characters used. */
  #read(last: boolean): number {
    let input = this.#pending;
    if (this.#parser === undefined) {
      input = input.replace(/^\uFEFF/, '');
      this.#parser = new Papa.Parser(lineFormat(input));
    }
    // Papa.Parser is papaparse's own chunk reader: with `ignoreLastRow` it stops before a row
    // the text cuts off, and `meta.cursor` says where that row begins.
    const result: Papa.ParseResult<string[]> = this.#parser.parse(input, 0, !last);
    // An error's row is the index of its row in this call's data; a row the text cut off (not in
    // the data) is read again, with its errors, on the next call.
    const quoteErrors = new Map<string[], QuoteErrorRow['reason']>();
    for (const error of result.errors) {
      const cells = result.data[error.row ?? -1];
      if (error.type === 'Quotes' && cells !== undefined) quoteErrors.set(cells, error.code === 'MissingQuotes' ? 'unterminated' : 'malformed');
    }
    this.#rows.push(result.data, quoteErrors);
    const consumed = last ? input.length : result.meta.cursor;
    this.#pending = input.slice(consumed);
    return consumed;
  }
}

/** The delimiter and line ending of a CSV text, as papaparse guesses them from its start. */
function lineFormat(text: string): Papa.ParseConfig {
  const { meta } = Papa.parse<string[]>(text.slice(0, FIRST_READ_CHARS), { preview: 10, skipEmptyLines: true });
  return { delimiter: meta.delimiter, newline: meta.linebreak as Papa.ParseConfig['newline'] };
}

/** Turns parsed rows into records, finding the header in the first rows it is given. */
class RowReader {
  readonly #today: string;
  readonly #sourceKey: string;
  readonly #observer: RowObserver | undefined;
  readonly #records: ServiceRecord[] = [];
  readonly #skipped: SkippedRow[] = [];
  readonly #irregular: SkippedRow[] = [];
  readonly #expiredRows: ExpiredRow[] = [];
  readonly #unreadable: UnreadableCell[] = [];
  readonly #quoteErrors: QuoteErrorRow[] = [];
  /** The quote errors of the rows held back or being read, by row. */
  #quoted: ReadonlyMap<readonly string[], QuoteErrorRow['reason']> = new Map();
  /** Rows held back until the header is known. */
  #pending: string[][] = [];
  #header: Header | undefined;
  /** Data rows read so far (after the header). */
  #rows = 0;
  #expired = 0;
  #unreadableCount = 0;

  constructor(options: ParseOptions) {
    this.#today = options.today ?? todayIso();
    this.#sourceKey = options.sourceKey ?? 'csv';
    this.#observer = options.observer;
  }

  get records(): readonly ServiceRecord[] {
    return this.#records;
  }

  push(rows: readonly string[][], quoteErrors: ReadonlyMap<readonly string[], QuoteErrorRow['reason']>): void {
    // Rows held back for the header keep their errors from the earlier piece.
    this.#quoted = this.#header === undefined && this.#quoted.size > 0 ? new Map([...this.#quoted, ...quoteErrors]) : quoteErrors;
    if (this.#header === undefined) {
      // Blank lines are skipped here, not by papaparse: its check for them is a second pass.
      for (const cells of rows) if (!isBlank(cells)) this.#pending.push(cells);
      if (this.#pending.length < HEADER_SEARCH_ROWS) return;
      this.#settleHeader();
      return;
    }
    for (const cells of rows) this.#read(cells);
  }

  finish(): ParsedCsv {
    if (this.#header === undefined) this.#settleHeader();
    const header = this.#header as Header;
    return {
      records: this.#records,
      report: {
        rows: this.#rows,
        missingColumns: REQUIRED_FIELDS.filter((field) => header.map.columns[field] === undefined).map((field) => FIELD_HEADERS[field][0]),
        unknownColumns: header.map.readings.filter((column) => column.status === 'unknown').map((column) => column.header),
        columns: header.map.readings,
        headerRow: header.index + 1,
        skipped: this.#skipped,
        expired: this.#expired,
        expiredRows: this.#expiredRows,
        irregular: this.#irregular,
        unreadable: this.#unreadable,
        unreadableCount: this.#unreadableCount,
        quoteErrors: this.#quoteErrors,
      },
    };
  }

  #settleHeader(): void {
    const rows = this.#pending;
    this.#pending = [];
    const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
    let index = 0;
    for (let candidate = 0; candidate < limit; candidate += 1) {
      if (mapHeaders(rows[candidate] ?? []).columns.name !== undefined) {
        index = candidate;
        break;
      }
    }
    const headerRow = rows[index] ?? [];
    const map = mapHeaders(headerRow);
    this.#header = { map, columns: columnPlan(map), length: headerRow.length, index, headers: headerRow.map((header) => header.trim()) };
    this.#observer?.header(map, this.#header.headers, index + 1);
    for (const cells of rows.slice(index + 1)) this.#read(cells);
  }

  #read(cells: readonly string[]): void {
    // Rows of only commas or spaces (",,,,") are blank lines too.
    if (isBlank(cells)) return;
    const header = this.#header as Header;
    // 1-based line of the row, counting the header (and any title line above it) as lines.
    const row = header.index + 2 + this.#rows;
    // Refused as soon as it is over: the reader's caller stops the download.
    if (this.#rows === MAX_ROWS) throw new TooManyRowsError();
    this.#rows += 1;
    const quoteError = this.#quoted.get(cells);
    if (quoteError !== undefined && this.#quoteErrors.length < MAX_NOTES) this.#quoteErrors.push({ row, reason: quoteError });
    // Without a 制度名 column no row can be shown, and the file is reported for that: count only
    // (a 50 MB file of something else is then cheap to refuse).
    if (header.columns.name < 0) return;
    this.#observer?.row(cells, row);
    if (cells.length !== header.length) {
      this.#irregular.push({ row, reason: cells.length < header.length ? 'too-few-cells' : 'too-many-cells' });
    }
    const record = toRecord(cells, header, this.#sourceKey, row);
    if (record.name === '') {
      this.#skipped.push({ row, reason: 'no-name' });
      return;
    }
    this.#noteUnreadable(cells, record);
    const ended = endedField(record, this.#today);
    if (ended === undefined) {
      this.#records.push(record);
      return;
    }
    this.#expired += 1;
    if (this.#expiredRows.length < MAX_NOTES) this.#expiredRows.push({ row, field: ended, date: record[ended] });
  }

  /** Notes the cells of a row that hold text but could not be read: a rare path, tested cheaply. */
  #noteUnreadable(cells: readonly string[], record: ServiceRecord): void {
    const { columns } = this.#header as Header;
    if (record.applicationStart === '' && columns.applicationStart >= 0) this.#note(cells, record.row, 'date', columns.applicationStart);
    if (record.applicationEnd === '' && columns.applicationEnd >= 0) this.#note(cells, record.row, 'date', columns.applicationEnd);
    if (record.publicationEnd === '' && columns.publicationEnd >= 0) this.#note(cells, record.row, 'date', columns.publicationEnd);
    if (record.updated === '' && columns.updated >= 0) this.#note(cells, record.row, 'date', columns.updated);
    if (record.url === '' && columns.url >= 0) this.#note(cells, record.row, 'url', columns.url);
    if (record.applyUrl === '' && columns.applyUrl >= 0) this.#note(cells, record.row, 'url', columns.applyUrl);
    if (record.requestUrl === '' && columns.requestUrl >= 0) this.#note(cells, record.row, 'https', columns.requestUrl);
    if (record.phoneText !== '' && extractPhone(record.phoneText) === '') this.#note(cells, record.row, 'phone', columns.phone);
  }

  #note(cells: readonly string[], row: number, kind: UnreadableCell['kind'], index: number): void {
    const text = cleanText(cells[index]);
    if (text === '') return;
    this.#unreadableCount += 1;
    if (this.#unreadable.length < MAX_NOTES) this.#unreadable.push({ row, kind, column: (this.#header as Header).headers[index] ?? '', text });
  }
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/** The end date that has passed, if any: 公開終了日 first. */
function endedField(record: ServiceRecord, today: string): ExpiredRow['field'] | undefined {
  if (record.publicationEnd !== '' && record.publicationEnd < today) return 'publicationEnd';
  if (record.applicationEnd !== '' && record.applicationEnd < today) return 'applicationEnd';
  return undefined;
}

interface Header {
  readonly map: HeaderMap;
  readonly columns: ColumnPlan;
  /** Cells in the header row. */
  readonly length: number;
  /** Row of the header among the first rows (0 unless a title line is above it). */
  readonly index: number;
  /** The header cells as written, trimmed. */
  readonly headers: readonly string[];
}

/** The column of every field, -1 when the file lacks it: one shape, read on every row. */
type ColumnPlan = Readonly<Record<MappedField, number>>;

function columnPlan(map: HeaderMap): ColumnPlan {
  const plan = {} as Record<MappedField, number>;
  for (const field of Object.keys(FIELD_HEADERS) as MappedField[]) plan[field] = map.columns[field] ?? -1;
  return plan;
}

function cellAt(cells: readonly string[], index: number): string {
  return index < 0 ? '' : (cells[index] ?? '');
}

const NO_EXTRA: Readonly<Record<string, string>> = Object.freeze({});

function extraCells(cells: readonly string[], unknown: HeaderMap['unknown']): Readonly<Record<string, string>> {
  let extra: Record<string, string> | undefined;
  for (const { index, header } of unknown) {
    const value = cleanText(cells[index]);
    if (value !== '') (extra ??= {})[header] = value;
  }
  return extra ?? NO_EXTRA;
}

/** Both 行政サービス分類 cells as codes (the theme when both are empty), without new arrays for the usual one-cell case. */
function classificationCodes(first: string, second: string, theme: string): readonly string[] {
  const codes = parseClassifications(first);
  if (second === '') return codes.length === 0 && theme !== '' ? parseClassifications(theme) : codes;
  return codes.length === 0 ? parseClassifications(second) : [...codes, ...parseClassifications(second)];
}

/** 受付可能日時 from its parts: days and times on one line, 受付備考 below. */
function openingHours(days: string, times: string, note: string): string {
  const when = times === '' ? days : days === '' ? times : `${days} ${times}`;
  return note === '' ? when : when === '' ? note : `${when}\n${note}`;
}

/**
 * The prefecture and municipalities of a row: 都道府県名 and 市区町村名 as written win, then
 * 対象地域群, then 対象地域 (which the national model fills with prefectures, and other lists
 * with a municipality), each read by value.
 */
function placeOf(cells: readonly string[], columns: ColumnPlan): { prefecture: string; municipalities: readonly string[] } {
  const named = parseArea(cellAt(cells, columns.municipality));
  const group = columns.areaGroup < 0 ? named : parseArea(cellAt(cells, columns.areaGroup));
  const area = columns.area < 0 ? named : parseArea(cellAt(cells, columns.area));
  const municipalities =
    named.municipalities.length > 0 ? named.municipalities : group.municipalities.length > 0 ? group.municipalities : area.municipalities;
  const prefecture = cleanText(cellAt(cells, columns.prefecture)) || (named.prefectures[0] ?? group.prefectures[0] ?? area.prefectures[0] ?? '');
  return { prefecture, municipalities };
}

function toRecord(cells: readonly string[], header: Header, sourceKey: string, row: number): ServiceRecord {
  const columns = header.columns;
  const phoneText = cleanText(cellAt(cells, columns.phone));
  const place = placeOf(cells, columns);
  const record: Omit<ServiceRecord, 'imitates'> = {
    id: cleanText(cellAt(cells, columns.id)) || cleanText(cellAt(cells, columns.serviceId)) || `${sourceKey}#${row}`,
    municipalityCode: parseMunicipalityCode(cellAt(cells, columns.municipalityCode)),
    prefecture: place.prefecture,
    municipality: place.municipalities[0] ?? '',
    municipalities: place.municipalities,
    name: cleanText(cellAt(cells, columns.name)),
    alias: cleanText(cellAt(cells, columns.alias)),
    serviceType: parseServiceType(cellAt(cells, columns.serviceType)),
    classifications: classificationCodes(cellAt(cells, columns.classification1), cellAt(cells, columns.classification2), cellAt(cells, columns.theme)),
    troubles: splitList(cellAt(cells, columns.troubles)),
    keywords: splitList(cellAt(cells, columns.keywords)),
    summary: cleanText(cellAt(cells, columns.summary)),
    detail: cleanText(cellAt(cells, columns.detail)),
    benefit: cleanText(cellAt(cells, columns.benefit)),
    target: cleanText(cellAt(cells, columns.target)),
    howToApply: cleanText(cellAt(cells, columns.howToApply)),
    documents: cleanText(cellAt(cells, columns.documents)),
    hours: openingHours(cleanText(cellAt(cells, columns.hours)), cleanText(cellAt(cells, columns.hoursTime)), cleanText(cellAt(cells, columns.hoursNote))),
    office: cleanText(cellAt(cells, columns.office)),
    organization: cleanText(cellAt(cells, columns.organization)),
    contact: cleanText(cellAt(cells, columns.contact)),
    phoneText,
    // Some files put the number only in お問い合わせ先: dial it from there when 電話番号 has none.
    // Only the digits here: the card reads every number with `phonesOf` when it is shown.
    phone: extractPhone(phoneText) || extractPhone(cellAt(cells, columns.contact)),
    address: cleanText(cellAt(cells, columns.address)),
    latitude: parseCoordinate(cellAt(cells, columns.latitude), 90),
    longitude: parseCoordinate(cellAt(cells, columns.longitude), 180),
    url: safeWebUrl(cellAt(cells, columns.url)),
    applyUrl: safeWebUrl(cellAt(cells, columns.applyUrl)),
    requestUrl: safeHttpsUrl(cellAt(cells, columns.requestUrl)),
    schedule: cleanText(cellAt(cells, columns.schedule)),
    ageRange: cleanText(cellAt(cells, columns.ageRange)),
    applicationStart: parseDate(cellAt(cells, columns.applicationStart)),
    applicationEnd: parseDate(cellAt(cells, columns.applicationEnd)),
    publicationEnd: parseDate(cellAt(cells, columns.publicationEnd)),
    updated: parseDate(cellAt(cells, columns.updated)),
    row,
    extra: header.map.unknown.length === 0 ? NO_EXTRA : extraCells(cells, header.map.unknown),
  };
  return { ...record, imitates: crisisLookalike(record) };
}
