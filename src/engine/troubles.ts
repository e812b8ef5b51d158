import { localize, type Lang } from '../i18n/lang.js';
import { withHokkaidoPhrases } from '../flows/hokkaido-phrases.js';
import type { SliceOptions } from '../data/yield.js';
import { PhraseMatcher, type PhraseEntry } from '../search/phrase-match.js';
import type { Flow } from './flow.js';
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

/** The phrases and labels leading to each situation of `flow`, weighted. */
function phraseEntries(flow: Flow): PhraseEntry<Situation>[] {
  return flowSituations(withHokkaidoPhrases(flow)).flatMap((situation) => {
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

  private constructor(flow: Flow, matcher: PhraseMatcher<Situation>) {
    this.#flow = flow;
    this.#matcher = matcher;
  }

  static build(flow: Flow): TroubleMatcher {
    return new TroubleMatcher(flow, new PhraseMatcher(phraseEntries(flow)));
  }

  /** The same, built a slice at a time so the page stays responsive (see `PhraseMatcher.buildInSlices`); undefined when `signal` aborts. */
  static async buildInSlices(flow: Flow, yieldToEventLoop: () => Promise<void>, options: SliceOptions = {}): Promise<TroubleMatcher | undefined> {
    const matcher = await PhraseMatcher.buildInSlices(phraseEntries(flow), yieldToEventLoop, options);
    return matcher && new TroubleMatcher(flow, matcher);
  }

  get flow(): Flow {
    return this.#flow;
  }

  /** Situations `query` describes, best first, at least `minScore`. */
  match(query: string, lang: Lang, { limit = 5, minScore = 0 }: { readonly limit?: number; readonly minScore?: number } = {}): SituationMatch[] {
    return this.#matcher
      .match(query)
      .filter((hit) => hit.score >= minScore)
      .slice(0, limit)
      .map(({ target: situation, score }) => {
        const path = situation.path.map((label) => localize(label, lang));
        const node = this.#flow.nodes[situation.node];
        return { situation, node: situation.node, label: path.at(-1) ?? (node ? localize(node.text, lang) : situation.node), path, score };
      });
  }
}
