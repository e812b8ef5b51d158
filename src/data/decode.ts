/** Turns the bytes of a CSV file into text, detecting UTF-8 (with or without BOM) and Shift_JIS. */

export const ENCODINGS = ['utf-8', 'shift_jis'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export function isEncoding(value: unknown): value is Encoding {
  return typeof value === 'string' && (ENCODINGS as readonly string[]).includes(value);
}

export interface DecodedText {
  readonly text: string;
  readonly encoding: Encoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, index) => bytes[index] === byte);
}

/**
 * Decodes with `forced` when given; otherwise a file that is valid UTF-8 is UTF-8, and
 * anything else is read as Shift_JIS (the WHATWG decoder covers CP932: ①, 髙, ｶﾅ).
 */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): DecodedText {
  const encoding = forced ?? (hasUtf8Bom(bytes) || isValidUtf8(bytes) ? 'utf-8' : 'shift_jis');
  // TextDecoder drops a UTF-8 BOM itself (ignoreBOM is false by default).
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding };
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
