import { forEachInSlices, type SliceOptions } from '../data/yield.js';
import { FeatureIndex, textFeatures } from './features.js';
import { foldText } from './normalize.js';
import { toReading } from './reading.js';

/**
 * Matching of short everyday phrases ("家賃が払えない") against what a person types, in any of
 * the ways Japanese lets them type it. Both sides are reduced to comparable keys:
 *   1. folded (width, katakana → hiragana, small kana, long vowels, spaces, punctuation);
 *   2. read: kanji words replaced by their reading (家賃 → やちん), so kana-only typing and
 *      orthographic variants (障害 / 障碍 / 障がい, 子供 / 子ども) meet;
 *   3. conjugated and polite endings made one (払えません / 払えなくて / 払えなかった → 払えない,
 *      引きこもっている / ひきこもってる → …てる).
 * Keys are compared by their character pairs (and single kanji, see features.ts), each weighted by how rare it
 * is among all the phrases (a pair every phrase has, like ない, says little), so one wrong or missing character
 * costs only a little and the words that tell situations apart count most.
 */

/** Endings made one, on folded text (っ is already つ, ゃ is や). Order matters. */
const ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/ありません(でした)?/g, 'ない'],
  [/(なかつた|なくなつた|なくなりました|ません(でした)?)/g, 'ない'],
  // Adjectives: 苦しくて / 苦しかった → 苦しい (and なくて → ない).
  [/くて/g, 'い'],
  [/([しらいたな])かつた/g, '$1い'],
  [/ない(んです|んだ|です|のです|んだけど|けど|よ|の)$/g, 'ない'],
  [/ねえ$/g, 'ない'],
  [/ちやつた/g, 'てしまつた'],
  [/ちやう/g, 'てしまう'],
  [/(ていました|ています|ていた|ている|てます|てた)/g, 'てる'],
  [/(でいました|でいます|でいた|でいる|でます)/g, 'でる'],
  [/ました/g, 'た'],
  [/たいです/g, 'たい'],
  [/(んです|です|でした|のですが|んだけど|けど)$/g, ''],
  // を is only ever a particle; dropping it lets 仕事を辞めた meet 仕事辞めた.
  [/を/g, ''],
  // A wish is one mark (ゐ, a kana no one types), not た + い: 消えたい shares only 消え with 消えた.
  [/たい(?=$|[、。\s]|と|な|けど|の|よ|ん|か)/g, 'ゐ'],
];

const KANA_ONLY = /^\p{Script=Hiragana}+$/u;


/** English: a few words that carry no situation, and one spelling of "cannot". */
const ENGLISH_STOP = new Set(['i', 'im', 'me', 'my', 'a', 'an', 'the', 'to', 'am', 'is', 'are', 'be', 'been', 'for', 'of', 'in', 'at', 'on', 'and', 'please', 'so', 'very']);

function englishWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(can ?not|can't|cant|can’t)\b/g, 'cannot')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !ENGLISH_STOP.has(word))
    .map((word) => word.replace(/(ing|ed|s)$/, '') || word)
    .join(' ');
}

function canonicalEndings(folded: string): string {
  let text = folded;
  for (const [pattern, replacement] of ENDINGS) text = text.replace(pattern, replacement);
  return text;
}

/** Latin letters and nothing Japanese: words of English. */
const ENGLISH = /^[\p{Script=Latin}\d\s\p{P}’]*\p{Script=Latin}[\p{Script=Latin}\d\s\p{P}’]*$/u;

/** The keys a text is compared by: as written (folded) and as read, both with endings made one. */
export function phraseKeys(text: string): string[] {
  const normalized = text.normalize('NFKC');
  const folded = foldText(ENGLISH.test(normalized) ? englishWords(normalized) : normalized);
  const written = canonicalEndings(folded);
  const read = canonicalEndings(toReading(folded));
  return written === read ? [written] : [written, read];
}

/** What a key is compared by: its character pairs and each kanji on its own (features.ts). */
function featuresOf(key: string): string[] {
  return [...textFeatures(key, true).keys()];
}

interface IndexedKey {
  readonly key: string;
  readonly entry: number;
  /** Sum of the weights of its features. */
  readonly mass: number;
}

/** One key of a phrase and what it is compared by: the costly part of building a matcher. */
export interface KeyedPhrase {
  readonly key: string;
  /** Index of the phrase among the entries. */
  readonly entry: number;
  readonly features: readonly string[];
}

export interface PhraseEntry<T> {
  readonly text: string;
  readonly target: T;
  /** Scales the phrase's score (default 1), e.g. below 1 for labels that are not the author's phrases. */
  readonly weight?: number;
}

