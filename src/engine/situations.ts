import type { LocalizedText } from '../i18n/lang.js';
import type { Flow, FlowNode, Phrases } from './flow.js';

/**
 * A situation the flow knows, that a typed trouble can open directly: a node reached by a
 * choice, or a goal.
 *
 * What leads where:
 * - a phrase on a choice leads to that choice's `next` node: the shortcut opens it exactly as
 *   tapping the choice would (a question still asks its question; a message shows and moves on);
 * - a phrase on a goal leads to the goal;
 * - a choice's label is matched like a phrase (every language), but only the author's phrases
 *   count as "leading to" a goal for `goalsWithoutPhrases`: labels are short category words
 *   ("介護") that rarely match how people type.
 * A goal is led to by a phrase when it has phrases of its own, or a choice with phrases has it
 * as `next`, directly or through message nodes. A phrase on a choice that opens a question does
 * not lead to the goals below that question: the person still has a question to answer.
 */
export interface Situation {
  /** The node a shortcut opens. */
  readonly node: string;
  readonly kind: FlowNode['kind'];
  /** Choice labels on the first way from the start to `node`, e.g. [お金のこと, 家賃が払えない]. */
  readonly path: readonly LocalizedText[];
  /** Goals whose services the situation offers: `node` when it is a goal, else every goal reachable from it, in the order a person meets them. */
  readonly goals: readonly string[];
  /** The author's phrases leading here, every language. */
  readonly phrases: readonly string[];
  /** Labels of the choices leading here, every language. */
  readonly labels: readonly string[];
}

/** Every phrase of a `phrases` value, whatever its language. */
export function phraseList(phrases: Phrases | undefined): string[] {
  if (phrases === undefined) return [];
  if (Array.isArray(phrases)) return [...(phrases as readonly string[])];
  return Object.values(phrases as Record<string, readonly string[]>).flat();
}

function texts(text: LocalizedText): string[] {
  return typeof text === 'string' ? [text] : Object.values(text).filter((value): value is string => typeof value === 'string');
}

/**
 * The first way from the start to each reachable node (choice labels), in the order a person
 * meets them: depth first, choices in order, messages passed through.
 */
export function firstPaths(flow: Flow): Map<string, readonly LocalizedText[]> {
  const paths = new Map<string, readonly LocalizedText[]>();
  const visit = (id: string, labels: readonly LocalizedText[]): void => {
    const node = flow.nodes[id];
    if (node === undefined || paths.has(id)) return;
    paths.set(id, labels);
    if (node.kind === 'message') visit(node.next, labels);
    else if (node.kind === 'question') for (const choice of node.choices) visit(choice.next, [...labels, choice.label]);
  };
  visit(flow.start, []);
  return paths;
}

/** The node a person ends on after `id`, passing through messages (which move on by themselves). */
function settle(flow: Flow, id: string): string {
  const seen = new Set<string>();
  let current = id;
  for (let node = flow.nodes[current]; node?.kind === 'message' && !seen.has(current); node = flow.nodes[current]) {
    seen.add(current);
    current = node.next;
  }
  return current;
}

/** Every situation of the flow (reachable choice targets and goals), in the order a person meets them. */
export function flowSituations(flow: Flow): Situation[] {
  const paths = firstPaths(flow);
  const phrases = new Map<string, string[]>();
  const labels = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, id: string, values: readonly string[]): void => {
    map.set(id, [...(map.get(id) ?? []), ...values]);
  };
  for (const id of paths.keys()) {
    const node = flow.nodes[id] as FlowNode;
    if (node.kind === 'goal') add(phrases, id, phraseList(node.phrases));
    if (node.kind !== 'question') continue;
    for (const choice of node.choices) {
      add(phrases, choice.next, phraseList(choice.phrases));
      add(labels, choice.next, texts(choice.label));
    }
  }
  const goalsFrom = (id: string): string[] => [...firstPaths({ ...flow, start: id }).keys()].filter((goal) => flow.nodes[goal]?.kind === 'goal');
  return [...paths.entries()]
    .filter(([id]) => labels.has(id) || flow.nodes[id]?.kind === 'goal')
    .map(([id, path]) => ({
      node: id,
      kind: (flow.nodes[id] as FlowNode).kind,
      path,
      goals: goalsFrom(id),
      phrases: [...new Set(phrases.get(id))],
      labels: [...new Set(labels.get(id))],
    }));
}

/** Reachable goals that no author's phrase leads to (see `Situation`), in the order a person meets them. */
export function goalsWithoutPhrases(flow: Flow): string[] {
  const led = new Set<string>();
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (node.kind === 'goal' && phraseList(node.phrases).length > 0) led.add(id);
    if (node.kind !== 'question') continue;
    for (const choice of node.choices) if (phraseList(choice.phrases).length > 0) led.add(settle(flow, choice.next));
  }
  return [...firstPaths(flow).keys()].filter((id) => flow.nodes[id]?.kind === 'goal' && !led.has(id));
}
