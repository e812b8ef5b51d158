/**
 * Folds Japanese text so that what a person types and what a file says compare equal:
 * NFKC (full/half width), katakana to hiragana, small kana to full size, long-vowel marks,
 * spaces and 中黒 dropped, Latin lower-cased.
 */

const KATAKANA = /[\u30a1-\u30f6]/g;
const KANA_OFFSET = 0x60;
const SMALL_KANA = /[ぁぃぅぇぉっゃゅょゎゕゖ]/g;
const SMALL_TO_FULL: Readonly<Record<string, string>> = {
  ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', っ: 'つ', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ', ゕ: 'か', ゖ: 'け',
};

const IGNORED = /[\s・･•·\-‐‑‒–—―−ー～〜_/／、。,.「」『』（）()【】[\]〔〕]/gu;

export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(KATAKANA, (char) => String.fromCharCode(char.charCodeAt(0) - KANA_OFFSET))
    .replace(SMALL_KANA, (char) => SMALL_TO_FULL[char] ?? char)
    .replace(IGNORED, '');
}

/** Folded text with, for each folded character, the span of the original it came from. */
export interface FoldedWithOrigins {
  readonly text: string;
  /** UTF-16 index in the original where folded character `i` starts. */
  readonly starts: readonly number[];
  /** UTF-16 index in the original just after the character folded into `i`. */
  readonly ends: readonly number[];
}

const HALF_WIDTH_VOICING = /[\uff9e\uff9f]/;

/**
 * `foldText`, keeping track of where each folded character came from, so a match found in
 * folded text can be highlighted in the original. Folds one character at a time (a half-width
 * kana and its voicing mark together, as NFKC joins them).
 */
export function foldWithOrigins(original: string): FoldedWithOrigins {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < original.length) {
    const code = original.codePointAt(index) ?? 0;
    let length = code > 0xffff ? 2 : 1;
    if (code >= 0xff61 && code <= 0xff9f && HALF_WIDTH_VOICING.test(original[index + length] ?? '')) length += 1;
    const piece = foldText(original.slice(index, index + length));
    for (let char = 0; char < piece.length; char += 1) {
      starts.push(index);
      ends.push(index + length);
    }
    text += piece;
    index += length;
  }
  return { text, starts, ends };
}
