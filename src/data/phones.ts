import type { PhoneNumber, ServiceRecord } from './record.js';

/**
 * Phone numbers in free text as people read them and as a phone dials them. Kept apart from
 * the loader's cell clean-up, so a card can read a record's numbers when it is shown without
 * loading the rest; the loader itself only keeps the first number's digits.
 */

const SEPARATOR = '[-‐‑‒–—―−ー()（） ]';
// No `u` flag: every character here is in the BMP, and these run on every row of a big file.
const NUMBER_CANDIDATE = new RegExp(`(?<!\\d)0\\d{0,10}(?:${SEPARATOR}{1,2}\\d{1,5}){0,4}`, 'g');
const SHORT_NUMBER = /#\d{4}(?!\d)|(?<![\d-])1(?:10|18|19|89)(?![\d-])/;

/** Call buttons per service at most: more numbers than this are read from the text. */
export const MAX_PHONES = 3;

/**
 * The numbers a person can call in cleaned free text such as
 * `平日は 011-231-4567、夜間は 011-333-4444（24時間）`: each as published (`011-231-4567`),
 * as digits to dial (`0112314567`), and with the words just before it on its line (`平日`,
 * `夜間`). A number written after FAX (and not also 電話 / TEL) is skipped. At most
 * MAX_PHONES, in the order written; a short number (#8008, 110) only when there is no other.
 */
export function findPhones(text: string): PhoneNumber[] {
  const phones: PhoneNumber[] = [];
  scan(text, phones);
  return phones;
}

/** The digits of the first number `findPhones` would give, or '' (allocates nothing else). */
export function firstDial(text: string): string {
  return scan(text, undefined);
}

/** The numbers to call for a service: from its 電話番号, or from お問い合わせ先 when that has none. */
export function phonesOf(record: Pick<ServiceRecord, 'phoneText' | 'contact'>): readonly PhoneNumber[] {
  const phones = findPhones(record.phoneText);
  return phones.length > 0 ? phones : findPhones(record.contact);
}

/** Reads the numbers of `text` into `phones` (up to MAX_PHONES); without a list, stops at the first. Returns the first one's digits. */
function scan(text: string, phones: PhoneNumber[] | undefined): string {
  if (text === '') return '';
  let first = '';
  // Where the words that may label the next number begin: after the previous number.
  let labelFrom = 0;
  NUMBER_CANDIDATE.lastIndex = 0;
  for (let match = NUMBER_CANDIDATE.exec(text); match !== null; match = NUMBER_CANDIDATE.exec(text)) {
    const digits = leadingDigitGroups(match[0]);
    // Read on from the end of this number, not of the candidate: in `011-111-1111 011-222-2222`
    // the candidate runs over the space into the second number, which would then be skipped.
    if (digitGroupsEnd > 0) NUMBER_CANDIDATE.lastIndex = match.index + digitGroupsEnd;
    if (digits.length !== 10 && digits.length !== 11) continue;
    const label = labelFrom === match.index ? '' : phoneLabel(text.slice(labelFrom, match.index));
    labelFrom = match.index + digitGroupsEnd;
    if (label === undefined) continue;
    if (phones === undefined) return digits;
    first ||= digits;
    phones.push({ number: text.slice(match.index, labelFrom), dial: digits, label });
    if (phones.length === MAX_PHONES) return first;
  }
  if (first !== '') return first;
  const short = SHORT_NUMBER.exec(text);
  if (short === null) return '';
  phones?.push({ number: short[0], dial: short[0], label: phoneLabel(text.slice(0, short.index)) ?? '' });
  return short[0];
}

/** Longest label kept: longer text before a number is a sentence, not a label. */
const LABEL_LENGTH = 10;

/**
 * The label of a number from the text before it on its line: `夜間は ` → `夜間`,
 * `（電話：` → ''; undefined for a FAX number (`FAX `). Only the words after the last bracket,
 * comma or space count.
 */
function phoneLabel(before: string): string | undefined {
  if (before.trim() === '') return '';
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (/fax|ファクス|ファックス/i.test(line) && !/電話|tel/i.test(line)) return undefined;
  const words = line
    .replace(/[\s、，,;；|｜]+$/, '')
    .split(/[\s、，,;；()（）「」【】［］[\]|｜]/)
    .pop()
    ?.replace(/電話番号|電話|tel|☎|℡/gi, '')
    .replace(/^[:：・.\-=＝/／]+|[:：・.\-=＝/／]+$/g, '')
    .replace(/[はの]$/, '');
  return words === undefined || words.length > LABEL_LENGTH || /\d/.test(words) ? '' : words;
}

/** Where the digit groups last read by `leadingDigitGroups` end in their candidate (no object per number). */
let digitGroupsEnd = 0;

/**
 * The digits of a candidate, using whole digit groups from the left while the number fits a
 * Japanese length, so a trailing "(24時間)" or "内線12" does not become part of the number.
 * Sets `digitGroupsEnd`.
 */
function leadingDigitGroups(candidate: string): string {
  let digits = '';
  let length = 0;
  let groupStart = -1;
  for (let index = 0; index <= candidate.length; index += 1) {
    const code = index < candidate.length ? candidate.charCodeAt(index) : -1;
    if (code >= 0x30 && code <= 0x39) {
      if (groupStart < 0) groupStart = index;
      continue;
    }
    if (groupStart < 0) continue;
    if (digits.length + index - groupStart > 11) break;
    digits += candidate.slice(groupStart, index);
    length = index;
    groupStart = -1;
  }
  digitGroupsEnd = length;
  return digits;
}
