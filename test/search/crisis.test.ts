import { afterEach, describe, expect, it, vi } from 'vitest';
import { CRISIS_LINES } from '../../src/flows/crisis-lines.js';
import { crisisLinesFor, readCry } from '../../src/search/crisis.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';
import { demoRecords } from '../helpers/demo-records.js';
import { DEV_ACTS, DEV_ACT_KINDS, DEV_DISTRESS, DEV_ORDINARY } from './crisis-dev.js';
import { QUALITY_QUERIES } from './quality-queries.js';
import { CRISIS_KINDS, CRISIS_QUERIES, TROUBLE_QUERIES } from './trouble-queries.js';

describe('crisis words', () => {
  it(`surface the right crisis lines for all ${CRISIS_QUERIES.length} cries for help`, () => {
    expect(CRISIS_QUERIES.length).toBeGreaterThanOrEqual(40);
    const missed = CRISIS_QUERIES.filter(({ query, kind }) => !crisisLinesFor(query).some((line) => (CRISIS_KINDS[kind] as readonly string[]).includes(line)));
    expect(missed.map(({ query, kind }) => `${kind}: ${query} → ${crisisLinesFor(query).join(', ') || '(none)'}`)).toEqual([]);
  });

  it('name only lines that exist, in the order they are most needed', () => {
    for (const { query } of CRISIS_QUERIES) for (const line of crisisLinesFor(query)) expect(Object.keys(CRISIS_LINES)).toContain(line);
    expect(crisisLinesFor('死にたい')).toEqual(['inochi', 'yorisoi']);
    expect(crisisLinesFor('夫に殴られる')).toEqual(['police', 'dv']);
    expect(crisisLinesFor('子どもを叩いてしまう')).toEqual(['child-abuse']);
    expect(crisisLinesFor('殴られて死にたい')).toEqual(['inochi', 'yorisoi', 'police', 'dv']);
  });

  it('stay silent for every name query of the search set and for ordinary troubles', () => {
    const names = QUALITY_QUERIES.map(({ query }) => query).filter((query) => crisisLinesFor(query).length > 0);
    expect(names).toEqual([]);
    const ordinary = TROUBLE_QUERIES.filter((trouble) => !trouble.crisis).map(({ query }) => query);
    expect(ordinary.length).toBeGreaterThan(150);
    expect(ordinary.filter((query) => crisisLinesFor(query).length > 0)).toEqual([]);
    for (const query of ['住居確保給付金', 'サポステ', 'クビを告げられた', 'お腹がすいて死にそう', '借金で首が回らない', '支援を受けられない', 'DV相談', '']) {
      expect(crisisLinesFor(query), query).toEqual([]);
    }
  });

  it('and speak up for the cries among the troubles', () => {
    const cries = TROUBLE_QUERIES.filter((trouble) => trouble.crisis).map(({ query }) => query);
    expect(cries.filter((query) => crisisLinesFor(query).length === 0)).toEqual([]);
  });

  it('show lines for services named for the act itself, which is what anyone typing them may need', () => {
    // Decided, not accidental: see src/search/crisis.ts.
    expect(crisisLinesFor('自殺対策')).toEqual(['inochi', 'yorisoi']);
    expect(crisisLinesFor('配偶者暴力相談支援センター')).toEqual(['police', 'dv']);
    const demoNames = demoRecords().flatMap((record) => [record.name, record.alias]).filter((name) => crisisLinesFor(name).length > 0);
    expect(demoNames.map((name) => name.replace('【サンプル】', ''))).toEqual(['配偶者暴力相談支援センター', '性暴力被害者支援センター', '性暴力の相談', '子どもの虐待の相談']);
  });
});

/** Acts whose first line is not one their kind needs, readably. */
const wrongFirst = (read: typeof readCry) =>
  DEV_ACTS.filter(({ query, kind }) => !(DEV_ACT_KINDS[kind] as readonly string[]).includes(read(query).lines[0] ?? '')).map(({ query, kind }) => `${kind}: ${query} → ${read(query).lines.join(', ') || '(none)'}`);
const unheard = (read: typeof readCry) => DEV_DISTRESS.filter((query) => !read(query).listening && !read(query).lines.includes('yorisoi'));
const alarmed = (read: typeof readCry) => DEV_ORDINARY.filter((query) => read(query).lines.length > 0 || read(query).listening);

