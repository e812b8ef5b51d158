import Papa from 'papaparse';
import { mapHeaders, REQUIRED_FIELDS, FIELD_HEADERS, type HeaderMap, type MappedField } from './headers.js';
import {
  CLASSIFICATIONS,
  SERVICE_TYPES,
  cleanText,
  extractPhone,
  parseCode,
  parseCoordinate,
  parseDate,
  parseMunicipalityCode,
  safeWebUrl,
  splitList,
} from './normalize.js';
import type { ServiceRecord } from './record.js';

export interface SkippedRow {
  /** 1-based line of the row in the file's data (the header is row 1). */
  readonly row: number;
  readonly reason: 'no-name' | 'too-few-cells' | 'too-many-cells';
}

export interface ParseReport {
  /** Data rows read (blank lines not counted). */
  readonly rows: number;
  /** Required columns the file lacks, by their usual Japanese header. */
  readonly missingColumns: readonly string[];
  readonly unknownColumns: readonly string[];
  readonly skipped: readonly SkippedRow[];
  /** Rows not shown because their 公開終了日 or 受付終了日 has passed. */
  readonly expired: number;
  /** Rows whose cell count differed from the header but that were still read. */
  readonly irregular: readonly SkippedRow[];
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
}

/** Rows searched for the header, since some files put a title line above it. */
const HEADER_SEARCH_ROWS = 5;

export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function parseCsv(text: string, options: ParseOptions = {}): ParsedCsv {
  const today = options.today ?? todayIso();
  const sourceKey = options.sourceKey ?? 'csv';
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;

  const headerIndex = findHeaderRow(rows);
  const headerMap = mapHeaders(rows[headerIndex] ?? []);
  const headerLength = rows[headerIndex]?.length ?? 0;
  const missingColumns = REQUIRED_FIELDS.filter((field) => headerMap.columns[field] === undefined).map(
    (field) => FIELD_HEADERS[field][0],
  );

  const records: ServiceRecord[] = [];
  const skipped: SkippedRow[] = [];
  const irregular: SkippedRow[] = [];
  let expired = 0;
  const dataRows = rows.slice(headerIndex + 1);
  dataRows.forEach((cells, offset) => {
    const row = headerIndex + offset + 2;
    if (cells.length !== headerLength) {
      irregular.push({ row, reason: cells.length < headerLength ? 'too-few-cells' : 'too-many-cells' });
    }
    const record = toRecord(cells, headerMap, `${sourceKey}#${row}`);
    if (record.name === '') {
      skipped.push({ row, reason: 'no-name' });
    } else if (hasEnded(record, today)) {
      expired += 1;
    } else {
      records.push(record);
    }
  });

  return {
    records,
    report: {
      rows: dataRows.length,
      missingColumns,
      unknownColumns: headerMap.unknown.map((column) => column.header),
      skipped,
      expired,
      irregular,
    },
  };
}

function findHeaderRow(rows: readonly string[][]): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    if (mapHeaders(rows[index] ?? []).columns.name !== undefined) return index;
  }
  return 0;
}

function hasEnded(record: ServiceRecord, today: string): boolean {
  return [record.publicationEnd, record.applicationEnd].some((date) => date !== '' && date < today);
}

function toRecord(cells: readonly string[], headers: HeaderMap, fallbackId: string): ServiceRecord {
  const cell = (field: MappedField): string => {
    const index = headers.columns[field];
    return index === undefined ? '' : (cells[index] ?? '');
  };
  const phoneText = cleanText(cell('phone')) || cleanText(cell('contact'));
  const extra: Record<string, string> = {};
  for (const { index, header } of headers.unknown) {
    const value = cleanText(cells[index]);
    if (value !== '') extra[header] = value;
  }
  return {
    id: cleanText(cell('id')) || fallbackId,
    municipalityCode: parseMunicipalityCode(cell('municipalityCode')),
    prefecture: cleanText(cell('prefecture')),
    municipality: cleanText(cell('municipality')),
    name: cleanText(cell('name')),
    alias: cleanText(cell('alias')),
    serviceType: parseCode(cell('serviceType'), SERVICE_TYPES),
    classifications: [cell('classification1'), cell('classification2')]
      .flatMap((value) => splitList(value))
      .map((value) => parseCode(value, CLASSIFICATIONS)),
    troubles: splitList(cell('troubles')),
    keywords: splitList(cell('keywords')),
    summary: cleanText(cell('summary')),
    detail: cleanText(cell('detail')),
    target: cleanText(cell('target')),
    howToApply: cleanText(cell('howToApply')),
    organization: cleanText(cell('organization')),
    contact: cleanText(cell('contact')),
    phoneText: cleanText(cell('phone')),
    phone: extractPhone(phoneText),
    address: cleanText(cell('address')),
    latitude: parseCoordinate(cell('latitude'), 90),
    longitude: parseCoordinate(cell('longitude'), 180),
    url: safeWebUrl(cell('url')),
    applicationEnd: parseDate(cell('applicationEnd')),
    publicationEnd: parseDate(cell('publicationEnd')),
    updated: parseDate(cell('updated')),
    extra,
  };
}
