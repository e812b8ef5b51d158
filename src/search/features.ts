/**
 * The one character-pair engine under every search of this folder: what a folded text is
 * compared by (its character pairs, and each kanji on its own, since a kanji carries a word's
 * meaning: 家貸 mistyped for 家賃 still shares 家), and an inverted index of those features.
 * Names and near misses (search-index.ts), the data's own words (BM25, search-index.ts) and the
 * flow's phrases (phrase-match.ts) each score what this index finds in their own way.
 */

/** Separates fields inside one indexed text: no feature spans it. */
export const FIELD_SEPARATOR = '\u0000';

const KANJI = /\p{Script=Han}/u;

/**
 * A folded text's features with how often each occurs: its character pairs (none across
 * FIELD_SEPARATOR) and, with `kanji`, each kanji on its own; a text of one character is its own feature.
 */
export function textFeatures(folded: string, kanji: boolean): Map<string, number> {
  const features = new Map<string, number>();
  const chars = [...folded];
  const add = (feature: string): void => void features.set(feature, (features.get(feature) ?? 0) + 1);
  if (chars.length === 1 && folded !== FIELD_SEPARATOR) add(folded);
  for (let at = 0; at < chars.length; at += 1) {
    const char = chars[at] as string;
    if (char === FIELD_SEPARATOR) continue;
    if (kanji && chars.length > 1 && KANJI.test(char)) add(char);
    const next = chars[at + 1];
    if (next !== undefined && next !== FIELD_SEPARATOR) add(`${char}${next}`);
  }
  return features;
}

/** For each feature, the entries holding it and how much: [entry, amount, entry, amount, …], entries in the order added. */
export class FeatureIndex {
  readonly #postings = new Map<string, number[]>();

  add(entry: number, features: ReadonlyMap<string, number>): void {
    for (const [feature, amount] of features) {
      const list = this.#postings.get(feature);
      if (list) list.push(entry, amount);
      else this.#postings.set(feature, [entry, amount]);
    }
  }

  /** How many entries hold `feature`. */
  holders(feature: string): number {
    return (this.#postings.get(feature)?.length ?? 0) / 2;
  }

  /** Calls `visit` for every entry holding `feature`, with its amount. */
  forEach(feature: string, visit: (entry: number, amount: number) => void): void {
    const list = this.#postings.get(feature);
    if (list === undefined) return;
    for (let at = 0; at < list.length; at += 2) visit(list[at] as number, list[at + 1] as number);
  }

  /** Every feature and how many entries hold it. */
  *counts(): Generator<readonly [string, number]> {
    for (const [feature, list] of this.#postings) yield [feature, list.length / 2];
  }
}
