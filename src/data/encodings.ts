/** The encodings a site may force on its CSV files with the `encoding` attribute. */
export const ENCODINGS = ['utf-8', 'shift_jis'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export function isEncoding(value: unknown): value is Encoding {
  return typeof value === 'string' && (ENCODINGS as readonly string[]).includes(value);
}
