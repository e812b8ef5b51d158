/** Value clean-up for open-data cells: codes, lists, phone numbers, dates, places. */
import { CLASSIFICATIONS, SERVICE_TYPES, type ClassificationCode } from './codes.js';
import { findPhones, firstDial } from './phones.js';
import type { PhoneNumber } from './record.js';
import { remembered, weakMemo } from './remembered.js';

export * from './codes.js';
export { telHref } from './tel.js';
export { findPhones, phonesOf, MAX_PHONES } from './phones.js';
// Their own modules: the widget uses them without the cell parsers, which stay in the CSV reader's chunk.
export { remembered } from './remembered.js';
export { todayIso } from './today.js';

/** Full-width digits, Latin letters and the symbols of numbers, dates, codes and URLs. */
const FULL_WIDTH_ASCII = /[０-９Ａ-Ｚａ-ｚ－＃＋．＠／＿：＆＝？％]/g;
const HALF_WIDTH_KANA = /[\uFF61-\uFF9F]+/g;
/**
 * Bidi marks, embeddings, overrides and isolates (U+061C, U+200E–F, U+202A–E, U+2066–9) and
 * zero-width characters (U+200B–D, U+2060, U+FEFF): invisible, they can make a name or a phone
 * number read as something else, or hide inside one.
 */
