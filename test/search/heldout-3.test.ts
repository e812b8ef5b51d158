/**
 * The third held-out set (test/search/heldout-3/) is well formed: goal ids exist and are goals,
 * categories match the goal's top-level branch, no line twice within or across its files
 * (after NFKC and trim), and the counts meet their minimums. It checks nothing about the search:
 * its figures are measured elsewhere and reported as totals only (see heldout-3/README.md).
 */
import { describe, expect, it } from 'vitest';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { expectEachOnce } from './blind-set.js';
import { ACT_CRIES, DISTRESS_CRIES, type CryKind } from './heldout-3/cries.js';
import { ORDINARY } from './heldout-3/ordinary.js';
import { TROUBLES, type Category } from './heldout-3/troubles.js';

type AnyNode = { kind: string; choices?: readonly { next: string }[] };
const nodes = HOKKAIDO_FLOW.nodes as unknown as Record<string, AnyNode>;
const CATEGORIES: readonly Category[] = ['money', 'work', 'emergency', 'health', 'family', 'connection'];
const KINDS: readonly CryKind[] = ['suicide', 'self-harm', 'overdose', 'violence', 'child-abuse', 'sexual-violence'];

/** The goals reachable under each top-level category. */
function goalsUnder(category: string): Set<string> {
  const seen = new Set<string>();
  const goals = new Set<string>();
  const stack = [category];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const node = nodes[id];
    if (!node) continue;
    if (node.kind === 'goal') goals.add(id);
    for (const choice of node.choices ?? []) stack.push(choice.next);
  }
  return goals;
}

const allGoals = Object.entries(nodes).filter(([, n]) => n.kind === 'goal').map(([id]) => id);
describe('third held-out set: well-formedness', () => {
  it('the root offers exactly the six categories', () => {
    const root = nodes['root'];
    expect(root?.choices?.map((c) => c.next)).toEqual([...CATEGORIES]);
  });

  it('every trouble names existing goals, and its category is the branch of its first goal', () => {
    const under = new Map(CATEGORIES.map((c) => [c, goalsUnder(c)]));
    for (const t of TROUBLES) {
      expect(t.goals.length, t.query).toBeGreaterThan(0);
      for (const g of t.goals) expect(nodes[g]?.kind, `${t.query}: ${g}`).toBe('goal');
      expect(under.get(t.category)?.has(t.goals[0] ?? ''), `${t.query}: ${t.category}/${t.goals[0]}`).toBe(true);
    }
  });

  it('no query is empty or appears twice, within or across files (NFKC + trim)', () => {
    expectEachOnce([ACT_CRIES.map((c) => c.query), DISTRESS_CRIES.map((c) => c.query), ORDINARY.map((o) => o.query), TROUBLES.map((t) => t.query)]);
  });

  it('counts meet their minimums', () => {
    expect(ACT_CRIES.length).toBeGreaterThanOrEqual(130);
    expect(DISTRESS_CRIES.length).toBeGreaterThanOrEqual(50);
    expect(ORDINARY.length).toBeGreaterThanOrEqual(220);
    expect(TROUBLES.length).toBeGreaterThanOrEqual(220);
    expect(ACT_CRIES.every((c) => c.tier === 'act')).toBe(true);
    expect(DISTRESS_CRIES.every((c) => c.tier === 'distress')).toBe(true);
  });

  it('every act kind has at least 15 cries', () => {
    for (const kind of KINDS) expect(ACT_CRIES.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(15);
  });

  it('every goal of the flow, the eight connection goals included, has at least 5 troubles', () => {
    const connection = allGoals.filter((g) => g.startsWith('connection-'));
    expect(connection.length).toBe(8);
    for (const g of allGoals) expect(TROUBLES.filter((t) => t.goals.includes(g as never)).length, g).toBeGreaterThanOrEqual(5);
  });
});