describe('cries for help in two tiers (development set)', () => {
  it(`put the right line first for all ${DEV_ACTS.length} acts and wishes: euphemisms, slang, overdose, a person and an act, a child and harm`, () => {
    expect(DEV_ACTS.length).toBeGreaterThanOrEqual(100);
    expect(wrongFirst(readCry)).toEqual([]);
  });

  it(`offer a listening line for all ${DEV_DISTRESS.length} lines of distress without an act, and no crisis line first`, () => {
    expect(unheard(readCry)).toEqual([]);
    for (const query of ['もう疲れた', '誰にも相談できない', '毎晩泣いている', 'I am at my limit']) expect(readCry(query), query).toEqual({ lines: [], listening: true });
  });

  it(`stay calm for all ${DEV_ORDINARY.length} ordinary queries, many with a word near a cry`, () => {
    expect(alarmed(readCry)).toEqual([]);
  });

  it('read a combination only within one sentence and a few words', () => {
    expect(readCry('薬を全部飲んだ').lines).toEqual(['inochi', 'yorisoi', 'ambulance']);
    expect(readCry('薬局で薬をもらった。全部の手続きが終わって、夕飯を飲み込むように食べた').lines).toEqual([]);
    expect(readCry('夫に叩かれる').lines).toEqual(['police', 'dv']);
    expect(readCry('夫は優しい。昨日テレビで子どもが太鼓を叩く番組を見た').lines).toEqual([]);
    expect(readCry('彼氏がいて、仕事が忙しいけれど、週末は太鼓教室で色々なリズムを習いながら、ドラムを叩くのが好き').lines).toEqual([]);
    // A parent's violence may reach a child: the child line comes with the police.
    expect(readCry('父に叩かれる').lines).toEqual(['police', 'child-abuse', 'dv']);
    expect(readCry('子どもを叩いてしまいそう').lines).toEqual(['child-abuse']);
  });

  it('keep both tiers where both are said: the act first, the listening line too when its lines have none', () => {
    expect(readCry('夫に殴られてもう限界')).toEqual({ lines: ['police', 'dv'], listening: true });
    expect(readCry('疲れた、死にたい')).toEqual({ lines: ['inochi', 'yorisoi'], listening: false });
  });

  it('forgive one slip in a long word typed in kana, and only there', () => {
    expect(readCry('いきていたくなぃ').lines).toEqual(['inochi', 'yorisoi']);
    expect(readCry('いきてぃたくない').lines).toEqual(['inochi', 'yorisoi']);
    expect(readCry('しんでしまいたぃ').lines).toEqual(['inochi', 'yorisoi']);
    expect(readCry('しんでしまいたい').lines).toEqual(['inochi', 'yorisoi']);
    expect(readCry('しんでまいたい').lines).toEqual(['inochi', 'yorisoi']);
    // Not in kanji (an IME converts whole words) nor in short words, where a slip makes another word.
    expect(readCry('死ぬほど忙しい').lines).toEqual([]);
    expect(readCry('しりたい').lines).toEqual([]);
  });

  it('see through width, half-width kana, spaces, emoji, bidi and control characters', () => {
    for (const query of ['ｼﾆﾀｲ', 'し　に　た　い', '死に😭たい', '死\u202eにたい', '死に\u200bたい', '死に\u0000たい', 'しにたーい', 'ＯＤした', 'ｵｰﾊﾞｰﾄﾞｰｽﾞ']) {
      expect(readCry(query).lines.length, JSON.stringify(query)).toBeGreaterThan(0);
    }
    // A long vowel mark is part of a katakana word: ストーカー is not ですとか.
    expect(readCry('ストーカーに困っている').lines).toEqual(['police', 'dv']);
    expect(readCry('家賃ですとか光熱費ですとか').lines).toEqual([]);
  });

  it('answer the hostile corpus, 20,000 characters and repeated cry words without an error', () => {
    const inputs = [
      ...HOSTILE_STRINGS,
      'あ'.repeat(20_000),
      '夫薬全部飲'.repeat(4_000),
      '子叩'.repeat(10_000),
      `${'お父さん'}${'あ'.repeat(200)}叩`.repeat(90),
      '\u202e😀'.repeat(10_000),
      `${'\u0007'.repeat(10_000)}死にたい`,
      `${'a '.repeat(9_000)}want to die`,
    ];
    for (const input of inputs) {
      const reading = readCry(input);
      expect(Array.isArray(reading.lines)).toBe(true);
      expect(typeof reading.listening).toBe('boolean');
    }
    // A cry at the end of a long paste is still heard.
    expect(readCry(`${'家賃の相談。'.repeat(3_000)}もう死にたい`).lines).toEqual(['inochi', 'yorisoi']);
    expect(readCry(`${'\u0007'.repeat(10_000)}死にたい`).lines).toEqual(['inochi', 'yorisoi']);
    expect(readCry(`${'a '.repeat(9_000)}want to die`).lines).toEqual(['inochi', 'yorisoi']);
  });

  describe('where Intl.Segmenter is missing', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.resetModules();
    });

    it('read words by runs of one script, and miss no cry of the development set', async () => {
      vi.stubGlobal('Intl', { ...Object.fromEntries(Object.getOwnPropertyNames(Intl).map((name) => [name, (Intl as unknown as Record<string, unknown>)[name]])), Segmenter: undefined });
      vi.resetModules();
      const { readCry: readWithout } = await import('../../src/search/crisis.js');
      expect(readWithout).not.toBe(readCry);
      expect(wrongFirst(readWithout)).toEqual([]);
      expect(unheard(readWithout)).toEqual([]);
      expect(alarmed(readWithout)).toEqual([]);
    });
  });
});
