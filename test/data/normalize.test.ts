import { describe, expect, it } from 'vitest';
import {
  cleanText,
  extractPhone,
  parseCode,
  parseDate,
  parseMunicipalityCode,
  safeWebUrl,
  splitList,
  telHref,
  CLASSIFICATIONS,
  SERVICE_TYPES,
} from '../../src/data/normalize.js';

describe('extractPhone', () => {
  it.each([
    ['011-231-4567', '0112314567'],
    ['０１１－２３１－４５６７（平日９時～１７時）', '0112314567'],
    ['TEL 0120-279-338（24時間）', '0120279338'],
    ['011(231)4567', '0112314567'],
    ['電話：090 1234 5678', '09012345678'],
    ['0570-783-556 ナビダイヤル', '0570783556'],
    ['#8008', '#8008'],
    ['110', '110'],
    ['平日は 011-111-2222、夜間は 011-333-4444', '0111112222'],
  ])('reads %s as %s', (text, expected) => {
    expect(extractPhone(text)).toBe(expected);
  });

  it('finds nothing in text without a number', () => {
    expect(extractPhone('窓口に直接お越しください')).toBe('');
    expect(extractPhone('')).toBe('');
    expect(extractPhone('内線 123')).toBe('');
  });

  it('escapes # in tel: links', () => {
    expect(telHref('#8008')).toBe('tel:%238008');
    expect(telHref('0112314567')).toBe('tel:0112314567');
  });
});

describe('parseCode', () => {
  it('reads a code alone, with its label, or the label alone', () => {
    expect(parseCode('401', CLASSIFICATIONS)).toBe('401');
    expect(parseCode('401: 相談', CLASSIFICATIONS)).toBe('401');
    expect(parseCode('４０１：相談', CLASSIFICATIONS)).toBe('401');
    expect(parseCode('相談', CLASSIFICATIONS)).toBe('401');
    expect(parseCode('免除・猶予・控除', CLASSIFICATIONS)).toBe('204');
    expect(parseCode('民間独自事業', SERVICE_TYPES)).toBe('103');
    expect(parseCode('', CLASSIFICATIONS)).toBe('');
  });
});

describe('parseDate', () => {
  it.each([
    ['2024-03-31', '2024-03-31'],
    ['2024/3/1', '2024-03-01'],
    ['2024年3月31日', '2024-03-31'],
    ['２０２４／０３／３１', '2024-03-31'],
    ['20240331', '2024-03-31'],
    ['2024/03/31 00:00:00', '2024-03-31'],
    ['2024-02-30', ''],
    ['令和6年3月31日', ''],
    ['', ''],
  ])('reads %s as %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});

describe('parseMunicipalityCode', () => {
  it('keeps 6 digits and adds the check digit to 5', () => {
    expect(parseMunicipalityCode('011002')).toBe('011002');
    expect(parseMunicipalityCode('01100')).toBe('011002');
    expect(parseMunicipalityCode('01000')).toBe('010006');
    expect(parseMunicipalityCode('01202')).toBe('012025');
    expect(parseMunicipalityCode('０１１００２')).toBe('011002');
    expect(parseMunicipalityCode('1100')).toBe('');
  });
});

describe('cleaning', () => {
  it('folds width and unifies the wave dash', () => {
    expect(cleanText(' ｶﾅ ＡＢＣ１２３ ')).toBe('カナ ABC123');
    expect(cleanText('9時～17時')).toBe('9時〜17時');
    expect(cleanText('9時〜17時')).toBe('9時〜17時');
  });

  it('drops bidi overrides and isolates, so a number reads as it dials', () => {
    // Shown with U+202E, "0000-00-0110" would read backwards as 0110-00-0000.
    expect(cleanText('\u202E0000-00-0110\u202C')).toBe('0000-00-0110');
    expect(cleanText('相談\u2066窓口\u2069')).toBe('相談窓口');
  });

  it('keeps the publisher\'s own characters (not full NFKC)', () => {
    expect(cleanText('①相談　㈱髙橋')).toBe('①相談 ㈱髙橋');
    expect(cleanText('ｶﾞｲﾄﾞ')).toBe('ガイド');
  });

  it('splits lists on either width of semicolon', () => {
    expect(splitList('お金；仕事; 住まい;')).toEqual(['お金', '仕事', '住まい']);
  });

  it('keeps only http(s) links', () => {
    expect(safeWebUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeWebUrl('javascript:alert(1)')).toBe('');
    expect(safeWebUrl('data:text/html,x')).toBe('');
    expect(safeWebUrl('example.org')).toBe('');
  });
});
