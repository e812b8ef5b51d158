import { mapHeaders } from '../../data/headers.js';

/**
 * A CSV file as the row form edits it: the header, the rows as cells, and every row's text as
 * written while it is unchanged, so a file imported and exported without an edit comes back
 * byte for byte (its quoting, line endings, title lines and blank lines included). Only the
 * rows the form changed are written anew.
 */

/** How the file is written: UTF-8 with or without BOM as it came, Shift_JIS (CP932). */
export const SHEET_ENCODINGS = ['utf-8-bom', 'utf-8', 'shift_jis'] as const;
export type SheetEncoding = (typeof SHEET_ENCODINGS)[number];

export interface SheetLine {
  readonly cells: readonly string[];
  /** The row as written (without its line ending) while unchanged; undefined once edited or new. */
  readonly source?: string;
  /** The line ending after it as written: '' for a last line without one. */
  readonly end: string;
}

export interface Sheet {
  readonly name: string;
  readonly encoding: SheetEncoding;
  /** Line ending for new rows: the file's first one, CRLF for a new file (as spreadsheets write). */
  readonly newline: string;
  /** Title and blank lines above the header, kept as written. */
  readonly preamble: readonly SheetLine[];
  readonly header: SheetLine;
  /** The data rows; blank lines among them are kept (and skipped by the form). */
  readonly rows: readonly SheetLine[];
  /** Codes the file chose where Shift_JIS has two for a character (see data/encode-shift-jis.ts). */
  readonly shiftJisChoices?: ReadonlyMap<string, number>;
}

/** The row open in the form: its index in `rows` (rows.length for a new row) and the cells as typed, not yet saved. */
export interface RowEdit {
  readonly index: number;
  readonly cells: readonly string[];
}

/** Rows searched for the header, as the loader does (data/parse.ts). */
const HEADER_SEARCH_ROWS = 5;

/** Splits CSV text (comma-separated, RFC 4180 quotes, any line ending) into lines with their text as written. */
export function splitCsv(text: string): SheetLine[] {
  const lines: SheetLine[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStart = true;
  let lineStart = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else cell += char;
      index += 1;
      continue;
    }
    if (char === '"' && cellStart) {
      quoted = true;
      cellStart = false;
      index += 1;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
      cellStart = true;
      index += 1;
    } else if (char === '\r' || char === '\n') {
      const end = char === '\r' && text[index + 1] === '\n' ? '\r\n' : char;
      cells.push(cell);
      lines.push({ cells, source: text.slice(lineStart, index), end });
      index += end.length;
      lineStart = index;
      cells = [];
      cell = '';
      cellStart = true;
    } else {
      cell += char;
      cellStart = false;
      index += 1;
    }
  }
  if (lineStart < text.length) {
    cells.push(cell);
    lines.push({ cells, source: text.slice(lineStart), end: '' });
  }
  return lines;
}

export const isBlankLine = (line: SheetLine): boolean => line.cells.every((cell) => cell.trim() === '');

/**
 * Lines as the loader and the checker count them (blank lines are not counted): the header's,
 * each row's, and the one a new row would get, so the form names the same line as the checker.
 */
export function sheetLines(sheet: Sheet): { header: number; rows: number[]; next: number } {
  const header = sheet.preamble.filter((line) => !isBlankLine(line)).length + 1;
  let line = header;
  const rows = sheet.rows.map((row) => (isBlankLine(row) ? line : (line += 1)));
  return { header, rows, next: line + 1 };
}

/** A sheet of decoded CSV text: the header found as the loader finds it (the first of the first rows naming 制度名). */
export function readSheet(text: string, name: string, encoding: SheetEncoding, shiftJisChoices?: ReadonlyMap<string, number>): Sheet {
  const lines = splitCsv(text);
  const candidates = lines.flatMap((line, index) => (isBlankLine(line) ? [] : [index])).slice(0, HEADER_SEARCH_ROWS);
  const headerIndex = candidates.find((index) => mapHeaders(lines[index]?.cells ?? []).columns.name !== undefined) ?? candidates[0] ?? -1;
  const header = lines[headerIndex] ?? { cells: [], end: '' };
  const newline = lines.find((line) => line.end !== '')?.end ?? '\r\n';
  return {
    name,
    encoding,
    newline,
    preamble: lines.slice(0, Math.max(headerIndex, 0)),
    header,
    rows: lines.slice(headerIndex + 1),
    ...(shiftJisChoices && shiftJisChoices.size > 0 ? { shiftJisChoices } : {}),
  };
}

/** A new sheet with these columns and rows, written as a spreadsheet would (UTF-8 with BOM, CRLF). */
export function newSheet(name: string, header: readonly string[], rows: readonly (readonly string[])[] = []): Sheet {
  const newline = '\r\n';
  return { name, encoding: 'utf-8-bom', newline, preamble: [], header: { cells: header, end: newline }, rows: rows.map((cells) => ({ cells, end: newline })) };
}

/** A cell as CSV: quoted when it holds a comma, a quote, a line break or spaces at either end. */
function csvCell(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const lineText = (line: SheetLine): string => line.source ?? line.cells.map(csvCell).join(',');

/** The sheet as CSV text (no BOM): unchanged lines as written, the others written anew. */
export function sheetText(sheet: Sheet): string {
  const lines = [...sheet.preamble, sheet.header, ...sheet.rows];
  let text = '';
  lines.forEach((line, index) => {
    // A line that ended the file without a line break gets one when a line now follows it.
    const end = line.end === '' && index < lines.length - 1 ? sheet.newline : line.end;
    text += lineText(line) + end;
  });
  return text;
}

/** The row's cells, as many as the header has (a short row is padded, a long one keeps its extra cells). */
export function rowCells(sheet: Sheet, line: SheetLine): string[] {
  const cells = [...line.cells];
  while (cells.length < sheet.header.cells.length) cells.push('');
  return cells;
}

/** Replaces row `index` (a new row when index is rows.length); the row is written anew. */
export function withRow(sheet: Sheet, index: number, cells: readonly string[]): Sheet {
  const rows = [...sheet.rows];
  const end = rows[index]?.end ?? sheet.newline;
  rows[index] = { cells, end: end === '' ? sheet.newline : end };
  return { ...sheet, rows };
}

export function withoutRow(sheet: Sheet, index: number): Sheet {
  const rows = sheet.rows.filter((_, at) => at !== index);
  // The file's last line keeps its own ending (with or without a final line break).
  const removedLast = index === sheet.rows.length - 1 && index > 0;
  const last = rows[rows.length - 1];
  if (removedLast && last !== undefined) rows[rows.length - 1] = { ...last, end: sheet.rows[index]?.end ?? last.end };
  return { ...sheet, rows };
}

/** A copy of row `index` right below it, as a new row. */
export function duplicateRow(sheet: Sheet, index: number): Sheet {
  const row = sheet.rows[index];
  if (row === undefined) return sheet;
  const rows = [...sheet.rows];
  const copy = { cells: [...row.cells], end: row.end === '' ? '' : sheet.newline };
  rows.splice(index + 1, 0, copy);
  if (row.end === '') rows[index] = { ...row, end: sheet.newline };
  return { ...sheet, rows };
}
