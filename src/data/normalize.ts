/** Value clean-up for open-data cells: codes, lists, phone numbers, dates, places. */

export const SERVICE_TYPES = {
  '101': '制度事業',
  '102': '届出・認可',
  '103': '民間独自事業',
} as const;

export const CLASSIFICATIONS = {
  '101': '届出',
  '201': '手当・助成金等',
  '202': '現物支給・貸与',
  '203': '融資・立替',
  '204': '免除・猶予・控除',
  '205': '支援サービス',
  '301': '教室・講習会',
  '302': 'イベント',
  '401': '相談',
  '501': '施設',
  '601': '情報提供',
  '602': 'お知らせ',
} as const;

export type ClassificationCode = keyof typeof CLASSIFICATIONS;

/**
 * Remembers the results of a cell parser. Code, date and area cells repeat on almost every
 * row, and a 100,000-row file would otherwise parse the same few strings 100,000 times.
 */
function remembered<T>(parse: (text: string) => T, limit = 2048): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let result = seen.get(text);
    if (result === undefined) {
      if (seen.size >= limit) seen.clear();
      result = parse(text);
      seen.set(text, result);
    }
    return result;
  };
}

/** Full-width digits, Latin letters and the symbols of numbers, dates, codes and URLs. */
const FULL_WIDTH_ASCII = /[０-９Ａ-Ｚａ-ｚ－＃＋．＠／＿：＆＝？％]/g;
const HALF_WIDTH_KANA = /[\uFF61-\uFF9F]+/g;
/** Bidi overrides and isolates: they can make a name or a phone number read as something else. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const NEEDS_CLEANING = /[０-９Ａ-Ｚａ-ｚ－＃＋．＠／＿：＆＝？％\uFF5E\uFF61-\uFF9F\u3000\r\u202A-\u202E\u2066-\u2069]/;

/**
 * Trimmed, with full-width Latin/digits made ASCII and half-width kana made full-width.
 * Not full NFKC: that would turn ① into 1, ㈱ into (株) and （） into (), which are the
 * publisher's own characters.
 * The wave dash is unified, because CP932 files decode 〜 as U+FF5E. Bidi controls are
 * dropped, so what a person reads (above all a phone number) is what the data says.
 */
