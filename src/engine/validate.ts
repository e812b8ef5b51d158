import { CLASSIFICATIONS, SERVICE_TYPES } from '../data/normalize.js';
import { isCrisisLineId, SENSITIVE_LINES } from '../flows/crisis-lines.js';
import { LANGS } from '../i18n/lang.js';
import { FLOW_VERSION, type Choice, type Flow, type FlowNode } from './flow.js';

export const FLOW_PROBLEM_CODES = {
  notAFlow: 'not-a-flow',
  version: 'unsupported-version',
  badNode: 'bad-node',
  unknownStart: 'unknown-start',
  unknownTarget: 'unknown-target',
  emptyChoices: 'empty-choices',
  emptyLabel: 'empty-label',
  emptyText: 'empty-text',
  unknownContact: 'unknown-contact',
  notSensitive: 'not-sensitive',
  reservedId: 'reserved-id',
  tooDeep: 'too-deep',
  emptyQuery: 'empty-query',
  badQuery: 'bad-query',
  badPhrases: 'bad-phrases',
  neverMatches: 'never-matches',
  cycle: 'cycle',
  unreachable: 'unreachable',
} as const;

export type FlowProblemCode = (typeof FLOW_PROBLEM_CODES)[keyof typeof FLOW_PROBLEM_CODES];

export interface FlowProblem {
  readonly code: FlowProblemCode;
  /** `error` makes the flow unusable; `warning` is reported but the flow still runs. */
  readonly severity: 'error' | 'warning';
  readonly node?: string;
  readonly message: string;
}

export interface FlowValidation {
  /** The flow, when it has no errors. */
  readonly flow: Flow | undefined;
  readonly problems: readonly FlowProblem[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return isObject(value) && typeof value['ja'] === 'string' && value['ja'].trim() !== '';
}

/**
 * Levels of nesting a flow may have: a flow's deepest field (a phrase in a choice of a node) is
 * 7 levels down. A file nested thousands of levels deep is not a flow, and would overflow the
 * stack of whatever walks it (saving a draft, cloning it).
 */
export const MAX_FLOW_DEPTH = 16;

/** Ids that name an object's own machinery: as a key of a plain object they would walk its prototype. */
export const RESERVED_NODE_IDS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** True when `value` nests deeper than `limit` levels; walks with its own stack, and stops at the limit. */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [current, depth] = item;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** Checks anything (parsed JSON, an object from a property) against the flow format; a usable flow is returned cut to the fields it has (see knownFlowFields). */
export function validateFlow(input: unknown): FlowValidation {
  const problems: FlowProblem[] = [];
  const error = (code: FlowProblemCode, message: string, node?: string): void => {
    problems.push({ code, severity: 'error', message, ...(node === undefined ? {} : { node }) });
  };

  if (deeperThan(input, MAX_FLOW_DEPTH)) {
    error(FLOW_PROBLEM_CODES.tooDeep, `a flow nests at most ${MAX_FLOW_DEPTH} levels deep; this one nests deeper`);
    return { flow: undefined, problems };
  }

  if (!isObject(input) || !isObject(input['nodes']) || typeof input['start'] !== 'string') {
    error(FLOW_PROBLEM_CODES.notAFlow, 'a flow is an object with "version", "start" and "nodes"');
    return { flow: undefined, problems };
  }
  if (input['version'] !== FLOW_VERSION) {
    error(FLOW_PROBLEM_CODES.version, `version must be ${FLOW_VERSION}, got ${JSON.stringify(input['version'])}`);
  }
  const nodes = input['nodes'];
  const start = input['start'];
  if (!Object.hasOwn(nodes, start)) error(FLOW_PROBLEM_CODES.unknownStart, `start node "${start}" does not exist`);

  const edges = new Map<string, string[]>();
  for (const [id, node] of Object.entries(nodes)) {
    if (RESERVED_NODE_IDS.includes(id)) error(FLOW_PROBLEM_CODES.reservedId, `node id "${id}" is reserved; use another`, id);
    edges.set(id, checkNode(id, node, nodes, error));
  }

  for (const id of findCycleNodes(edges)) {
    error(FLOW_PROBLEM_CODES.cycle, `node "${id}" leads back to itself`, id);
  }
  const reachable = reachableFrom(start, edges);
  for (const id of edges.keys()) {
    if (!reachable.has(id)) {
      problems.push({ code: FLOW_PROBLEM_CODES.unreachable, severity: 'warning', node: id, message: `node "${id}" cannot be reached from "${start}"` });
    }
  }

  const usable = problems.every((problem) => problem.severity !== 'error');
  return { flow: usable ? knownFlowFields(input) : undefined, problems };
}

/** `$schema` lets an editor check the file as it is written. */
const FLOW_FIELDS = ['$schema', 'version', 'id', 'start'] as const;
const NODE_FIELDS = ['kind', 'text', 'contacts', 'sensitive', 'next', 'query', 'phrases'] as const;
const CHOICE_FIELDS = ['label', 'next', 'phrases'] as const;

/** The fields of `object` named in `fields`, nothing else, in the object's own order (an exported file reads as it was written). */
function picked(object: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(object)) if (fields.includes(field)) copy[field] = field === 'text' || field === 'label' ? knownLanguages(value) : value;
  return copy;
}

