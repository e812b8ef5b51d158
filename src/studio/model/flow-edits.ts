import type { Choice, Flow, FlowNode, GoalNode, GoalQuery, MessageNode, Phrases, QuestionNode } from '../../engine/flow.js';
import { RESERVED_NODE_IDS } from '../../engine/validate.js';
import type { Lang, LocalizedText } from '../../i18n/lang.js';

/**
 * Edits of a flow as pure functions: each returns a new flow and leaves the old one as it was
 * (so undo is keeping the old value, and the store can tell what changed). Fields the editor
 * does not know are kept as they are, so a flow exported after edits still holds them.
 * Nothing here judges the result: the widget's own validator (engine/validate.ts) does.
 */

export type NodeKind = FlowNode['kind'];
export const NODE_KINDS: readonly NodeKind[] = ['question', 'message', 'goal'];
export type QueryField = keyof GoalQuery;

/**
 * A node table without a prototype: `table['__proto__'] = node` stores a node there, where on
 * a plain object it would set the prototype and the node would vanish.
 */
function nodeTable(): Record<string, FlowNode> {
  return Object.create(null) as Record<string, FlowNode>;
}

function withNode(flow: Flow, id: string, node: FlowNode): Flow {
  const nodes = Object.assign(nodeTable(), flow.nodes);
  nodes[id] = node;
  return { ...flow, nodes };
}

function nodeOf(flow: Flow, id: string): FlowNode | undefined {
  return Object.hasOwn(flow.nodes, id) ? flow.nodes[id] : undefined;
}

/** Changes one node, when it exists and `change` gives a new one. */
function editNode(flow: Flow, id: string, change: (node: FlowNode) => FlowNode | undefined): Flow {
  const node = nodeOf(flow, id);
  const changed = node === undefined ? undefined : change(node);
  return changed === undefined ? flow : withNode(flow, id, changed);
}

function editQuestion(flow: Flow, id: string, change: (node: QuestionNode) => QuestionNode): Flow {
  return editNode(flow, id, (node) => (node.kind === 'question' ? change(node) : undefined));
}

/**
 * One language of a text: a plain string stays a string while only Japanese is written; other
 * languages make it `{ja, 'ja-easy', en}`. Clearing a language other than ja removes it.
 */
export function withLanguage(text: LocalizedText | undefined, lang: Lang, value: string): LocalizedText {
  if (text === undefined || typeof text === 'string') {
    if (lang === 'ja') return value;
    return value === '' ? (text ?? '') : { ja: text ?? '', [lang]: value };
  }
  const languages = Object.entries({ ...text, [lang]: value }).filter(([key, written]) => key === 'ja' || written !== '');
  return Object.fromEntries(languages) as Exclude<LocalizedText, string>;
}

/** The text of one language, '' when it is not written. */
export function textIn(text: LocalizedText | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return lang === 'ja' ? text : '';
  return text[lang] ?? '';
}

export const setText = (flow: Flow, id: string, lang: Lang, value: string): Flow =>
  editNode(flow, id, (node) => ({ ...node, text: withLanguage(node.text, lang, value) }));

export const setSensitive = (flow: Flow, id: string, sensitive: boolean): Flow =>
  editNode(flow, id, (node) => {
    const { sensitive: _old, ...rest } = node;
    return (sensitive ? { ...rest, sensitive: true } : rest) as FlowNode;
  });

export const setContacts = (flow: Flow, id: string, contacts: readonly string[]): Flow =>
  editNode(flow, id, (node) => {
    const { contacts: _old, ...rest } = node;
    return (contacts.length > 0 ? { ...rest, contacts: [...contacts] } : rest) as FlowNode;
  });

function editChoice(flow: Flow, id: string, index: number, change: (choice: Choice) => Choice): Flow {
  return editQuestion(flow, id, (node) => ({ ...node, choices: node.choices.map((choice, at) => (at === index ? change(choice) : choice)) }));
}

export const setChoiceLabel = (flow: Flow, id: string, index: number, lang: Lang, value: string): Flow =>
  editChoice(flow, id, index, (choice) => ({ ...choice, label: withLanguage(choice.label, lang, value) }));

export const setChoiceNext = (flow: Flow, id: string, index: number, next: string): Flow => editChoice(flow, id, index, (choice) => ({ ...choice, next }));

export const removeChoice = (flow: Flow, id: string, index: number): Flow =>
  editQuestion(flow, id, (node) => ({ ...node, choices: node.choices.filter((_, at) => at !== index) }));

