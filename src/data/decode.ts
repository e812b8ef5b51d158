/** Turns the bytes of a CSV file into text, detecting UTF-8 (with or without BOM) and Shift_JIS. */

import type { Encoding } from './encodings.js';

// Its own module: the widget checks the `encoding` attribute without the decoder, which stays in the CSV reader's chunk.
export { ENCODINGS, isEncoding, type Encoding } from './encodings.js';

export interface DecodedText {
  readonly text: string;
  readonly encoding: Encoding | 'utf-16le' | 'utf-16be';
}

/**
 * Decodes with `forced` when given. Otherwise a UTF-16 BOM means UTF-16, a file that is valid
 * UTF-8 is UTF-8 (a BOM is dropped), and anything else is read as Shift_JIS: the WHATWG
 * decoder covers CP932 (①, 髙, ｶﾅ).
 */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): DecodedText {
  const declared = forced ?? utf16Bom(bytes);
  if (declared !== undefined) return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
  try {
    // One strict pass: valid UTF-8 is the answer, invalid UTF-8 throws.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}

/**
 * A decoder for a file that starts with `head`, for reading it piece by piece: `forced` when
 * given, UTF-16 by its BOM, else UTF-8 that throws at the first bytes that are not UTF-8
 * (the caller then reads the file again from its first piece as Shift_JIS).
 */
export function textDecoderFor(head: Uint8Array, forced?: Encoding): { decoder: TextDecoder; encoding: DecodedText['encoding'] } {
  const declared = forced ?? utf16Bom(head);
  if (declared !== undefined) return { decoder: new TextDecoder(declared), encoding: declared };
  return { decoder: new TextDecoder('utf-8', { fatal: true }), encoding: 'utf-8' };
}

function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

export const FILE_KINDS = {
  text: 'text',
  empty: 'empty',
  html: 'html',
  json: 'json',
  excel: 'excel',
  pdf: 'pdf',
  binary: 'binary',
} as const;
export type FileKind = (typeof FILE_KINDS)[keyof typeof FILE_KINDS];

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, index) => bytes[index] === byte);

/**
 * What a downloaded file looks like, from its first bytes: servers often answer a CSV URL
 * with an HTML error page, and people link the Excel file instead of the CSV.
 */
export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return FILE_KINDS.empty;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return FILE_KINDS.excel;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return FILE_KINDS.pdf;
  const head = bytes.subarray(0, 4096);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  let control = 0;
  for (const byte of head) {
    if (byte === 0 && !utf16) return FILE_KINDS.binary;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  if (control > head.length / 20) return FILE_KINDS.binary;
  const start = new TextDecoder('utf-8').decode(head.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (start === '') return FILE_KINDS.empty;
  if (start.startsWith('<!doctype') || start.startsWith('<html') || start.startsWith('<?xml') || start.startsWith('<head') || start.startsWith('<body')) {
    return FILE_KINDS.html;
  }
  if (/^(\{|\[\s*[[{"\d\]])/.test(start)) return FILE_KINDS.json;
  return FILE_KINDS.text;
}
