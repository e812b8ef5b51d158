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
