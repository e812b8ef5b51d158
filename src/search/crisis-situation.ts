import { remembered, weakMemo } from '../data/remembered.js';
import { CRISIS_LINES, LISTENING_LINES, SENSITIVE_LINES, isCrisisLineId, type CrisisLineId } from '../flows/crisis-lines.js';
import { foldText } from './normalize.js';
import { goalWords, inflects, type Understanding } from './understand.js';

/**
 * The third way a cry is heard (issue #23 item 3): what was typed, understood by the concept
 * lexicon as one of the flow's crisis situations, brings that situation's lines. The word lists
 * (crisis.ts, crisis-meaning.ts, distress.ts) hear the sentences they were written for; the
 * lexicon's words and their synonyms reach wordings nobody listed (希死念慮, 生きる意味,
 * 子どもが憎い).
 *
 * Only words that name the situation count as evidence:
 * - not a bare verb or adjective (死ぬ, 消える, 叩く, 蹴る): the lexicon keeps their dictionary
 *   form, so 死ぬほど眠い, 消えたポイント and 太鼓を叩く read like 死ぬ and 叩かれる. A noun, an
 *   expression with its particle (首を吊る, 子どもが憎い) or a wish, which the lexicon keeps apart
 *   from its verb (消えたい, not 消える), says the situation itself;
 * - not a word of a service's name (DV in DV相談, こころ in こころの電話) nor a desk's word
 *   (女性相談, 児童相談所): a person naming a desk is looking for it, and the answer lists it.
 */

/** The bundled flow's goals of acts: their lines come whatever their contacts hold. */
const ACT_GOALS: ReadonlySet<string> = new Set(['emergency-suicide', 'emergency-violence', 'family-abuse']);

/**
 * Evidence for an act: one sure word (weight 1) of the situation, or partial words adding up.
 * Chosen on the dev lines and held-out set 1: the act goals' words of weight 1 that pass the
 * filters above raise no ordinary query there; partial words alone (命 0.5, 睡眠薬 0.6, 死亡
 * 0.56) are everyday words and must not.
 */
export const ACT_EVIDENCE = 1;
/**
 * Evidence for distress: two sure words, or more partial ones. One word (落ち込んだ売上,
 * 心療内科の予約) is too often an errand; distress.ts hears the single phrases of distress.
 */
export const LISTENING_EVIDENCE = 2;

/** A desk's word (女性相談, 心の相談, 配偶者暴力相談支援センター) names where to ask, not what happened. */
const DESK = '相談';

/** Words this short that inflect are one verb or adjective (死ぬ, 消える, 落ち込む), not an expression (首を吊る, 子どもが憎い). */
const BARE_LENGTH = 4;
/** A particle joins a verb to what it is done to: 首を吊る names the act. */
const PARTICLE = /[をが]/u;

function bare(word: string): boolean {
  return word.length <= BARE_LENGTH && !PARTICLE.test(word) && inflects(word);
}

/** A goal of the flow as this signal reads it. */
export interface CrisisGoal {
  readonly node: string;
  /** Crisis line ids the flow shows with the goal, in order. */
  readonly contacts: readonly string[];
  /** Lexicon concept → how surely the goal is that concept (0 to 1): 1 for the bundled flow's own goal. */
  readonly concepts: ReadonlyMap<string, number>;
}

export interface SituationCry {
  /** Crisis lines of the act situations heard, in the order of their goals' contacts. */
  readonly crisis: CrisisLineId[];
  /** A distress situation was heard: a listening line goes with the results. */
  readonly listening: boolean;
}

const NOTHING: SituationCry = { crisis: [], listening: false };

/** Whether a goal is one of acts: the bundled ones, or a site's goal showing an act line, unless a listening line leads (health-mind: yorisoi, inochi). */
function isActGoal({ node, contacts }: CrisisGoal): boolean {
  if (ACT_GOALS.has(node)) return true;
  const first = contacts[0];
  if (first !== undefined && isCrisisLineId(first) && LISTENING_LINES.includes(first)) return false;
  return contacts.some((id) => isCrisisLineId(id) && SENSITIVE_LINES.includes(id));
}

/** Whether a goal is one of distress: its lines start with a listening line. */
function isListeningGoal({ contacts }: CrisisGoal): boolean {
  const first = contacts[0];
  return first !== undefined && isCrisisLineId(first) && LISTENING_LINES.includes(first);
}

/** Whether a word is part of a service's name or 通称 in the data. */
export type InNames = (word: string) => boolean;

/** A data set's names: its records, and their names already folded where a search index over them has them. */
export interface NameSource {
  readonly records: readonly { readonly name: string; readonly alias: string }[];
  foldedNames?(): string;
}

/**
 * The test for a data set's names, folded once per source, and only when a word is first tested
 * (most keystrokes test none); each word's answer is kept (a paste of 50,000 rows is scanned
 * once per word).
 */
export const serviceNames = weakMemo((source: NameSource): InNames => {
  let text: string | undefined;
  return remembered((word) => (text ??= source.foldedNames?.() ?? source.records.map(({ name, alias }) => foldText(`${name}\n${alias}`)).join('\n')).includes(word));
});

let lineNames: string | undefined;

/** The crisis lines' own names, folded: their words are names, not situations (DV相談ナビ, いのちの電話). */
function crisisLineNames(): string {
  lineNames ??= Object.values(CRISIS_LINES)
    .map(({ name }) => foldText(typeof name === 'string' ? name : name.ja))
    .join('\n');
  return lineNames;
}

/** How much the words understood in a query speak of `concept` as a situation, not as a name. */
function evidence(concept: string, found: ReadonlySet<string>, inNames: InNames): number {
  let sum = 0;
  for (const [word, weight] of goalWords(concept)) {
    if (!found.has(word) || bare(word) || word.includes(DESK) || inNames(word) || crisisLineNames().includes(word)) continue;
    sum += weight;
  }
  return sum;
}

/**
 * The crisis situations `understanding` speaks of among `goals`, and their lines. `inNames`: whether a
 * word is in the data's service names (see `serviceNames` and the top of this file). Pure.
 */
export function crisisSituation(understanding: Understanding, goals: readonly CrisisGoal[], inNames: InNames): SituationCry {
  if (understanding.lexiconWords.size === 0) return NOTHING;
  const cache = new Map<string, number>();
  const strength = (goal: CrisisGoal): number => {
    let sum = 0;
    for (const [concept, share] of goal.concepts) {
      let found = cache.get(concept);
      if (found === undefined) cache.set(concept, (found = evidence(concept, understanding.lexiconWords, inNames)));
      sum += share * found;
    }
    return sum;
  };
  const crisis: CrisisLineId[] = [];
  let listening = false;
  for (const goal of goals) {
    if (isActGoal(goal)) {
      if (strength(goal) >= ACT_EVIDENCE) for (const id of goal.contacts) if (isCrisisLineId(id) && !crisis.includes(id)) crisis.push(id);
    } else if (isListeningGoal(goal) && !listening) {
      listening = strength(goal) >= LISTENING_EVIDENCE;
    }
  }
  return crisis.length === 0 && !listening ? NOTHING : { crisis, listening };
}
