/**
 * Generalisation of the trouble search (issue 23), shared by the Vitest test and the quality
 * bench: leave-one-out over the curated phrases (each phrase taken out of the flow, and out of
 * the lexicon when the lexicon holds it whole, then typed), and the dev set.
 */
import { TroubleMatcher } from '../../src/engine/troubles.js';
import type { Flow, FlowNode, Phrases } from '../../src/engine/flow.js';
import { phraseList } from '../../src/engine/situations.js';
import { HOKKAIDO_PHRASES } from '../../src/flows/hokkaido-phrases.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { foldText } from '../../src/search/normalize.js';
import { lexiconWords, understandQuery } from '../../src/search/understand.js';

/** The bundled flow with the curated phrases on its goals, one phrase left out. */
function flowWithout(goal: string, left: string): Flow {
  const phrases: Readonly<Record<string, Phrases>> = HOKKAIDO_PHRASES;
  const nodes = Object.fromEntries(
    Object.entries(HOKKAIDO_FLOW.nodes).map(([id, node]): [string, FlowNode] => {
      const own = phrases[id];
      if (node.kind !== 'goal' || own === undefined) return [id, node];
      return [id, { ...node, phrases: phraseList(own).filter((phrase) => !(id === goal && phrase === left)) }];
    }),
  );
  return { ...HOKKAIDO_FLOW, nodes };
}

export interface LeaveOneOut {
  readonly phrases: number;
  readonly hitAt3: number;
  readonly misses: readonly string[];
}

/**
 * Each curated phrase, taken out of the phrase lists (and, when a lexicon word is the whole
 * phrase, out of the lexicon too), typed as a query: is its goal among the first three
 * situations offered?
 */
export function leaveOneOut(): LeaveOneOut {
  const phrases: Readonly<Record<string, Phrases>> = HOKKAIDO_PHRASES;
  let total = 0;
  let hitAt3 = 0;
  const misses: string[] = [];
  for (const [goal, list] of Object.entries(phrases)) {
    for (const phrase of phraseList(list)) {
      total += 1;
      const matcher = TroubleMatcher.build(flowWithout(goal, phrase));
      const folded = foldText(phrase);
      const whole = new Set([...lexiconWords(folded)].filter((word) => word === folded));
      const top = matcher.match(phrase, 'ja', { limit: 3 }, understandQuery(phrase, { without: whole }));
      if (top.some((match) => match.situation.goals.includes(goal))) hitAt3 += 1;
      else misses.push(`「${phrase}」→ ${top.map((match) => match.node).join(' / ') || '(なし)'}（期待: ${goal}）`);
    }
  }
  return { phrases: total, hitAt3, misses };
}
