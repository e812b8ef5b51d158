import { describe, expect, it } from 'vitest';
import {
  cleanText,
  extractPhone,
  extractPhones,
  parseArea,
  parseCode,
  parseDate,
  parseMunicipalityCode,
  safeWebUrl,
  splitList,
  telHref,
  parseClassification,
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

  it('skips a FAX number written first', () => {
    expect(extractPhone('FAX 011-111-1112 TEL 011-111-1111')).toBe('0111111111');
  });

  it('escapes # in tel: links', () => {
    expect(telHref('#8008')).toBe('tel:%238008');
    expect(telHref('0112314567')).toBe('tel:0112314567');
  });
});

describe('extractPhones', () => {
  it('keeps each number as published, with the digits to dial', () => {
    expect(extractPhones('復興総室\n096-328-2972')).toEqual([{ number: '096-328-2972', dial: '0963282972', label: '' }]);
    expect(extractPhones('０１１－２３１－４５６７（平日９時～１７時）')).toEqual([{ number: '011-231-4567', dial: '0112314567', label: '' }]);
    expect(extractPhones('011(231)4567')).toEqual([{ number: '011(231)4567', dial: '0112314567', label: '' }]);
    expect(extractPhones('TEL 0120-279-338（24時間）')).toEqual([{ number: '0120-279-338', dial: '0120279338', label: '' }]);
    expect(extractPhones('生活福祉課（電話：03-3463-2544）')).toEqual([{ number: '03-3463-2544', dial: '0334632544', label: '' }]);
  });

  it('gives each number its own label from the words just before it', () => {
    expect(extractPhones('平日は 011-111-2222、夜間は 011-333-4444')).toEqual([
      { number: '011-111-2222', dial: '0111112222', label: '平日' },
      { number: '011-333-4444', dial: '0113334444', label: '夜間' },
    ]);
    expect(extractPhones('代表：000-000-0001\n夜間・休日：000-000-0002').map((phone) => phone.label)).toEqual(['代表', '夜間・休日']);
  });

  it('never makes a FAX number callable', () => {
    expect(extractPhones('TEL 011-111-1111 FAX 011-111-1112').map((phone) => phone.number)).toEqual(['011-111-1111']);
    expect(extractPhones('ＦＡＸ：011-111-1112')).toEqual([]);
    expect(extractPhones('ファクス 011-111-1112\n電話 011-111-1111').map((phone) => phone.number)).toEqual(['011-111-1111']);
    expect(extractPhones('電話・FAX 011-111-1111').map((phone) => phone.number)).toEqual(['011-111-1111']);
  });

  it('drops labels that are sentences, and stops at three numbers', () => {
    expect(extractPhones('お住まいの区役所の保健福祉課へお電話ください 011-111-1111')[0]?.label).toBe('');
    expect(extractPhones('000-000-0001、000-000-0002、000-000-0003、000-000-0004')).toHaveLength(3);
  });

  it('reads short numbers when there is no other', () => {
    expect(extractPhones('#8008')).toEqual([{ number: '#8008', dial: '#8008', label: '' }]);
    expect(extractPhones('')).toEqual([]);
    expect(extractPhones('窓口へ')).toEqual([]);
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

  it('reads 分類 names written with ・, • or spaces, and the other names files use', () => {
    expect(parseClassification('手当•助成金等')).toBe('201');
    expect(parseClassification('手当 助成金等')).toBe('201');
    expect(parseClassification('現物支給')).toBe('202');
    expect(parseClassification('減免・猶予')).toBe('204');
    expect(parseClassification('減免•猶予')).toBe('204');
    expect(parseClassification('給付•助成')).toBe('201');
    expect(parseClassification('暮らしの相談')).toBe('401');
    expect(parseClassification('相談')).toBe('401');
    expect(parseClassification('融資')).toBe('203');
  });

  it('keeps an unknown 分類 name as written', () => {
    expect(parseClassification('くらしの支え')).toBe('くらしの支え');
    expect(parseCode('ｸﾗｼ', CLASSIFICATIONS)).toBe('クラシ');
  });
});

describe('parseArea', () => {
  it('tells prefectures from municipalities', () => {
    expect(parseArea('熊本市')).toEqual({ prefectures: [], municipalities: ['熊本市'] });
    expect(parseArea('北海道')).toEqual({ prefectures: ['北海道'], municipalities: [] });
    expect(parseArea('熊本県;大分県')).toEqual({ prefectures: ['熊本県', '大分県'], municipalities: [] });
    expect(parseArea('札幌市;江別市、北広島市')).toEqual({ prefectures: [], municipalities: ['札幌市', '江別市', '北広島市'] });
    expect(parseArea('北海道札幌市')).toEqual({ prefectures: ['北海道'], municipalities: ['札幌市'] });
    expect(parseArea('神奈川県 横浜市')).toEqual({ prefectures: ['神奈川県'], municipalities: ['横浜市'] });
  });

  it('reads 全域 and 全国 as naming no municipality', () => {
    expect(parseArea('全国')).toEqual({ prefectures: [], municipalities: [] });
    expect(parseArea('道内全域')).toEqual({ prefectures: [], municipalities: [] });
    expect(parseArea('北海道全域')).toEqual({ prefectures: ['北海道'], municipalities: [] });
    expect(parseArea('熊本市全域')).toEqual({ prefectures: [], municipalities: ['熊本市'] });
    expect(parseArea('')).toEqual({ prefectures: [], municipalities: [] });
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
    ['2024/4/1', '2024-04-01'],
    ['2024年4月1日（月）', '2024-04-01'],
    ['令和6年4月1日', '2024-04-01'],
    ['令和６年４月１日から', '2024-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['R6.4.1', '2024-04-01'],
    ['Ｒ６．４．１', '2024-04-01'],
    ['r6/4/1', '2024-04-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['H31.4.30', '2019-04-30'],
    ['\u337B31年4月30日', '2019-04-30'],
    ['2024-02-30', ''],
    ['令和6年2月30日', ''],
    ['「出産日」から起算して1年以内', ''],
    ['随時', ''],
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

  it('takes the first URL of a cell that holds two, not both run together', () => {
    expect(safeWebUrl('https://example.org/a.html\n\nhttps://example.org/b.html')).toBe('https://example.org/a.html');
    expect(safeWebUrl('詳しくは https://example.org/a')).toBe('');
  });
});