/** Moves a choice up (-1) or down (+1) among its question's choices. */
export function moveChoice(flow: Flow, id: string, index: number, delta: -1 | 1): Flow {
  return editQuestion(flow, id, (node) => {
    const target = index + delta;
    if (index < 0 || target < 0 || target >= node.choices.length) return node;
    const choices = [...node.choices];
    [choices[index], choices[target]] = [choices[target] as Choice, choices[index] as Choice];
    return { ...node, choices };
  });
}

export const setMessageNext = (flow: Flow, id: string, next: string): Flow =>
  editNode(flow, id, (node) => (node.kind === 'message' ? ({ ...node, next } satisfies MessageNode) : undefined));

/** One list of a goal's query; an empty list removes the field. */
export function setQueryList(flow: Flow, id: string, field: QueryField, values: readonly string[]): Flow {
  return editNode(flow, id, (node) => {
    if (node.kind !== 'goal') return undefined;
    const cleaned = [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
    const others = Object.entries(node.query).filter(([key]) => key !== field);
    const query = Object.fromEntries(cleaned.length > 0 ? [...others, [field, cleaned]] : others) as GoalQuery;
    return { ...node, query } satisfies GoalNode;
  });
}

export const setStart = (flow: Flow, id: string): Flow => (nodeOf(flow, id) === undefined ? flow : { ...flow, start: id });

/** Why `id` cannot name a node, or '' when it can: no spaces (ids are listed with spaces in `categories`), at most 64 characters, not an object's machinery. */
export function nodeIdProblem(id: string): string {
  if (!/^\S{1,64}$/.test(id)) return 'id は 1〜64 文字で、空白は使えません。';
  if (RESERVED_NODE_IDS.includes(id)) return `「${id}」は id に使えません（__proto__、constructor、prototype は使えない名前です）。`;
  return '';
}

export const isNodeId = (id: string): boolean => nodeIdProblem(id) === '';

/** An id not used yet, made from `base`: goal, goal-2, goal-3 … */
export function freeNodeId(flow: Flow, base: string): string {
  for (let copy = 1; ; copy += 1) {
    const id = copy === 1 ? base : `${base}-${copy}`;
    if (!Object.hasOwn(flow.nodes, id)) return id;
  }
}

const NEW_TEXT: Readonly<Record<NodeKind, string>> = {
  question: '新しい質問です。いちばん近いものを選んでください。',
  message: '新しいお知らせです。',
  goal: '新しいゴールです。ここに合う窓口を表示します。',
};

/** A new node of `kind`, with text to replace and what it needs to be complete left empty for the validator to point at. */
export function newNode(kind: NodeKind, next = ''): FlowNode {
  if (kind === 'question') return { kind, text: NEW_TEXT.question, choices: [] };
  if (kind === 'message') return { kind, text: NEW_TEXT.message, next };
  return { kind, text: NEW_TEXT.goal, query: {} };
}

/** Adds a node that nothing leads to yet; returns the flow and its id. */
export function addNode(flow: Flow, kind: NodeKind): [Flow, string] {
  const id = freeNodeId(flow, `new-${kind}`);
  return [withNode(flow, id, newNode(kind)), id];
}

/** Adds a choice to a question, leading to a new node of `kind`; returns the flow and the new node's id. */
export function addChoice(flow: Flow, questionId: string, kind: NodeKind, label = '新しい選択肢'): [Flow, string] {
  if (nodeOf(flow, questionId)?.kind !== 'question') return [flow, ''];
  const [added, id] = addNode(flow, kind);
  return [editQuestion(added, questionId, (node) => ({ ...node, choices: [...node.choices, { label, next: id }] })), id];
}

/** Deletes a node and every choice that led to it. The start cannot be deleted. */
export function deleteNode(flow: Flow, id: string): Flow {
  if (id === flow.start || nodeOf(flow, id) === undefined) return flow;
  const nodes = nodeTable();
  for (const [key, node] of Object.entries(flow.nodes)) {
    if (key === id) continue;
    nodes[key] = node.kind === 'question' && node.choices.some((choice) => choice.next === id) ? { ...node, choices: node.choices.filter((choice) => choice.next !== id) } : node;
  }
  return { ...flow, nodes };
}

/** Gives a node a new id and points everything that led to it (choices, messages, the start) at the new one. */
export function renameNode(flow: Flow, id: string, newId: string): Flow {
  if (id === newId || !isNodeId(newId) || nodeOf(flow, id) === undefined || Object.hasOwn(flow.nodes, newId)) return flow;
  const repoint = (target: string): string => (target === id ? newId : target);
  const nodes = nodeTable();
  for (const [key, node] of Object.entries(flow.nodes)) {
    const moved =
      node.kind === 'question'
        ? { ...node, choices: node.choices.map((choice) => (choice.next === id ? { ...choice, next: newId } : choice)) }
        : node.kind === 'message'
          ? { ...node, next: repoint(node.next) }
          : node;
    nodes[key === id ? newId : key] = moved;
  }
  return { ...flow, start: repoint(flow.start), nodes };
}

/**
 * Turns a node into another kind. Its text, contacts and `sensitive` stay; what the new kind
 * needs starts empty (a question without choices, a message without a next, an empty query).
 */
export function setKind(flow: Flow, id: string, kind: NodeKind): Flow {
  return editNode(flow, id, (node) => {
    if (node.kind === kind) return undefined;
    const { text, contacts, sensitive } = node;
    return { ...newNode(kind), text, ...(contacts ? { contacts } : {}), ...(sensitive ? { sensitive } : {}) } as FlowNode;
  });
}

/** The questions whose choices lead to `id`. */
export function parentsOf(flow: Flow, id: string): string[] {
  return Object.entries(flow.nodes)
    .filter(([, node]) => node.kind === 'question' && node.choices.some((choice) => choice.next === id))
    .map(([key]) => key);
}

/**
 * Moves a node under another question: the choices that led to it from elsewhere move to the
 * end of `parentId`'s choices (a new choice, named after the node, when none led to it).
 */
export function moveUnder(flow: Flow, id: string, parentId: string): Flow {
  if (nodeOf(flow, id) === undefined || nodeOf(flow, parentId)?.kind !== 'question' || id === flow.start) return flow;
  const moving: Choice[] = [];
  const nodes = nodeTable();
  for (const [key, node] of Object.entries(flow.nodes)) {
    if (key !== parentId && node.kind === 'question' && node.choices.some((choice) => choice.next === id)) {
      moving.push(...node.choices.filter((choice) => choice.next === id));
      nodes[key] = { ...node, choices: node.choices.filter((choice) => choice.next !== id) };
    } else {
      nodes[key] = node;
    }
  }
  const parent = nodes[parentId] as QuestionNode;
  const kept = parent.choices.some((choice) => choice.next === id);
  const added = moving.length > 0 ? moving : kept ? [] : [{ label: textIn((nodes[id] as FlowNode).text, 'ja').slice(0, 20) || id, next: id }];
  nodes[parentId] = { ...parent, choices: [...parent.choices, ...added] };
  return { ...flow, nodes };
}

/** The phrases of one language ('' list when none); a plain list counts as every language's, shown under ja. */
export function phrasesIn(phrases: Phrases | undefined, lang: Lang): readonly string[] {
  if (phrases === undefined) return [];
  if (Array.isArray(phrases)) return lang === 'ja' ? phrases : [];
  return (phrases as { readonly [key in Lang]?: readonly string[] })[lang] ?? [];
}

/**
 * One language's phrases: a plain list stays a plain list while only Japanese is written; other
 * languages make it lists by language. Emptied lists are removed, and so is `phrases` when none is left.
 */
export function withPhrases(phrases: Phrases | undefined, lang: Lang, words: readonly string[]): Phrases | undefined {
  const cleaned = [...new Set(words.map((word) => word.trim()).filter((word) => word !== ''))];
  const byLang: Partial<Record<Lang, readonly string[]>> =
    phrases === undefined ? {} : Array.isArray(phrases) ? { ja: phrases } : { ...(phrases as Partial<Record<Lang, readonly string[]>>) };
  const next = Object.fromEntries(Object.entries({ ...byLang, [lang]: cleaned }).filter(([, list]) => (list?.length ?? 0) > 0)) as Partial<Record<Lang, readonly string[]>>;
  const languages = Object.keys(next);
  if (languages.length === 0) return undefined;
  if (Array.isArray(phrases) && languages.length === 1 && languages[0] === 'ja') return next.ja;
  return next;
}

/** The phrases of a goal (choice undefined) or of one choice of a question. */
export function setPhrases(flow: Flow, id: string, choice: number | undefined, lang: Lang, words: readonly string[]): Flow {
  const apply = <T extends { readonly phrases?: Phrases }>(item: T): T => {
    const { phrases: _old, ...rest } = item;
    const phrases = withPhrases(item.phrases, lang, words);
    return (phrases === undefined ? rest : { ...rest, phrases }) as T;
  };
  if (choice === undefined) return editNode(flow, id, (node) => (node.kind === 'goal' ? apply(node) : undefined));
  return editChoice(flow, id, choice, apply);
}
