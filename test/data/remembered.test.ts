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
});