function keyedPhrases(text: string, entry: number): KeyedPhrase[] {
  return phraseKeys(text)
    .filter((key) => key !== '')
    .map((key) => ({ key, entry, features: featuresOf(key) }));
}

/** Phrases keyed per slice check when a matcher is built in slices. */
const CHECK_EVERY = 16;

export interface PhraseHit<T> {
  readonly target: T;
  /** 0 (nothing in common) to 1 (the same phrase). */
  readonly score: number;
  /** The phrase that matched best. */
  readonly phrase: string;
}

/** Finds which of many short phrases a typed text says, best target first. */
export class PhraseMatcher<T> {
  readonly #entries: readonly { readonly text: string; readonly target: T; readonly weight: number }[];
  readonly #keys: IndexedKey[] = [];
  /** feature → indexes into #keys */
  readonly #index = new FeatureIndex();
  readonly #weights = new Map<string, number>();
  readonly #unknownWeight: number;

  /** `keyed`: the entries' keys, when worked out already (see `buildInSlices`). */
  constructor(entries: readonly PhraseEntry<T>[], keyed: readonly KeyedPhrase[] = entries.flatMap((entry, index) => keyedPhrases(entry.text, index))) {
    this.#entries = entries.map((entry) => ({ ...entry, weight: entry.weight ?? 1 }));
    keyed.forEach(({ features }, keyIndex) => this.#index.add(keyIndex, new Map(features.map((feature) => [feature, 1]))));
    const total = Math.max(1, keyed.length);
    for (const [feature, count] of this.#index.counts()) this.#weights.set(feature, Math.log(1 + total / count));
    this.#unknownWeight = Math.log(1 + total);
    for (const { key, entry, features } of keyed) {
      let mass = 0;
      for (const feature of features) mass += this.#weights.get(feature) ?? 0;
      this.#keys.push({ key, entry, mass });
    }
  }

  /**
   * The same matcher, with the phrases read and keyed a slice at a time (hundreds of phrases
   * take a long task on a phone otherwise); undefined when `signal` aborts.
   */
  static async buildInSlices<T>(entries: readonly PhraseEntry<T>[], yieldToEventLoop: () => Promise<void>, options: SliceOptions = {}): Promise<PhraseMatcher<T> | undefined> {
    const keyed: KeyedPhrase[] = [];
    const done = await forEachInSlices(entries.length, (index) => keyed.push(...keyedPhrases((entries[index] as PhraseEntry<T>).text, index)), CHECK_EVERY, yieldToEventLoop, options);
    return done ? new PhraseMatcher(entries, keyed) : undefined;
  }

  /** Every target some phrase of which shares something with `query`, best first. */
  match(query: string): PhraseHit<T>[] {
    const best = new Map<number, number>();
    for (const key of phraseKeys(query)) {
      if (key === '') continue;
      const features = featuresOf(key);
      let queryMass = 0;
      const shared = new Map<number, number>();
      for (const feature of features) {
        const weight = this.#weights.get(feature) ?? this.#unknownWeight;
        queryMass += weight;
        this.#index.forEach(feature, (keyIndex) => void shared.set(keyIndex, (shared.get(keyIndex) ?? 0) + weight));
      }
      for (const [keyIndex, mass] of shared) {
        const phrase = this.#keys[keyIndex] as IndexedKey;
        let score = (2 * mass) / (queryMass + phrase.mass);
        // The whole phrase inside a longer query ("先月から家賃が払えなくて…") is said, if not all that is said;
        // two kana (にと of ニート) are inside too many words (庭にトマト) to say anything.
        if (phrase.key.length >= (KANA_ONLY.test(phrase.key) ? 3 : 2) && key.length > phrase.key.length && key.includes(phrase.key)) {
          score = Math.max(score, 0.5 + (0.5 * phrase.key.length) / key.length);
        }
        if (score > (best.get(keyIndex) ?? 0)) best.set(keyIndex, score);
      }
    }
    const byTarget = new Map<T, PhraseHit<T>>();
    for (const [keyIndex, score] of best) {
      const entry = this.#entries[(this.#keys[keyIndex] as IndexedKey).entry] as { text: string; target: T; weight: number };
      const weighted = score * entry.weight;
      if (weighted > (byTarget.get(entry.target)?.score ?? 0)) byTarget.set(entry.target, { target: entry.target, score: weighted, phrase: entry.text });
    }
    return [...byTarget.values()].sort((a, b) => b.score - a.score);
  }
}
