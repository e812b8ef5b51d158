import { decodeBytes, FILE_KINDS, sniffFileKind } from '../../data/decode.js';
import type * as ShiftJisModule from '../../data/encode-shift-jis.js';
import { lazyModule } from '../../data/lazy-module.js';
import { NOT_CSV } from '../../data/load.js';
import { readSheet, sheetText, type Sheet, type SheetEncoding } from './sheet.js';

/** Shift_JIS's table: loaded only for a Shift_JIS file, once. */
const shiftJis = lazyModule((): Promise<typeof ShiftJisModule> => import('../../data/encode-shift-jis.js'));

/**
 * A CSV file's bytes as a sheet for the row form; the file's own encoding is kept for the export.
 * Throws, saying why, for what the widget would not read as a CSV either (JSON, Excel, a picture).
 */
export async function importSheet(bytes: Uint8Array, name: string): Promise<{ sheet: Sheet; note?: string }> {
  const kind = sniffFileKind(bytes);
  if (kind !== FILE_KINDS.text) throw new Error(NOT_CSV[kind]);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const decoded = decodeBytes(bytes);
  if (decoded.encoding === 'shift_jis') {
    const { shiftJisChoices } = await shiftJis.load();
    return { sheet: readSheet(decoded.text, name, 'shift_jis', shiftJisChoices(bytes)) };
  }
  if (decoded.encoding === 'utf-8') return { sheet: readSheet(decoded.text.replace(/^\uFEFF/, ''), name, bom ? 'utf-8-bom' : 'utf-8') };
  return { sheet: readSheet(decoded.text.replace(/^\uFEFF/, ''), name, 'utf-8-bom'), note: 'UTF-16 のファイルは、書き出すときに UTF-8（BOM 付き）になります。' };
}

export interface ExportedSheet {
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Characters Shift_JIS cannot hold (the export is then not offered in Shift_JIS). */
  readonly unmappable: readonly string[];
}

/** The sheet as the bytes of a CSV file in `encoding`; Shift_JIS's table is loaded only when asked for. */
export async function exportSheet(sheet: Sheet, encoding: SheetEncoding): Promise<ExportedSheet> {
  const text = sheetText(sheet);
  if (encoding === 'shift_jis') {
    const { encodeShiftJis } = await shiftJis.load();
    return encodeShiftJis(text, sheet.shiftJisChoices);
  }
  return { bytes: new TextEncoder().encode(encoding === 'utf-8-bom' ? `\uFEFF${text}` : text), unmappable: [] };
}
