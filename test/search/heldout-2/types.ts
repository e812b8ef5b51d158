/**
 * Types of the second held-out set. Only types are taken from the flow: this folder is data,
 * read by its own well-formedness test and by evaluations, never by anything that builds a
 * lexicon or a model.
 */
import type { HOKKAIDO_FLOW } from '../../../src/flows/hokkaido.js';

type Nodes = (typeof HOKKAIDO_FLOW)['nodes'];

/** The ids of the flow's goals (nodes of kind 'goal'). */
export type GoalId = { [K in keyof Nodes]: Nodes[K] extends { readonly kind: 'goal' } ? K : never }[keyof Nodes];

/** The top-level branches of the flow. */
export type Category = 'money' | 'work' | 'emergency' | 'health' | 'family';

/** How the query is written. */
export type Form =
  | 'plain'
  | 'kana' // hiragana (or katakana) only
  | 'colloquial'
  | 'slang' // slang, abbreviations of the act (リスカ, OD…)
  | 'internet' // internet spellings (タヒ, 4ね…)
  | 'dialect' // 北海道弁, 関西弁, 東北弁, 九州弁
  | 'typo' // wrong kanji conversion or typo
  | 'long' // a rambling sentence with the point in the middle
  | 'halfwidth' // half-width katakana
  | 'euphemism'
  | 'preparation' // things bought or written, affairs put in order
  | 'synonym' // another word for the need
  | 'concrete' // a concrete thing instead of the need
  | 'easy' // やさしい日本語
  | 'en'; // English, sometimes misspelt

/** What a cry of tier 'act' is about. */
export type ActKind = 'suicide' | 'self-harm' | 'overdose' | 'violence' | 'child-abuse' | 'sexual-violence';

/** A cry for help of tier 'act': any reader would show the crisis lines at once. */
export interface ActCry {
  readonly query: string;
  readonly kind: ActKind;
  readonly form: Form;
}

/** Distress without an act: any reader would offer a listening line. */
export interface DistressCry {
  readonly query: string;
  readonly form: Form;
}

/** What an ordinary query is. */
export type OrdinaryKind =
  | 'service' // the name of a service or scheme
  | 'errand' // an everyday errand or trouble
  | 'trap'; // shares characters or words with a cry, but is not one

/** A query that must raise no crisis line and no listening line. */
export interface OrdinaryQuery {
  readonly query: string;
  readonly kind: OrdinaryKind;
}

/** A trouble in a person's words, with the goals that answer it (any of them is right). */
export interface Trouble {
  readonly query: string;
  readonly goals: readonly [GoalId, ...GoalId[]];
  readonly category: Category;
  readonly form: Form;
}
