import { localize, type Lang } from '../i18n/lang.js';
import { withHokkaidoPhrases } from '../flows/hokkaido-phrases.js';
import type { SliceOptions } from '../data/yield.js';
import { PhraseMatcher, type PhraseEntry } from '../search/phrase-match.js';
import { foldText } from '../search/normalize.js';
import { goalWords, lexiconGoals, lexiconWords, understandQuery, type Understanding } from '../search/understand.js';
import type { CrisisGoal } from '../search/crisis-situation.js';
import type { Flow, GoalNode } from './flow.js';
import { flowSituations, type Situation } from './situations.js';

/** A situation of the flow that a typed trouble describes. */
export interface SituationMatch {
  readonly situation: Situation;
  /** The node the shortcut opens (`goTo(node)`). */
  readonly node: string;
  /** What the shortcut says, in the widget's language: the label of the choice that opens the node. */
  readonly label: string;
  /** Choice labels from the start to the node, in the widget's language. */
  readonly path: readonly string[];
  /** 0 to 1. */
  readonly score: number;
}

/** Choice labels are short category words, not the author's phrases: they count a little less. */
const LABEL_WEIGHT = 0.85;
/** A situation that asks one more question answers a little less than one that shows services. */
const QUESTION_WEIGHT = 0.9;

/** A word found in a goal's own words (phrases, labels, query terms) links the goal to it, shared among the goals that have it. */
const OWN_WORD_WEIGHT = 0.5;
/** A concept of the lexicon counts for a goal of another flow by the lexicon words the goal's own words share with it, this many making it sure. */
const SHARED_WORDS_FOR_SURE = 3;
/** Phrases are compared with the start of a query this long: a phrase is a sentence; the words of a longer text still count as concepts. */
const PHRASE_QUERY_LENGTH = 200;
/** Beside the better of phrase and concept, the other adds this share of itself: both agreeing is surer than either. */
const AGREEMENT_SHARE = 0.15;
/** Below this, the other is chance (a phrase sharing one ending with the query: に行きたい), not agreement. */
const AGREEMENT_FLOOR = 0.25;

/**
 * How each goal of a flow is linked to what people type: the lexicon's concepts (the bundled
 * flow's goals are the concepts; another flow's goals are linked to the concepts their own words
 * share), and the lexicon words in the goal's own words (phrases, choice labels, query terms).
 */
interface ConceptLinks {
  /** situation → concept → share (0 to 1) */
  readonly concepts: ReadonlyMap<Situation, ReadonlyMap<string, number>>;
  /** word → situations whose own words hold it, with its weight for each */
  readonly words: ReadonlyMap<string, readonly (readonly [Situation, number])[]>;
}

function ownWords(flow: Flow, situation: Situation): Set<string> {
  const node = flow.nodes[situation.node] as GoalNode;
  const texts = [...situation.phrases, ...situation.labels, ...(node.query.terms ?? []), ...(node.query.keywords ?? [])];
  const words = new Set<string>();
  for (const text of texts) for (const word of lexiconWords(foldText(text))) words.add(word);
  return words;
}

function conceptLinks(flow: Flow, situations: readonly Situation[]): ConceptLinks {
  const known = new Set(lexiconGoals());
  const goals = situations.filter((situation) => situation.kind === 'goal');
  const own = new Map(goals.map((situation) => [situation, ownWords(flow, situation)]));
  const concepts = new Map<Situation, Map<string, number>>();
  for (const situation of goals) {
    const shares = new Map<string, number>();
    if (known.has(situation.node)) shares.set(situation.node, 1);
    else {
      const words = own.get(situation) as Set<string>;
      for (const concept of known) {
        let shared = 0;
        for (const [word, weight] of goalWords(concept)) if (words.has(word)) shared += weight;
        if (shared > 0) shares.set(concept, Math.min(1, shared / SHARED_WORDS_FOR_SURE));
      }
    }
    concepts.set(situation, shares);
  }
  const holders = new Map<string, Situation[]>();
  for (const [situation, words] of own) for (const word of words) holders.set(word, [...(holders.get(word) ?? []), situation]);
  const words = new Map([...holders].map(([word, list]) => [word, list.map((situation) => [situation, OWN_WORD_WEIGHT / list.length] as const)]));
  return { concepts, words };
}