/** A text as a string, or only its languages. */
function knownLanguages(text: unknown): unknown {
  return isObject(text) ? Object.fromEntries(Object.entries(text).filter(([lang]) => (LANGS as readonly string[]).includes(lang))) : text;
}

/**
 * A flow of the right shape with only the fields the widget reads (version, id, start; each
 * node's kind, text, contacts, sensitive, next, query, phrases, choices; each choice's label,
 * next, phrases): anything else a file carries, however deep, is left behind. Nodes are kept in
 * a table without a prototype, so no id can reach an object's machinery.
 */
export function knownFlowFields(input: Record<string, unknown>): Flow {
  const nodes = Object.create(null) as Record<string, FlowNode>;
  const source = isObject(input['nodes']) ? input['nodes'] : {};
  for (const [id, node] of Object.entries(source)) {
    if (!isObject(node)) continue;
    const copy = picked(node, NODE_FIELDS);
    if (Array.isArray(node['choices'])) copy['choices'] = node['choices'].map((choice: unknown) => (isObject(choice) ? (picked(choice, CHOICE_FIELDS) as unknown as Choice) : choice));
    nodes[id] = copy as unknown as FlowNode;
  }
  return { ...picked(input, FLOW_FIELDS), nodes } as unknown as Flow;
}

/** Checks one node and returns the ids it points to. */
function checkNode(
  id: string,
  node: unknown,
  nodes: Record<string, unknown>,
  error: (code: FlowProblemCode, message: string, node?: string) => void,
): string[] {
  if (!isObject(node) || !['question', 'message', 'goal'].includes(String(node['kind']))) {
    error(FLOW_PROBLEM_CODES.badNode, `node "${id}" needs kind "question", "message" or "goal"`, id);
    return [];
  }
  const typed = node as unknown as FlowNode;
  if (!hasText(typed.text)) error(FLOW_PROBLEM_CODES.emptyText, `node "${id}" has no text`, id);
  const contacts: unknown = node['contacts'];
  if (contacts !== undefined) {
    const list = Array.isArray(contacts) ? contacts : [contacts];
    for (const contact of list) {
      if (typeof contact !== 'string' || !isCrisisLineId(contact)) {
        error(FLOW_PROBLEM_CODES.unknownContact, `node "${id}" names unknown contact ${JSON.stringify(contact)}; only the bundled crisis lines may be used`, id);
      }
    }
    const sensitiveLines = list.filter((contact): contact is string => typeof contact === 'string' && (SENSITIVE_LINES as readonly string[]).includes(contact));
    if (sensitiveLines.length > 0 && node['sensitive'] !== true) {
      error(FLOW_PROBLEM_CODES.notSensitive, `node "${id}" offers ${sensitiveLines.join(', ')} and must be "sensitive": true, so which such node a person reached never leaves the page`, id);
    }
  }
  const target = (next: unknown): string[] => {
    if (typeof next === 'string' && Object.hasOwn(nodes, next)) return [next];
    error(FLOW_PROBLEM_CODES.unknownTarget, `node "${id}" points to unknown node ${JSON.stringify(next)}`, id);
    return [];
  };
  if (typed.kind !== 'goal' && node['phrases'] !== undefined) {
    error(FLOW_PROBLEM_CODES.badPhrases, `node "${id}" has phrases, but phrases belong on a goal or on a choice (they lead to its "next")`, id);
  }
  if (typed.kind === 'message') return target(node['next']);
  if (typed.kind === 'goal') {
    checkQuery(id, node['query'], error);
    checkPhrases(`goal "${id}"`, node['phrases'], (message) => error(FLOW_PROBLEM_CODES.badPhrases, message, id));
    return [];
  }
  const choices = node['choices'];
  if (!Array.isArray(choices) || choices.length === 0) {
    error(FLOW_PROBLEM_CODES.emptyChoices, `question "${id}" has no choices`, id);
    return [];
  }
  return choices.flatMap((choice: unknown, index) => {
    if (!isObject(choice) || !hasText(choice['label'])) {
      error(FLOW_PROBLEM_CODES.emptyLabel, `choice ${index + 1} of "${id}" has no label`, id);
    }
    if (!isObject(choice)) return [];
    checkPhrases(`choice ${index + 1} of "${id}"`, choice['phrases'], (message) => error(FLOW_PROBLEM_CODES.badPhrases, message, id));
    return target(choice['next']);
  });
}

