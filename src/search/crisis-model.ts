/**
 * Cries for help heard by a model instead of word lists. Word classes written by hand heard the
 * sentences they were written from and missed the next person's (81 % of a blind set): a cry
 * is said in too many ways for a list. This is a linear classifier, one per kind of cry, over
 * the character pairs and triples of the query's reading in kana (crisis-features.ts), so
 * 氏にたい, ｼﾆﾀｲ and しにたい share their evidence with 死にたい, and 腕を切らないと落ち着かない
 * is heard through きら/らない/おちつ without anyone listing it.
 *
 * It is trained at build time (scripts/train-crisis-model.mjs) on corpora written from
 * situations by three authors (scripts/crisis-model/corpus/, corpus2/ and corpus3/), never on a
 * held-out set, and ships only its weights (crisis-model.generated.ts). It is the last tier:
 * crisis.ts and crisis-meaning.ts speak first, and this adds the lines they missed.
 */
import { lastAnswer } from '../data/remembered.js';
import { CRY_MODEL } from './crisis-model.generated.js';
import { cryFeatures, cryWindows, foldForCry } from './crisis-features.js';
import { tradeKana } from './kana-trade.js';

/** The kinds of cry the model tells apart, in the order of the generated file's lines. */
export const CRY_KINDS = ['suicide', 'self-harm', 'overdose', 'violence', 'child-abuse', 'sexual-violence', 'distress'] as const;
export type CryKind = (typeof CRY_KINDS)[number];
/** A cry with an act or a wish (every kind but distress). */
export type ActKind = Exclude<CryKind, 'distress'>;

export interface KindModel {
  readonly bias: number;
  /** The score above which the kind is heard (a log-odds). */
  readonly threshold: number;
  readonly weights: ReadonlyMap<string, number>;
}

/** The characters the weights are written with: printable ASCII but the quotes and the backslash, which a string literal would escape. */
export const WEIGHT_DIGITS = "#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";

/**
 * The weights line as steps of the scale: with `largest` the largest step, a digit at place p of
 * WEIGHT_DIGITS below 2 × largest is one step count (p − largest, or p − largest + 1 from zero
 * up), and any other is a run of p − 2 × largest + 1 zeros.
 */
function stepsOf(line: string, largest: number): number[] {
  const steps: number[] = [];
  for (const digit of line) {
    const place = WEIGHT_DIGITS.indexOf(digit);
    if (place < 2 * largest) steps.push(place < largest ? place - largest : place - largest + 1);
    else for (let zeros = place - 2 * largest + 1; zeros > 0; zeros -= 1) steps.push(0);
  }
  return steps;
}

/**
 * The kinds of a generated model's text (see the generated file for the format). Features are
 * written as a tree, each character once: a pair's first character starts a group, and each of
 * the group's entries is the pair's second character followed by the third characters of the
 * triples that begin with the pair. The weights line holds, per feature in that order (the pair,
 * then its triples), a weight per kind.
 */
export function parseCryModel(text: string): ReadonlyMap<CryKind, KindModel> {
  const [head = '', tree = '', line = ''] = text.split('\n');
  const [scale = '1', kinds = '', biases = '', thresholds = '', largest = '0'] = head.split('\t');
  const named = kinds.split(',');
  const steps = stepsOf(line, Number(largest));
  const weights = named.map(() => new Map<string, number>());
  let node = 0;
  const read = (feature: string): void => {
    weights.forEach((byFeature, at) => {
      const step = steps[node * named.length + at] ?? 0;
      if (step !== 0) byFeature.set(feature, step / Number(scale));
    });
    node += 1;
  };
  for (const group of tree.split(' ')) {
    const [first = '', ...entries] = [...group].map(tradeKana);
    if (!first) continue;
    for (const entry of entries.join('').split(',')) {
      const [second = '', ...thirds] = entry;
      read(first + second);
      for (const third of thirds) read(first + second + third);
    }
  }
  const bias = biases.split(',');
  const threshold = thresholds.split(',');
  return new Map(
    named.flatMap((kind, at) =>
      (CRY_KINDS as readonly string[]).includes(kind) ? [[kind as CryKind, { bias: Number(bias[at]), threshold: Number(threshold[at]), weights: weights[at] as Map<string, number> }] as const] : [],
    ),
  );
}

let model: ReadonlyMap<CryKind, KindModel> | undefined;

/** The generated weights, parsed on first use (not on import). */
const cryModel = (): ReadonlyMap<CryKind, KindModel> => (model ??= parseCryModel(CRY_MODEL));

/** Each kind's score (log-odds) for one set of features. */
function scores(features: ReadonlySet<string>): Map<CryKind, number> {
  const out = new Map<CryKind, number>();
  for (const [kind, { bias, weights }] of cryModel()) {
    let score = bias;
    for (const feature of features) score += weights.get(feature) ?? 0;
    out.set(kind, score);
  }
  return out;
}

export interface CryHeard {
  /** The act heard, most certain first (empty when none is). */
  readonly acts: readonly ActKind[];
  /** Distress without an act. */
  readonly distress: boolean;
}

const NOTHING: CryHeard = { acts: [], distress: false };
/** No cry needs more than this to be heard; the rest of a pasted page is not read. */
const MAX_CHARS = 2000;
/**
 * Shorter than this, a query is a name or a keyword (DV, OD), which the word lists judge: the
 * model hears descriptions, and a person naming a desk is looking for it.
 */
const MIN_CHARS = 4;
/** Under this many characters a query is more often a keyword than a description: the model must be surer. */
const SHORT_CHARS = 8;
const SHORT_MARGIN = 0.5;

/** What the model hears in `query`, in any window of it. Pure; the last query's answer is remembered. */
export const hearCry: (query: string) => CryHeard = lastAnswer((query: string): CryHeard => {
  const folded = foldForCry(query.slice(0, MAX_CHARS));
  const length = [...folded].length;
  if (length < MIN_CHARS) return NOTHING;
  const margins = new Map<CryKind, number>();
  const short = length < SHORT_CHARS;
  for (const window of cryWindows(folded)) {
    for (const [kind, score] of scores(cryFeatures(window))) {
      const margin = score - (cryModel().get(kind)?.threshold ?? 0) - (short ? SHORT_MARGIN : 0);
      if (margin > (margins.get(kind) ?? 0)) margins.set(kind, margin);
    }
  }
  const acts = [...margins]
    .filter((entry): entry is [ActKind, number] => entry[0] !== 'distress')
    .sort((a, b) => b[1] - a[1])
    .map(([kind]) => kind);
  return { acts, distress: margins.has('distress') };
});
