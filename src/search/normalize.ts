/**
 * Folds Japanese text so that what a person types and what a file says compare equal:
 * NFKC (full/half width), katakana to hiragana, small kana to full size, long-vowel marks,
 * spaces and 中黒 dropped, Latin lower-cased.
 */

const KATAKANA_START = 0x30a1;
const KATAKANA_END = 0x30f6;
const KANA_OFFSET = 0x60;

const SMALL_TO_FULL: Readonly<Record<string, string>> = {
  ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', っ: 'つ', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ', ゕ: 'か', ゖ: 'け',
};

const IGNORED = /[\s・･•·\-‐‑‒–—―−ー～〜_/／、。,.「」『』（）()【】[\]〔〕]/gu;

export function foldText(text: string): string {
  const width = text.normalize('NFKC').toLowerCase();
  let folded = '';
  for (const char of width) {
    const code = char.codePointAt(0) ?? 0;
    const hiragana = code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - KANA_OFFSET) : char;
    folded += SMALL_TO_FULL[hiragana] ?? hiragana;
  }
  return folded.replace(IGNORED, '');
}
