import { describe, expect, it } from 'vitest';
import { cryFeatures, cryWindows, WINDOW } from '../../src/search/crisis-features.js';
import { CRY_MODEL } from '../../src/search/crisis-model.generated.js';
import { CRY_KINDS, hearCry, parseCryModel, WEIGHT_DIGITS } from '../../src/search/crisis-model.js';
import { tradeKana } from '../../src/search/kana-trade.js';
import { crisisAnswerFor } from '../../src/search/crisis-meaning.js';
import { crisisLinesFor } from '../../src/search/crisis.js';
import { foldText } from '../../src/search/normalize.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';
import { DEV_DESCRIBED_TRAPS } from './crisis-described-dev.js';
import { DEV_ORDINARY } from './crisis-dev.js';
import { DEV_MEANING_ORDINARY } from './crisis-meaning-dev.js';
import { SITUATION_DEV } from './crisis-situation-dev.js';
import { TROUBLE_QUERIES } from './trouble-queries.js';

describe('what the cry model reads', () => {
  it('reads the character pairs and triples of the reading in kana, with the edges marked', () => {
    const features = cryFeatures(foldText('死にたい'));
    for (const feature of ['^し', 'しに', 'にた', 'たい$', 'しにた']) expect(features, feature).toContain(feature);
    expect([...features].filter((feature) => /\p{Script=Han}/u.test(feature))).toEqual([]);
    expect(cryFeatures(foldText('ｼﾆﾀｲ'))).toEqual(features);
  });

  it('gives a cry typed with a wrong kanji or a digit most of the evidence of the cry itself', () => {
    const cry = cryFeatures(foldText('死にたい'));
    for (const typed of ['氏にたい', '4にたい', 'しにたい']) {
      const shared = [...cryFeatures(foldText(typed))].filter((feature) => cry.has(feature));
      expect(shared.length, typed).toBeGreaterThanOrEqual(4);
    }
  });

  it('reads a long message in overlapping windows, so a cry in its middle is read whole', () => {
    const cry = 'もう消えてしまいたい';
    const long = `${'仕事も家もなくして'.repeat(12)}${cry}${'借金もあって'.repeat(12)}`;
    const windows = cryWindows(foldText(long));
    expect(windows.length).toBeGreaterThan(2);
    expect(windows.every((window) => [...window].length <= WINDOW)).toBe(true);
    expect(windows.some((window) => window.includes(foldText(cry)))).toBe(true);
    expect(cryWindows('しにたい')).toEqual(['しにたい']);
  });
});

