/**
 * How the generated search files write kana compactly: hiragana あ…ん and the ASCII characters
 * from - to ~ trade places, so that a kana, the most common character in them, takes one byte in
 * UTF-8 instead of three (and gzip sees one symbol, not three). Trading twice gives the text back.
 */
const KANA_START = 0x3042;
const ASCII_START = 0x2d;
const TRADED = 82;

/** One character traded (see above); any other character as it is. */
export function tradeKana(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= KANA_START && code < KANA_START + TRADED) return String.fromCharCode(code - KANA_START + ASCII_START);
  if (code >= ASCII_START && code < ASCII_START + TRADED) return String.fromCharCode(code - ASCII_START + KANA_START);
  return char;
}

/** Every character of `text` traded: a generated file's text as written, or back. */
export function tradeText(text: string): string {
  return text.replace(/[\u3042-\u3093\x2d-\x7e]/g, tradeKana);
}
