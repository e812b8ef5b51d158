import { describe, expect, it } from 'vitest';
import { AREA_TABLES, areaByName, findPlaces, placeOf, type PrefectureAreas } from '../../src/data/areas.js';
import { HOKKAIDO_AREAS } from '../../src/data/hokkaido-areas.js';

/**
 * JIS X 0401/0402 check digit, written out here rather than taken from src: weights 6 to 2,
 * 11 less the remainder by 11, its last digit when that is 10 or 11 (歌志内市 012271).
 */
function checkDigit(code5: string): number {
  const sum = [...code5].reduce((total, digit, index) => total + Number(digit) * (6 - index), 0);
  return (11 - (sum % 11)) % 10;
}

const towns = HOKKAIDO_AREAS.areas.flatMap((area) => area.municipalities.map((town) => ({ area, town })));

describe('the Hokkaido area table', () => {
  it('holds 14 振興局 and 179 市町村', () => {
    expect(HOKKAIDO_AREAS.areas).toHaveLength(14);
    expect(towns).toHaveLength(179);
    expect(HOKKAIDO_AREAS.areas.filter((area) => area.name.endsWith('総合振興局'))).toHaveLength(9);
    expect(HOKKAIDO_AREAS.areas.map((area) => area.municipalities.length)).toEqual([
      24, 8, 20, 11, 7, 11, 7, 23, 8, 10, 18, 19, 8, 5,
    ]);
  });

  it('gives every code six digits, the prefecture 01 and a valid check digit', () => {
    for (const code of [HOKKAIDO_AREAS.code, ...towns.map(({ town }) => town.code)]) {
      expect(code).toMatch(/^01\d{4}$/);
      expect(Number(code[5]), code).toBe(checkDigit(code.slice(0, 5)));
    }
  });

  it('puts every town in exactly one area, with a unique code and a hiragana reading', () => {
    expect(new Set(towns.map(({ town }) => town.code)).size).toBe(179);
    expect(new Set(towns.map(({ town }) => town.name)).size).toBe(179);
    for (const { town } of towns) expect(town.kana, town.name).toMatch(/^[\u3041-\u3096ー]+$/);
  });

  it('knows the towns of the done-when checks', () => {
    expect(placeOf('栗山町')?.area.short).toBe('空知');
    expect(placeOf('014290')?.municipality.name).toBe('栗山町');
    expect(placeOf('当別町')?.area.short).toBe('石狩');
    expect(placeOf('倶知安町')?.area.short).toBe('後志');
    expect(placeOf('苫小牧市')?.municipality.code).toBe('012131');
    expect(placeOf('苫小牧市')?.area.short).toBe('胆振');
    expect(placeOf('幌加内町')?.area.short).toBe('上川');
    expect(placeOf('北海道 栗山町')?.municipality.code).toBe('014290');
    expect(placeOf('０１４２９０')?.municipality.name).toBe('栗山町');
    expect(placeOf('栗山')).toBeUndefined();
    expect(placeOf('千代田区')).toBeUndefined();
  });
});

describe('areaByName', () => {
  it.each([
    ['空知', 'sorachi'],
    ['空知総合振興局', 'sorachi'],
    ['空知管内', 'sorachi'],
    ['空知総合振興局管内', 'sorachi'],
    ['そらち', 'sorachi'],
    ['ソラチ', 'sorachi'],
    ['北海道空知総合振興局', 'sorachi'],
    ['オホーツク', 'okhotsk'],
    ['オホーツク総合振興局', 'okhotsk'],
    ['網走', 'okhotsk'],
    ['網走支庁', 'okhotsk'],
    ['石狩', 'ishikari'],
    ['石狩振興局', 'ishikari'],
    ['後志', 'shiribeshi'],
    ['しりべし', 'shiribeshi'],
    ['胆振総合振興局', 'iburi'],
    ['根室振興局', 'nemuro'],
  ])('reads %s as %s', (name, id) => {
    expect(areaByName(name)?.area.id).toBe(id);
  });

  it.each(['網走市', '石狩市', '栗山町', '空地', '', '北海道', '西三河', '総合振興局'])('reads %s as no area', (name) => {
    expect(areaByName(name)).toBeUndefined();
  });

  it('reads another prefecture\u2019s areas from a table of the same shape', () => {
    const nagano: PrefectureAreas = {
      code: '200000',
      name: '長野県',
      suffixes: ['地域振興局', '地域'],
      areas: [
        {
          id: 'kiso',
          name: '木曽地域振興局',
          short: '木曽',
          kana: 'きそ',
          formerNames: [],
          municipalities: [{ code: '204323', name: '木曽町', kana: 'きそまち' }],
        },
      ],
    };
    expect(areaByName('木曽地域', [nagano])?.area.id).toBe('kiso');
    expect(areaByName('木曽', AREA_TABLES)).toBeUndefined();
  });
});

describe('findPlaces', () => {
  it('finds a town by reading, name and code', () => {
    expect(findPlaces('いわみざわ').map((place) => place.municipality.name)).toEqual(['岩見沢市']);
    expect(findPlaces('イワミザワ').map((place) => place.municipality.name)).toEqual(['岩見沢市']);
    expect(findPlaces('岩見沢').map((place) => place.municipality.name)).toEqual(['岩見沢市']);
    expect(findPlaces('012106').map((place) => place.municipality.name)).toEqual(['岩見沢市']);
    expect(findPlaces('0121').map((place) => place.municipality.code)).toEqual(expect.arrayContaining(['012106']));
    expect(findPlaces('くっちゃん')[0]?.area.short).toBe('後志');
  });

  it('finds nothing for nothing', () => {
    expect(findPlaces('')).toEqual([]);
    expect(findPlaces('zzz')).toEqual([]);
  });
});
