import type { Lang, LocalizedText } from '../i18n/lang.js';

/** The flow format version this code reads. */
export const FLOW_VERSION = 1;

/**
 * A goal's query over the records. `ids`, `keywords`, `troubles` and `terms` select records
 * (a record matches if it meets any of them); `classifications` and `serviceTypes` narrow the
 * selection, or select on their own when nothing else is given.
 */
export interface GoalQuery {
  /** 制度番号 */
  readonly ids?: readonly string[];
  /** Exact キーワード values. */
  readonly keywords?: readonly string[];
  /** お困りごと values. */
  readonly troubles?: readonly string[];
  /** Words looked for in 制度名, 通称, キーワード and 概要 (width and kana folded). */
  readonly terms?: readonly string[];
  /** 行政サービス分類 codes. */
  readonly classifications?: readonly string[];
  /** サービス種別 codes. */
  readonly serviceTypes?: readonly string[];
}

/**
 * What people type for a situation, in their own words ("やちんがはらえない", "クビになった"):
 * one list, or lists per language. Every language's phrases are matched whatever the widget's
 * language (people type in the language they think in); the language picks the labels shown.
 */
export type Phrases = readonly string[] | { readonly [lang in Lang]?: readonly string[] };

export interface Choice {
  readonly label: LocalizedText;
  /** Id of the node this choice leads to. */
  readonly next: string;
  /** Typed words that lead to `next`, as if this choice had been tapped (see engine/situations.ts). */
  readonly phrases?: Phrases;
}

interface NodeBase {
  readonly text: LocalizedText;
  /** Ids of crisis lines (see CRISIS_LINES) shown with this node, before anything else. */
  readonly contacts?: readonly string[];
  /**
   * A path a person may need to hide (suicide, self-harm, violence, abuse, sexual violence): the
   * widget offers a quick exit and sends no public event naming the node. Required when
   * `contacts` holds a line of SENSITIVE_LINES.
   */
  readonly sensitive?: boolean;
}

export interface QuestionNode extends NodeBase {
  readonly kind: 'question';
  readonly choices: readonly Choice[];
}

/** A message is shown, then the flow continues to `next` by itself. */
export interface MessageNode extends NodeBase {
  readonly kind: 'message';
  readonly next: string;
}

export interface GoalNode extends NodeBase {
  readonly kind: 'goal';
  readonly query: GoalQuery;
  /** Typed words that lead straight to this goal. */
  readonly phrases?: Phrases;
}

export type FlowNode = QuestionNode | MessageNode | GoalNode;

export interface Flow {
  readonly version: typeof FLOW_VERSION;
  readonly id: string;
  /** Id of the first question: its choices are the top-level categories. */
  readonly start: string;
  readonly nodes: Readonly<Record<string, FlowNode>>;
}
