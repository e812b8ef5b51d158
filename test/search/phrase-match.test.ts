import { describe, expect, it } from 'vitest';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { withHokkaidoPhrases } from '../../src/flows/hokkaido-phrases.js';
import { flowSituations } from '../../src/engine/situations.js';
import { PhraseMatcher, phraseKeys } from '../../src/search/phrase-match.js';
import { toReading } from '../../src/search/reading.js';
import { foldText } from '../../src/search/normalize.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';

const read = (text: string) => toReading(foldText(text));
/** Whether two texts reduce to a common key. */
const same = (a: string, b: string) => phraseKeys(a).some((key) => phraseKeys(b).includes(key));

describe('readings', () => {
  it('reads kanji words as kana, so kana-only typing and variants meet', () => {
    expect(read('家賃が払えない')).toBe(read('やちんがはらえない'));
    expect(read('障害')).toBe(read('しょうがい'));
    expect(read('障碍')).toBe(read('障がい'));
    expect(read('子供')).toBe(read('子ども'));
    expect(read('子ども')).toBe(read('こども'));
    expect(read('引きこもり')).toBe(read('ひきこもり'));
  });

  it('leaves a kanji it does not know as it is', () => {
    expect(read('龘が払えない')).toBe(`龘${read('がはらえない')}`);
  });

  it('knows every kanji word in the phrases and labels of the bundled flow', () => {
    const unknown = new Set<string>();
    for (const situation of flowSituations(withHokkaidoPhrases(HOKKAIDO_FLOW))) {
      for (const text of [...situation.phrases, ...situation.labels]) for (const kanji of read(text).match(/\p{Script=Han}/gu) ?? []) unknown.add(kanji);
    }
    expect([...unknown]).toEqual([]);
  });
});

describe('phrase keys', () => {
  it('make polite, plain and conjugated forms one', () => {
    for (const form of ['払えません', '払えなくて', '払えなかった', 'はらえないです', '払えないんです']) expect(same(form, '払えない'), form).toBe(true);
    expect(same('お金がありません', 'お金がない')).toBe(true);
    expect(same('生活が苦しくて', '生活が苦しい')).toBe(true);
    expect(same('さみしかった', 'さみしい')).toBe(true);
    expect(same('金がねえ', '金がない')).toBe(true);
    expect(same('ひきこもってる', '引きこもっている')).toBe(true);
    expect(same('引きこもっています', '引きこもっている')).toBe(true);
    expect(same('叩いちゃう', '叩いてしまう')).toBe(true);
    expect(same('仕事辞めた', '仕事を辞めた')).toBe(true);
    expect(same('辞めました', '辞めた')).toBe(true);
  });

  it('make width, kana and short English one', () => {
    expect(same('ﾔﾁﾝｶﾞﾊﾗｴﾅｲ', '家賃が払えない')).toBe(true);
    expect(same("I can't pay the rent", 'cannot pay rent')).toBe(true);
    expect(same('Lost my JOB', 'lost job')).toBe(true);
    // Japanese with a Latin word keeps its Japanese.
    expect(phraseKeys('DVを受けている')[0]).toMatch(/^dv.+/);
  });
});

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher([
    { text: '家賃が払えない', target: 'rent' },
    { text: '税金が払えない', target: 'tax' },
    { text: '借金がある', target: 'debt' },
    { text: '仕事をクビになった', target: 'lost' },
    { text: 'お金のこと', target: 'money', weight: 0.5 },
  ]);
  const best = (query: string) => matcher.match(query)[0]?.target;

  it('finds the phrase however it is typed', () => {
    expect(best('家賃が払えません')).toBe('rent');
    expect(best('やちんがはらえない')).toBe('rent');
    expect(best('家貸が払えない')).toBe('rent');
    expect(best('しごとをくびになった')).toBe('lost');
    expect(best('ぜいきん')).toBe('tax');
  });

  it('scores the same phrase 1, a phrase inside a longer text well, and unrelated text low', () => {
    expect(matcher.match('家賃が払えない')[0]?.score).toBeCloseTo(1);
    const long = matcher.match('先月から家賃が払えなくて困っています');
    expect(long[0]).toMatchObject({ target: 'rent' });
    expect(long[0]?.score).toBeGreaterThan(0.6);
    expect(long[0]?.score).toBeGreaterThan(2 * (long[1]?.score ?? 0));
    expect(matcher.match('こんにちは')[0]?.score ?? 0).toBeLessThan(0.3);
    expect(matcher.match('zzzz')).toEqual([]);
  });

  it('keeps a wish apart from the past tense of its verb', () => {
    const wishes = new PhraseMatcher([
      { text: '消えたい', target: 'wish' },
      { text: '電気が止まった', target: 'power' },
    ]);
    const score = (query: string) => wishes.match(query).find((hit) => hit.target === 'wish')?.score ?? 0;
    for (const query of ['消えたい', 'きえたい', 'もう消えたいです', '消えたいと思う']) expect(score(query), query).toBeGreaterThan(0.7);
    for (const query of ['電気が消えた', '消しゴムが消えた']) expect(score(query), query).toBeLessThan(0.45);
  });

  it('weighs a phrase by its weight', () => {
    expect(matcher.match('お金のこと')[0]).toMatchObject({ target: 'money', score: 0.5 });
  });

  it('never throws on hostile or odd text, as query or as phrase', () => {
    const odd = [...HOSTILE_STRINGS, '', ' ', '\u0000', '𠮷野家', 'ｶﾞｷﾞｸﾞ', '‮逆', 'a'.repeat(5000)];
    const hostile = new PhraseMatcher(odd.map((text, index) => ({ text, target: index })));
    for (const query of odd) {
      expect(Array.isArray(hostile.match(query))).toBe(true);
      expect(Array.isArray(matcher.match(query))).toBe(true);
    }
  });
});
