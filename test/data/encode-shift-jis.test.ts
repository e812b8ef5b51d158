import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeShiftJis, shiftJisChoices } from '../../src/data/encode-shift-jis.js';

const CP932 = new Uint8Array(readFileSync(new URL('../fixtures/encoding.cp932.csv', import.meta.url)));

describe('encodeShiftJis', () => {
  it('gives back the bytes of a Shift_JIS file it decodes', () => {
    const text = new TextDecoder('shift_jis').decode(CP932);
    const { bytes, unmappable } = encodeShiftJis(text, shiftJisChoices(CP932));
    expect(unmappable).toEqual([]);
    expect(bytes).toEqual(CP932);
    // Without the file's own choices, its NEC-selected character gets the IBM code the Standard writes.
    expect(encodeShiftJis(text).bytes).not.toEqual(CP932);
  });

  it('writes half-width kana, ASCII and kanji as Shift_JIS does', () => {
    expect([...encodeShiftJis('Aｱ亜〜−').bytes]).toEqual([0x41, 0xb1, 0x88, 0x9f, 0x81, 0x60, 0x81, 0x7c]);
  });

  it('names the characters Shift_JIS cannot hold, each once', () => {
    const { bytes, unmappable } = encodeShiftJis('𠮷野家と𠮷と😀');
    expect(unmappable).toEqual(['𠮷', '😀']);
    expect(new TextDecoder('shift_jis').decode(bytes)).toBe('?野家と?と?');
  });
});
