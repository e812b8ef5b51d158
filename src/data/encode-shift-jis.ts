/**
 * Text to Shift_JIS (CP932, as the WHATWG Encoding Standard writes it), for files published
 * for spreadsheets that still expect it. The table is the platform's own Shift_JIS decoder run
 * backwards (the one `decode.ts` reads files with), so no table ships in the bundle; it is
 * built on the first call.
 */

export interface ShiftJisResult {
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Characters Shift_JIS has no code for, each once, in the order met (the bytes hold `?` there). */
  readonly unmappable: readonly string[];
}

let table: ReadonlyMap<string, number> | undefined;

/** Characters other systems write where CP932 has a look-alike (〜 typed on a Mac is U+301C; CP932's is U+FF5E). */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '\u301C': '\uFF5E',
  '\u2212': '\uFF0D',
  '\u2016': '\u2225',
  '\u2014': '\u2015',
  '\u00A2': '\uFFE0',
  '\u00A3': '\uFFE1',
  '\u00AC': '\uFFE2',
};

const isLead = (byte: number): boolean => (byte >= 0x81 && byte <= 0x9f) || (byte >= 0xe0 && byte <= 0xfc);
const pointerOf = (lead: number, trail: number): number => (lead - (lead < 0xa0 ? 0x81 : 0xc1)) * 188 + trail - (trail < 0x7f ? 0x40 : 0x41);
/** The NEC-selected IBM extensions: a second code for characters the IBM extensions also hold. */
const isNecSelected = (pointer: number): boolean => pointer >= 8272 && pointer <= 8835;

/**
 * The codes a Shift_JIS file chose where the table has two for one character (NEC-selected
 * IBM extensions), so writing its text again gives its own bytes.
 */
export function shiftJisChoices(bytes: Uint8Array): ReadonlyMap<string, number> {
  const decoder = new TextDecoder('shift_jis');
  const choices = new Map<string, number>();
  for (let index = 0; index < bytes.length; index += 1) {
    const lead = bytes[index] ?? 0;
    if (!isLead(lead)) continue;
    const trail = bytes[index + 1] ?? 0;
    index += 1;
    if (!isNecSelected(pointerOf(lead, trail))) continue;
    const char = decoder.decode(new Uint8Array([lead, trail]));
    if (char.length === 1 && char !== '\uFFFD' && !choices.has(char)) choices.set(char, (lead << 8) | trail);
  }
  return choices;
}

/** Each character of the double-byte table and its two bytes (lead << 8 | trail), the first code winning. */
function doubleByteTable(): ReadonlyMap<string, number> {
  if (table !== undefined) return table;
  const decoder = new TextDecoder('shift_jis');
  const map = new Map<string, number>();
  for (let lead = 0x81; lead <= 0xfc; lead += 1) {
    if (!isLead(lead)) continue;
    for (let trail = 0x40; trail <= 0xfc; trail += 1) {
      if (trail === 0x7f) continue;
      const pointer = pointerOf(lead, trail);
      // The Standard's encoder leaves out the NEC-selected IBM extensions (their IBM codes win) and
      // the user-defined area, which decodes to private-use characters.
      if (isNecSelected(pointer) || (pointer >= 8836 && pointer <= 10715)) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !map.has(char)) map.set(char, (lead << 8) | trail);
    }
  }
  table = map;
  return map;
}

/** `choices`: codes to prefer for characters with two (from `shiftJisChoices` of the file read). */
export function encodeShiftJis(text: string, choices: ReadonlyMap<string, number> = new Map()): ShiftJisResult {
  const codes = doubleByteTable();
  const bytes = new Uint8Array(text.length * 2);
  const unmappable = new Set<string>();
  let length = 0;
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0;
    if (point < 0x80) bytes[length++] = point;
    else if (point === 0xa5) bytes[length++] = 0x5c;
    else if (point === 0x203e) bytes[length++] = 0x7e;
    else if (point >= 0xff61 && point <= 0xff9f) bytes[length++] = point - 0xff61 + 0xa1;
    else {
      const code = choices.get(char) ?? codes.get(LOOK_ALIKES[char] ?? char);
      if (code === undefined) {
        unmappable.add(char);
        bytes[length++] = 0x3f;
      } else {
        bytes[length++] = code >> 8;
        bytes[length++] = code & 0xff;
      }
    }
  }
  return { bytes: bytes.slice(0, length), unmappable: [...unmappable] };
}