const INVISIBLE_CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const NEEDS_CLEANING = /[０-９Ａ-Ｚａ-ｚ－＃＋．＠／＿：＆＝？％\uFF5E\uFF61-\uFF9F\u3000\r\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

/**
 * Trimmed, with full-width Latin/digits made ASCII and half-width kana made full-width.
 * Not full NFKC: that would turn ① into 1, ㈱ into (株) and （） into (), which are the
 * publisher's own characters.
 * The wave dash is unified, because CP932 files decode 〜 as U+FF5E. Bidi controls and
 * zero-width characters are dropped, so what a person reads (above all a phone number) is
 * what the data says, and what is dialled.
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
    .replace(INVISIBLE_CONTROLS, '')
    .trim();
}

/**
 * Other names published files give 行政サービス分類 (older code tables, the 2020 支援制度
 * themes such as 給付・助成 or 暮らしの相談, and parts of a long name such as 現物支給).
 */
export const CLASSIFICATION_ALIASES: Readonly<Record<ClassificationCode, readonly string[]>> = {
  '101': ['届出・申請'],
  '201': ['手当・助成金', '手当', '助成金', '助成', '給付', '給付金', '給付・助成', '補助金'],
  '202': ['現物支給', '貸与', '生活物資の支給'],
  '203': ['融資', '立替', '貸付', '貸付・融資', '融資・貸付'],
  '204': ['減免・猶予', '減免', '免除', '猶予', '控除', '免除・猶予', '支払いの減免・猶予', '税制優遇・特例措置'],
  '205': ['生活支援サービス', 'その他サービス'],
  '301': ['教室', '講習会', '講座', '教室・講座'],
  '302': [],
  '401': ['暮らしの相談', '相談窓口', '相談支援'],
  '501': [],
  '601': [],
  '602': ['行政からのお知らせ'],
};

/** A name compared without separators, spaces or width: 手当•助成金等, 手当・助成金等 and 手当 助成金等 are one. */
function nameKey(text: string): string {
  return text.replace(/[\s・•･·、，,／/]/g, '');
}

const NO_ALIASES: Readonly<Record<string, readonly string[]>> = Object.freeze({});
/** Code by name key, per code table and its other names (built once each). */
const codeByName = weakMemo((labels: Readonly<Record<string, string>>) =>
  weakMemo((aliases: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> => {
    const map = new Map<string, string>();
    for (const [code, label] of Object.entries(labels)) map.set(nameKey(label), code);
    for (const [code, others] of Object.entries(aliases)) for (const name of others) if (!map.has(nameKey(name))) map.set(nameKey(name), code);
    return map;
  }),
);

/**
 * Reads a code cell written as `401`, `401: 相談`, `401 相談` or a name (`相談`, `手当•助成金等`,
 * or one of `aliases`) and returns `401`. Unknown text is returned cleaned, so it is not lost.
 */
export function parseCode(
  value: string | undefined,
  labels: Readonly<Record<string, string>>,
  aliases: Readonly<Record<string, readonly string[]>> = NO_ALIASES,
): string {
  const text = cleanText(value);
  if (text === '') return '';
  const numeric = /^(\d{3})(?!\d)/.exec(text);
  if (numeric?.[1] !== undefined) return numeric[1];
  return codeByName(labels)(aliases).get(nameKey(text)) ?? text;
}

/** `parseCode` for 行政サービス分類 cells (names and their other names too), remembered. */
export const parseClassification = remembered((text) => parseCode(text, CLASSIFICATIONS, CLASSIFICATION_ALIASES));
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

/**
 * The numbers a person can call in a free-text cell (see `findPhones`), after the cell is
 * cleaned (full-width digits and hyphens made ASCII).
 */
export function extractPhones(value: string | undefined): readonly PhoneNumber[] {
  return findPhones(cleanText(value));
}

/**
 * The first number to dial in a free-text phone cell, such as
 * `０１１－２３１－４５６７（平日９時～１７時）` → `0112314567`, never a FAX number; '' when
 * there is none. Run on every row: it allocates nothing but the digits.
 */
export function extractPhone(value: string | undefined): string {
  return firstDial(cleanText(value));
}

/**
 * Reads dates as written in real files: 西暦 `2024-03-31`, `2024/3/31`, `2024.3.31`,
 * `2024年3月31日`, `20240331`, and 和暦 `令和6年3月31日`, `令和元年5月1日`, `R6.3.31`,
 * `H31/4/30`, with or without a time or words after them (`…から`, `（月）`).
 * Returns `YYYY-MM-DD`, or '' when not a real date.
 */
export function parseDate(value: string | undefined): string {
  return value === undefined || value === '' ? '' : rememberedDate(value);
}

/** The 西暦 year before year 1 of each era. */
const ERA_BASE: Readonly<Record<string, number>> = { 令和: 2018, '\u32FF': 2018, r: 2018, 平成: 1988, '\u337B': 1988, h: 1988, 昭和: 1925, '\u337C': 1925, s: 1925 };
const WESTERN_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?!\d)/;
const ERA_DATE = /^(令和|平成|昭和|[\u32FF\u337B\u337C]|[RrHhSs])\s*(\d{1,2}|元)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;

/** Year, month and day of a date as written, or undefined. */
function dateParts(text: string): readonly [number, number, number] | undefined {
  const western = WESTERN_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (western !== null) return [Number(western[1]), Number(western[2]), Number(western[3])];
  const era = ERA_DATE.exec(text);
  if (era === null) return undefined;
  const base = ERA_BASE[(era[1] ?? '').toLowerCase()] ?? 0;
  return [base + (era[2] === '元' ? 1 : Number(era[2])), Number(era[3]), Number(era[4])];
}

const rememberedDate = remembered((value) => {
  const parts = dateParts(cleanText(value));
  if (parts === undefined) return '';
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return '';
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
});

/** The check digit of a 5-digit 全国地方公共団体コード (JIS X 0402). */
export function municipalityCheckDigit(code5: string): string {
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

/** Where a service applies, from an area cell: prefectures and municipalities named in it. */
export interface Area {
  readonly prefectures: readonly string[];
  readonly municipalities: readonly string[];
}

const NO_AREA: Area = Object.freeze({ prefectures: NO_VALUES, municipalities: NO_VALUES });
const PREFECTURE = /^(?:北海道|東京都|京都府|大阪府|\S{2,3}県)$/;
/** A prefecture written before a municipality without a space: 北海道札幌市. */
const PREFECTURE_PREFIX = /^(北海道|東京都|京都府|大阪府|\S{2,3}?県)(\S+[市区町村])$/;
/** Words meaning "all of it": the place before them is the area. */
const WHOLE = /(?:内)?全域$|全体$/;

/**
 * Reads an area cell (市区町村名, 対象地域, 対象地域群): names separated by `;`, `、`, `・`,
 * spaces or line breaks; prefecture names go to `prefectures`, the rest to `municipalities`;
 * 全国, 全域 and 道内全域 name no municipality.
 */
export function parseArea(value: string | undefined): Area {
  return value === undefined || value === '' ? NO_AREA : rememberedArea(value);
}

const rememberedArea = remembered((value: string): Area => {
  const prefectures: string[] = [];
  const municipalities: string[] = [];
  for (const part of cleanText(value).split(/[;；、，,・\s/／]+/)) {
    const place = part.replace(WHOLE, '');
    const both = PREFECTURE_PREFIX.exec(place);
    if (both?.[1] !== undefined && both[2] !== undefined) {
      prefectures.push(both[1]);
      municipalities.push(both[2]);
    } else if (PREFECTURE.test(place)) {
      prefectures.push(place);
    } else if (place.length >= 2 && place !== '全国') {
      municipalities.push(place);
    }
  }
  if (prefectures.length === 0 && municipalities.length === 0) return NO_AREA;
  return Object.freeze({ prefectures: Object.freeze(prefectures), municipalities: Object.freeze(municipalities) });
});

/**
 * Keeps only links a person can safely follow: an http(s) URL at the start of the cell (a
 * second URL or words after a space are left out).
 */
export function safeWebUrl(value: string | undefined): string {
  const text = cleanText(value).split(/\s/, 1)[0] ?? '';
  // Checked before parsing: most cells are empty, and a failed URL parse throws (slow).
  if (!/^https?:\/\//i.test(text)) return '';
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}

/**
 * A link that hands a person over to an agency's own form (相談申込URL): https only, so what
 * they type there is encrypted; http, javascript:, data: and anything else give ''.
 */
export function safeHttpsUrl(value: string | undefined): string {
  const url = safeWebUrl(value);
  return url.startsWith('https://') ? url : '';
}

export function parseCoordinate(value: string | undefined, limit: number): number | undefined {
  const text = cleanText(value);
  if (text === '') return undefined;
  const number = Number(text);
  return Number.isFinite(number) && Math.abs(number) <= limit && number !== 0 ? number : undefined;
}