export function cleanText(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  // Most cells need nothing but a trim: test once before running the replacements.
  if (!NEEDS_CLEANING.test(value)) return value.trim();
  return value
    .replace(/\uFF5E/g, '\u301C')
    .replace(FULL_WIDTH_ASCII, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(HALF_WIDTH_KANA, (run) => run.normalize('NFKC'))
    .replace(/\u3000/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(BIDI_CONTROLS, '')
    .trim();
}

/**
 * Reads a code cell written as `401`, `401: 相談`, `401 相談` or `相談` and returns `401`,
 * using `labels` for the name-only form. Unknown text is returned cleaned, so it is not lost.
 */
export function parseCode(value: string | undefined, labels: Readonly<Record<string, string>>): string {
  const text = cleanText(value);
  if (text === '') return '';
  const numeric = /^(\d{3})(?!\d)/.exec(text);
  if (numeric?.[1] !== undefined) return numeric[1];
  const compact = text.replace(/[\s・]/g, '');
  for (const [code, label] of Object.entries(labels)) {
    if (label.replace(/・/g, '') === compact) return code;
  }
  return text;
}

/** `parseCode` for 行政サービス分類 cells, remembered. */
export const parseClassification = remembered((text) => parseCode(text, CLASSIFICATIONS));
/** The codes of a 行政サービス分類 cell holding one or more `;`-separated values, remembered. */
export const parseClassifications = remembered((text): readonly string[] => Object.freeze(splitList(text).map(parseClassification)));
/** `parseCode` for サービス種別 cells, remembered. */
export const parseServiceType = remembered((text) => parseCode(text, SERVICE_TYPES));

/** Splits a multi-value cell on `;` (either width) and on line breaks. */
export function splitList(value: string | undefined): readonly string[] {
  return value === undefined || value === '' ? NO_VALUES : rememberedList(value);
}

const NO_VALUES: readonly string[] = Object.freeze([]);
const rememberedList = remembered(
  (value: string): readonly string[] =>
    Object.freeze(
      cleanText(value)
        .split(/[;；\n]/)
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    ),
);

const SEPARATOR = '[-‐‑‒–—―−ー()（） ]';
// No `u` flag: every character here is in the BMP, and these run on every row of a big file.
const NUMBER_CANDIDATE = new RegExp(`(?<!\\d)0\\d{0,10}(?:${SEPARATOR}{1,2}\\d{1,5}){0,4}`, 'g');
const SHORT_NUMBER = /#\d{4}(?!\d)|(?<![\d-])1(?:10|18|19|89)(?![\d-])/;

/**
 * Finds the first dialable number in a free-text phone cell such as
 * `０１１－２３１－４５６７（平日９時～１７時）` and returns it as `0112314567`.
 * Returns '' when the text holds no number that a phone could dial.
 */
export function extractPhone(value: string | undefined): string {
  const text = cleanText(value);
  if (text === '') return '';
  NUMBER_CANDIDATE.lastIndex = 0;
  for (let match = NUMBER_CANDIDATE.exec(text); match !== null; match = NUMBER_CANDIDATE.exec(text)) {
    const number = leadingDigitGroups(match[0]);
    if (number.length === 10 || number.length === 11) return number;
  }
  return SHORT_NUMBER.exec(text)?.[0] ?? '';
}

/**
 * The digits of a candidate, taking whole digit groups from the left while the number fits a
 * Japanese length, so a trailing "(24時間)" or "内線12" does not become part of the number.
 */
function leadingDigitGroups(candidate: string): string {
  let number = '';
  let groupStart = -1;
  for (let index = 0; index <= candidate.length; index += 1) {
    const code = index < candidate.length ? candidate.charCodeAt(index) : -1;
    if (code >= 0x30 && code <= 0x39) {
      if (groupStart < 0) groupStart = index;
      continue;
    }
    if (groupStart < 0) continue;
    if (number.length + index - groupStart > 11) break;
    number += candidate.slice(groupStart, index);
    groupStart = -1;
  }
  return number;
}

/** A `tel:` URL for a number from `extractPhone` (`#` must be escaped in a URL). */
export function telHref(phone: string): string {
  return `tel:${phone.replace('#', '%23')}`;
}

/**
 * Reads 西暦 dates as `2024-03-31`, `2024/3/31`, `2024.3.31`, `2024年3月31日` or `20240331`,
 * with or without a time after them. Returns `YYYY-MM-DD`, or '' when not a real date.
 */
export function parseDate(value: string | undefined): string {
  return value === undefined || value === '' ? '' : rememberedDate(value);
}

const rememberedDate = remembered((value) => {
  const text = cleanText(value);
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(text);
  if (match === null) return '';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return '';
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
});

/** The check digit of a 5-digit 全国地方公共団体コード (JIS X 0402). */
function municipalityCheckDigit(code5: string): string {
  const sum = [...code5].reduce((total, digit, index) => total + Number(digit) * (6 - index), 0);
  return String((11 - (sum % 11)) % 10);
}

/** Returns a 6-digit municipality code; a 5-digit code gets its check digit, anything else ''. */
export function parseMunicipalityCode(value: string | undefined): string {
  return value === undefined || value === '' ? '' : rememberedMunicipalityCode(value);
}

const rememberedMunicipalityCode = remembered((value) => {
  const digits = cleanText(value).replace(/\D/g, '');
  if (digits.length === 6) return digits;
  if (digits.length === 5) return digits + municipalityCheckDigit(digits);
  return '';
});

/** Keeps only links a person can safely follow: http(s) URLs. */
export function safeWebUrl(value: string | undefined): string {
  const text = cleanText(value);
  // Checked before parsing: most cells are empty, and a failed URL parse throws (slow).
  if (!/^https?:\/\//i.test(text)) return '';
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}

export function parseCoordinate(value: string | undefined, limit: number): number | undefined {
  const text = cleanText(value);
  if (text === '') return undefined;
  const number = Number(text);
  return Number.isFinite(number) && Math.abs(number) <= limit && number !== 0 ? number : undefined;
}