/** How surely each goal situation is spoken of by what the query's words mean (0 to 1). */
function conceptScores(links: ConceptLinks, understanding: Understanding): Map<Situation, number> {
  const raw = new Map<Situation, number>();
  for (const [situation, shares] of links.concepts) {
    let sum = 0;
    for (const [concept, share] of shares) sum += (understanding.concepts.get(concept) ?? 0) * share;
    if (sum > 0) raw.set(situation, sum);
  }
  for (const word of understanding.lexiconWords) for (const [situation, weight] of links.words.get(word) ?? []) raw.set(situation, (raw.get(situation) ?? 0) + weight);
  // One sure word (weight 1) is 0.63, above the shortcut threshold; a vague one (0.5) alone is not.
  return new Map([...raw].map(([situation, sum]) => [situation, 1 - Math.exp(-sum)]));
}

/** The phrases and labels leading to each situation of `flow`, weighted. */
function phraseEntries(situations: readonly Situation[]): PhraseEntry<Situation>[] {
  return situations.flatMap((situation) => {
    const kindWeight = situation.kind === 'question' ? QUESTION_WEIGHT : 1;
    return [
      ...situation.phrases.map((text) => ({ text, target: situation, weight: kindWeight })),
      ...situation.labels.map((text) => ({ text, target: situation, weight: kindWeight * LABEL_WEIGHT })),
    ];
  });
}

/**
 * Which situations of a flow a typed trouble describes, from the phrases and labels that lead
 * to each (see `Situation` for what leads where); the bundled flow's nodes get their curated
 * phrases here, in the lazily loaded chunk. Build once per flow; each `match` is a few
 * hundred map look-ups.
 */
export class TroubleMatcher {
  readonly #flow: Flow;
  readonly #matcher: PhraseMatcher<Situation>;
  readonly #links: ConceptLinks;
  #crisisGoals: readonly CrisisGoal[] | undefined;

  private constructor(flow: Flow, matcher: PhraseMatcher<Situation>, links: ConceptLinks) {
    this.#flow = flow;
    this.#matcher = matcher;
    this.#links = links;
  }

  static build(flow: Flow): TroubleMatcher {
    const phrased = withHokkaidoPhrases(flow);
    const situations = flowSituations(phrased);
    return new TroubleMatcher(flow, new PhraseMatcher(phraseEntries(situations)), conceptLinks(phrased, situations));
  }

  /** The same, built a slice at a time so the page stays responsive (see `PhraseMatcher.buildInSlices`); undefined when `signal` aborts. */
  static async buildInSlices(flow: Flow, yieldToEventLoop: () => Promise<void>, options: SliceOptions = {}): Promise<TroubleMatcher | undefined> {
    const phrased = withHokkaidoPhrases(flow);
    const situations = flowSituations(phrased);
    const matcher = await PhraseMatcher.buildInSlices(phraseEntries(situations), yieldToEventLoop, options);
    return matcher && new TroubleMatcher(flow, matcher, conceptLinks(phrased, situations));
  }

  /** The flow's goals that show crisis lines, with the concepts they are linked to (for crisis-situation.ts). */
  crisisGoals(): readonly CrisisGoal[] {
    this.#crisisGoals ??= [...this.#links.concepts].flatMap(([situation, concepts]) => {
      const contacts = (this.#flow.nodes[situation.node] as GoalNode | undefined)?.contacts ?? [];
      return contacts.length > 0 && concepts.size > 0 ? [{ node: situation.node, contacts, concepts }] : [];
    });
    return this.#crisisGoals;
  }

  get flow(): Flow {
    return this.#flow;
  }

  /** Situations `query` describes, best first, at least `minScore`. */
  match(query: string, lang: Lang, { limit = 5, minScore = 0 }: { readonly limit?: number; readonly minScore?: number } = {}, understanding: Understanding = understandQuery(query)): SituationMatch[] {
    const byPhrase = new Map(this.#matcher.match(query.slice(0, PHRASE_QUERY_LENGTH)).map((hit) => [hit.target, hit.score]));
    const byConcept = conceptScores(this.#links, understanding);
    const scored = [...new Set([...byPhrase.keys(), ...byConcept.keys()])].map((target) => {
      const phrase = byPhrase.get(target) ?? 0;
      const concept = byConcept.get(target) ?? 0;
      const other = Math.min(phrase, concept);
      return { target, score: Math.min(1, Math.max(phrase, concept) + (other >= AGREEMENT_FLOOR ? AGREEMENT_SHARE * other : 0)) };
    });
    return scored
      .sort((a, b) => b.score - a.score)
      .filter((hit) => hit.score >= minScore)
      .slice(0, limit)
      .map(({ target: situation, score }) => {
        const path = situation.path.map((label) => localize(label, lang));
        const node = this.#flow.nodes[situation.node];
        return { situation, node: situation.node, label: path.at(-1) ?? (node ? localize(node.text, lang) : situation.node), path, score };
      });
  }
}