/** A phrase is a few words a person types, not a paragraph. */
export const MAX_PHRASE_LENGTH = 100;

/** `phrases`: absent, a list of short non-empty strings, or such lists keyed by language. */
function checkPhrases(where: string, phrases: unknown, report: (message: string) => void): void {
  if (phrases === undefined) return;
  const checkList = (list: unknown, label: string): void => {
    if (!Array.isArray(list) || list.length === 0) {
      report(`${where}: ${label} must be a list of phrases, e.g. ["家賃が払えない", "やちんがはらえない"]`);
      return;
    }
    list.forEach((phrase: unknown, index) => {
      if (typeof phrase !== 'string' || phrase.trim() === '') {
        report(`${where}: ${label} item ${index + 1} must be a non-empty string, got ${JSON.stringify(phrase)}`);
      } else if (phrase.length > MAX_PHRASE_LENGTH) {
        report(`${where}: ${label} item ${index + 1} is ${phrase.length} characters long; a phrase is a few words a person types (at most ${MAX_PHRASE_LENGTH})`);
      }
    });
  };
  if (!isObject(phrases)) {
    checkList(phrases, '"phrases"');
    return;
  }
  const entries = Object.entries(phrases);
  if (entries.length === 0) report(`${where}: "phrases" is empty; give a list, or lists under ${LANGS.join(', ')}`);
  for (const [lang, list] of entries) {
    if ((LANGS as readonly string[]).includes(lang)) checkList(list, `"phrases.${lang}"`);
    else report(`${where}: "phrases" has unknown language "${lang}" (use ${LANGS.join(', ')})`);
  }
}

const QUERY_LISTS = ['ids', 'keywords', 'troubles', 'terms', 'classifications', 'serviceTypes'] as const;
const KNOWN_CODES: Partial<Record<(typeof QUERY_LISTS)[number], readonly string[]>> = {
  classifications: Object.keys(CLASSIFICATIONS),
  serviceTypes: Object.keys(SERVICE_TYPES),
};

/** A goal's query: lists of non-empty strings, codes that exist, and at least one criterion. */
function checkQuery(id: string, query: unknown, error: (code: FlowProblemCode, message: string, node?: string) => void): void {
  if (!isObject(query)) {
    error(FLOW_PROBLEM_CODES.emptyQuery, `goal "${id}" has no query`, id);
    return;
  }
  let criteria = 0;
  for (const [field, value] of Object.entries(query)) {
    const list = QUERY_LISTS.find((name) => name === field);
    if (list === undefined) {
      error(FLOW_PROBLEM_CODES.badQuery, `goal "${id}" has an unknown query field "${field}"`, id);
      continue;
    }
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
      error(FLOW_PROBLEM_CODES.badQuery, `goal "${id}": "${field}" must be a list of non-empty strings`, id);
      continue;
    }
    const unknown = value.filter((code: string) => KNOWN_CODES[list] !== undefined && !KNOWN_CODES[list].includes(code));
    if (unknown.length > 0) {
      error(FLOW_PROBLEM_CODES.neverMatches, `goal "${id}" can never match: unknown ${field} code ${unknown.join(', ')}`, id);
    }
    criteria += value.length;
  }
  if (criteria === 0) error(FLOW_PROBLEM_CODES.emptyQuery, `goal "${id}" has an empty query`, id);
}

function reachableFrom(start: string, edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id) || !edges.has(id)) continue;
    seen.add(id);
    queue.push(...(edges.get(id) ?? []));
  }
  return seen;
}

/** Nodes on a cycle (iterative three-colour depth-first search). */
function findCycleNodes(edges: ReadonlyMap<string, readonly string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const onCycle = new Set<string>();
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const frame = stack.at(-1) as { id: string; next: number };
      const targets = edges.get(frame.id) ?? [];
      const target = targets[frame.next];
      frame.next += 1;
      if (target === undefined) {
        state.set(frame.id, 'done');
        stack.pop();
      } else if (state.get(target) === 'open') {
        onCycle.add(target);
      } else if (!state.has(target)) {
        state.set(target, 'open');
        stack.push({ id: target, next: 0 });
      }
    }
  }
  return [...onCycle];
}
