import { SHEET_ENCODINGS, type RowEdit, type Sheet, type SheetEncoding, type SheetLine } from './sheet.js';
import { MAX_FILE_BYTES } from './sources.js';

/**
 * The row form's file and open row as read back from this browser's storage, checked field by
 * field (storage can hold an older version, another tab's half-written copy, a hand edit): a
 * sheet that is not sound is dropped whole, so a file is never exported half-read.
 */

const ENDS: ReadonlySet<string> = new Set(['', '\r\n', '\n', '\r']);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCells = (value: unknown): value is string[] => Array.isArray(value) && value.every((cell) => typeof cell === 'string');

/** Counts the characters read so far, so a stored sheet larger than a file may be is refused. */
class Budget {
  #left = MAX_FILE_BYTES;
  spend(cells: readonly string[], source: unknown): boolean {
    for (const cell of cells) this.#left -= cell.length;
    if (typeof source === 'string') this.#left -= source.length;
    return this.#left >= 0;
  }
}

function readLine(value: unknown, budget: Budget): SheetLine | undefined {
  if (!isObject(value) || !isCells(value['cells']) || typeof value['end'] !== 'string' || !ENDS.has(value['end'])) return undefined;
  const source = value['source'];
  if (source !== undefined && typeof source !== 'string') return undefined;
  if (!budget.spend(value['cells'], source)) return undefined;
  return { cells: [...value['cells']], end: value['end'], ...(source === undefined ? {} : { source }) };
}

function readLines(value: unknown, budget: Budget): SheetLine[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const lines: SheetLine[] = [];
  for (const item of value) {
    const line = readLine(item, budget);
    if (line === undefined) return undefined;
    lines.push(line);
  }
  return lines;
}

function readChoices(value: unknown): ReadonlyMap<string, number> | undefined {
  if (!(value instanceof Map)) return undefined;
  const choices = new Map<string, number>();
  for (const [char, code] of value as Map<unknown, unknown>) {
    if (typeof char === 'string' && [...char].length === 1 && typeof code === 'number' && Number.isInteger(code) && code >= 0x8140 && code <= 0xfcfc) choices.set(char, code);
  }
  return choices;
}

export function readSheetDraft(value: unknown): Sheet | undefined {
  if (!isObject(value)) return undefined;
  const { name, encoding, newline } = value;
  if (typeof name !== 'string' || !(SHEET_ENCODINGS as readonly unknown[]).includes(encoding) || typeof newline !== 'string' || newline === '' || !ENDS.has(newline)) return undefined;
  const budget = new Budget();
  const preamble = readLines(value['preamble'], budget);
  const header = readLine(value['header'], budget);
  const rows = readLines(value['rows'], budget);
  if (preamble === undefined || header === undefined || rows === undefined) return undefined;
  const choices = readChoices(value['shiftJisChoices']);
  return { name, encoding: encoding as SheetEncoding, newline, preamble, header, rows, ...(choices && choices.size > 0 ? { shiftJisChoices: choices } : {}) };
}

export function readRowEdit(value: unknown): RowEdit | undefined {
  if (!isObject(value) || !isCells(value['cells']) || typeof value['index'] !== 'number' || !Number.isInteger(value['index']) || value['index'] < 0) return undefined;
  return { index: value['index'], cells: [...value['cells']] };
}
