import { describe, expect, it } from 'vitest';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { ACT_CRIES, DISTRESS_CRIES } from './heldout-2/cries.js';
import { ORDINARY } from './heldout-2/ordinary.js';
import { TROUBLES } from './heldout-2/troubles.js';
import type { ActKind } from './heldout-2/types.js';

// Well-formedness of the second held-out set only: its figures are measured elsewhere, as "unseen".

const MIN = { act: 120, distress: 40, ordinary: 200, troubles: 150, perActKind: 12, perGoal: 5 } as const;
const ACT_KINDS: readonly ActKind[] = ['suicide', 'self-harm', 'overdose', 'violence', 'child-abuse', 'sexual-violence'];

const nodes: Readonly<Record<string, { readonly kind: string }>> = HOKKAIDO_FLOW.nodes;
const goalIds = Object.keys(nodes).filter((id) => nodes[id]?.kind === 'goal');
const key = (query: string) => query.normalize('NFKC').trim();

const files = {
  'cries.ts (act)': ACT_CRIES.map((cry) => cry.query),
  'cries.ts (distress)': DISTRESS_CRIES.map((cry) => cry.query),
  'ordinary.ts': ORDINARY.map((query) => query.query),
  'troubles.ts': TROUBLES.map((trouble) => trouble.query),
};

describe('second held-out set (test/search/heldout-2)', () => {
  it('meets the minimum counts', () => {
    expect(ACT_CRIES.length).toBeGreaterThanOrEqual(MIN.act);
    expect(DISTRESS_CRIES.length).toBeGreaterThanOrEqual(MIN.distress);
    expect(ORDINARY.length).toBeGreaterThanOrEqual(MIN.ordinary);
    expect(TROUBLES.length).toBeGreaterThanOrEqual(MIN.troubles);
  });

  it('has at least 12 cries of each act kind', () => {
    for (const kind of ACT_KINDS) {
      const count = ACT_CRIES.filter((cry) => cry.kind === kind).length;
      expect(count, kind).toBeGreaterThanOrEqual(MIN.perActKind);
    }
  });

  it('has no empty query', () => {
    for (const [file, queries] of Object.entries(files)) {
      for (const query of queries) expect(key(query), file).not.toBe('');
    }
  });

  it('has no duplicate within a file or across files (NFKC, trimmed)', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [file, queries] of Object.entries(files)) {
      for (const query of queries) {
        const normal = key(query);
        const first = seen.get(normal);
        if (first === undefined) seen.set(normal, file);
        else duplicates.push(`${query} (${first} and ${file})`);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('expects only goal ids of the flow', () => {
    const wrong = TROUBLES.flatMap((trouble) => trouble.goals.filter((id) => !goalIds.includes(id)).map((id) => `${trouble.query}: ${id}`));
    expect(wrong).toEqual([]);
  });

  it('has at least 5 troubles for every goal of the flow', () => {
    expect(goalIds.length).toBeGreaterThan(0);
    for (const id of goalIds) {
      const count = TROUBLES.filter((trouble) => (trouble.goals as readonly string[]).includes(id)).length;
      expect(count, id).toBeGreaterThanOrEqual(MIN.perGoal);
    }
  });
});