describe('the cry model', () => {
  it('ships every kind with its threshold, and weights for each', () => {
    const model = parseCryModel(CRY_MODEL);
    expect([...model.keys()]).toEqual([...CRY_KINDS]);
    for (const [kind, { threshold, weights }] of model) {
      expect(Number.isFinite(threshold), kind).toBe(true);
      expect(weights.size, kind).toBeGreaterThan(50);
    }
  });

  it('reads its file: features as a tree of characters, then the weights in steps of the scale with runs of zeros', () => {
    // Two kinds; the features ^し, ^しに, ^して, にた and 💊$, in that order; the largest step is 2.
    const digit = (place: number): string => WEIGHT_DIGITS[place] ?? '';
    const step = (count: number): string => digit(count < 0 ? count + 2 : count + 1);
    const zeros = (run: number): string => digit(4 + run - 1);
    const text = [
      '4\tsuicide,overdose\t-3.5,-4\t2,2.25\t2',
      [...'^しにて にた 💊$'].map(tradeKana).join(''),
      // per feature: suicide, overdose
      [step(1), zeros(1), step(2), zeros(1), step(-1), zeros(1), step(-2), zeros(2), step(2)].join(''),
    ].join('\n');
    const model = parseCryModel(text);
    expect([...model.keys()]).toEqual(['suicide', 'overdose']);
    expect(model.get('suicide')).toEqual({ bias: -3.5, threshold: 2, weights: new Map([['^し', 0.25], ['^しに', 0.5], ['^して', -0.25], ['にた', -0.5]]) });
    expect(model.get('overdose')).toEqual({ bias: -4, threshold: 2.25, weights: new Map([['💊$', 0.5]]) });
    expect(WEIGHT_DIGITS).not.toMatch(/["\\]/);
  });

  it('writes a hiragana of its features as one ASCII character, and reads it back', () => {
    for (const kana of ['あ', 'し', 'ん']) expect(tradeKana(kana)).toMatch(/^[\x2d-\x7e]$/);
    for (const char of ['あ', 'ん', '-', '~', '^', 'a', '0', '$', '錠', '😭', 'ゔ']) expect(tradeKana(tradeKana(char)), char).toBe(char);
    expect(new Set(['あ', 'い', 'ん', 'a', '^'].map(tradeKana)).size).toBe(5);
  });

  // Written for this test, from situations: in no corpus, phrase list or held-out file.
  it.each([
    ['suicide', 'もうこの先を生きていく気がしない、今夜で全部おしまいにする'],
    ['self-harm', 'きのうもカミソリで腕をきってしまった'],
    ['overdose', '頭痛薬を箱ごと全部のんだ'],
    ['violence', '同棲してる彼に毎晩けられてあざだらけ'],
    ['sexual-violence', 'バイト先の店長に無理やり体を触られた'],
  ] as const)('hears %s in 「%s」 and the widget shows its lines', (kind, query) => {
    expect(hearCry(query).acts).toContain(kind);
    expect(crisisAnswerFor(query).length).toBeGreaterThan(0);
  });

  it('hears distress without an act', () => {
    expect(hearCry('毎日ひとりで、誰とも話さずに一日が終わる。さみしくてたまらない').distress).toBe(true);
  });

  it('stays calm for ordinary troubles and errands', () => {
    const ordinary = [...DEV_ORDINARY, ...TROUBLE_QUERIES.filter((trouble) => !trouble.crisis).map(({ query }) => query)];
    const heard = ordinary.filter((query) => crisisLinesFor(query).length === 0 && hearCry(query).acts.length > 0);
    expect(heard.length / ordinary.length, heard.join(' / ')).toBeLessThanOrEqual(0.02);
    for (const query of ['死亡届の出し方', '遺族年金の手続き', 'お腹が空いて死にそう', '包丁で指を切った', '目薬のさし方']) expect(hearCry(query).acts, query).toEqual([]);
  });

  it('hears at most 1 in 10 of the development traps: ordinary words that share words with cries', () => {
    // The word lists keep these adversarial lines calm by hand; the model sees only the corpus and
    // is held to a budget (2026-12-07: 17 of 193, mostly a person and a harmless passive, 夫に声を
    // かけられた). On the held-out ordinary queries it raises far fewer (the quality bench).
    const traps = [...DEV_ORDINARY, ...DEV_MEANING_ORDINARY, ...DEV_DESCRIBED_TRAPS, ...SITUATION_DEV.flatMap((line) => (line.tier === 'trap' ? [line.query] : []))];
    const heard = traps.filter((query) => hearCry(query).acts.length > 0 || hearCry(query).distress);
    expect(traps.length).toBeGreaterThanOrEqual(150);
    expect(heard.length / traps.length, heard.join(' / ')).toBeLessThanOrEqual(0.1);
  });

  it('leaves a name or keyword shorter than four characters to the word lists', () => {
    for (const query of ['dv', 'ＤＶ', 'od', 'リスカ']) expect(hearCry(query), query).toEqual({ acts: [], distress: false });
    expect(hearCry('DVを受けている').acts).toContain('violence');
  });

  it('answers the hostile corpus without an error, the same way twice', () => {
    for (const input of [...HOSTILE_STRINGS, 'つ'.repeat(20_000), '\u202e死にたい'.repeat(5_000), '🙂'.repeat(3_000)]) {
      const heard = hearCry(input);
      expect(Array.isArray(heard.acts)).toBe(true);
      expect(hearCry(input)).toEqual(heard);
    }
  });
});
