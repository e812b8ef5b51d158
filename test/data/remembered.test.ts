import { describe, expect, it } from 'vitest';
import { lastAnswer, remembered, weakMemo } from '../../src/data/remembered.js';

/** `compute` with a log of the arguments it was really called with. */
function counted<Args extends unknown[], Result>(compute: (...args: Args) => Result): { fn: (...args: Args) => Result; calls: Args[] } {
  const calls: Args[] = [];
  return { fn: (...args) => (calls.push(args), compute(...args)), calls };
}

describe('remembered', () => {
  it('parses each string once, and starts again past its limit', () => {
    const parse = counted((text: string) => ({ length: text.length }));
    const parseOnce = remembered(parse.fn, 2);
    expect(parseOnce('ab')).toBe(parseOnce('ab'));
    parseOnce('c');
    parseOnce('d'); // the third string: what was remembered is forgotten
    parseOnce('ab');
    expect(parse.calls).toEqual([['ab'], ['c'], ['d'], ['ab']]);
  });
});

describe('weakMemo', () => {
  it('works a result out once per object, undefined results included', () => {
    const area = counted((record: { readonly town: string }) => (record.town === '' ? undefined : `${record.town}の振興局`));
    const areaOf = weakMemo(area.fn);
    const sapporo = { town: '札幌市' };
    const nowhere = { town: '' };
    expect([areaOf(sapporo), areaOf(sapporo), areaOf(nowhere), areaOf(nowhere)]).toEqual(['札幌市の振興局', '札幌市の振興局', undefined, undefined]);
    // An equal object is another key: identity, not content.
    areaOf({ town: '札幌市' });
    expect(area.calls).toEqual([[sapporo], [nowhere], [{ town: '札幌市' }]]);
  });
});

describe('lastAnswer', () => {
  it('gives the same object for the same arguments, and works it out again when one changes', () => {
    const views = counted((items: readonly string[], lang: string) => items.map((item) => `${lang}:${item}`));
    const view = lastAnswer(views.fn);
    const items = ['お金', '仕事'];
    const first = view(items, 'ja');
    expect(view(items, 'ja')).toBe(first);
    expect(view(items, 'en')).toEqual(['en:お金', 'en:仕事']);
    expect(view(items, 'ja')).not.toBe(first); // only the last call is remembered
    expect(view([...items], 'ja')).toEqual(first); // a new array is a new argument
    expect(views.calls).toHaveLength(4);
  });

  it('compares each argument with Object.is: NaN is the same key, 0 and -0 are not', () => {
    const halves = counted((value: number) => [value / 2]);
    const half = lastAnswer(halves.fn);
    const first = half(Number.NaN);
    expect(half(Number.NaN)).toBe(first);
    half(0);
    half(-0);
    expect(halves.calls).toEqual([[Number.NaN], [0], [-0]]);
  });
});

describe('weakMemo of a lastAnswer: per object, the answer for the last other keys', () => {
  const townA = ['栗山町の相談'];
  const townB = ['夕張市の相談'];

  it('keeps one answer per object, whichever object was asked in between', () => {
    const places = counted((town: readonly string[], records: readonly string[]) => town.map((name) => records.indexOf(name)));
    const placesOf = weakMemo((town: readonly string[]) => lastAnswer((records: readonly string[]) => places.fn(town, records)));
    const records = [...townB, ...townA];
    const a = placesOf(townA)(records);
    const b = placesOf(townB)(records);
    expect(placesOf(townA)(records)).toBe(a);
    expect(placesOf(townB)(records)).toBe(b);
    expect(a).toEqual([1]);
    expect(places.calls).toEqual([
      [townA, records],
      [townB, records],
    ]);
  });

  it('works the answer out again when a second key changes, and forgets the one before', () => {
    const fallbacks = counted((results: readonly string[], records: readonly string[], town: string) => ({ town, shown: results.length, of: records.length }));
    const fallbackOf = weakMemo((results: readonly string[]) => lastAnswer((records: readonly string[], town: string) => fallbacks.fn(results, records, town)));
    const records = [...townA, ...townB];
    const kuriyama = fallbackOf(townA)(records, '栗山町');
    expect(fallbackOf(townA)(records, '栗山町')).toBe(kuriyama);
    expect(fallbackOf(townA)(records, '夕張市')).toEqual({ town: '夕張市', shown: 1, of: 2 });
    expect(fallbackOf(townA)(records, '栗山町')).not.toBe(kuriyama);
    expect(fallbackOf(townA)([...records], '栗山町')).toEqual(kuriyama);
    expect(fallbacks.calls).toHaveLength(4);
  });
});

describe('weakMemo of a weakMemo', () => {
  it('keeps an answer per pair of objects: a changed second key works it out again, the same pair does not', () => {
    const codes = counted((labels: Readonly<Record<string, string>>, aliases: Readonly<Record<string, readonly string[]>>) => ({ ...labels, ...aliases }));
    const codesBy = weakMemo((labels: Readonly<Record<string, string>>) => weakMemo((aliases: Readonly<Record<string, readonly string[]>>) => codes.fn(labels, aliases)));
    const labels = { '401': '相談' };
    const none = {};
    const others = { '401': ['相談窓口'] };
    const plain = codesBy(labels)(none);
    expect(codesBy(labels)(others)).not.toBe(plain);
    expect(codesBy(labels)(none)).toBe(plain);
    expect(codes.calls).toEqual([
      [labels, none],
      [labels, others],
    ]);
  });
});
