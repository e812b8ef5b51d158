/**
 * The held-out set of issue #23 (test/search/heldout/) is well formed: its goals are goals of
 * the bundled flow, no line is written twice, and it is as large and as varied as the issue
 * asks. This checks the set only; the figures measured on it are reported elsewhere, as
 * "unseen" beside "seen".
 */
import { describe, expect, it } from 'vitest';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { CRY_KINDS, HELDOUT_CRIES } from './heldout/cries.js';
import { HELDOUT_ORDINARY } from './heldout/ordinary.js';
import { HELDOUT_FORMS, HELDOUT_TROUBLES } from './heldout/troubles.js';

const nodes: Readonly<Record<string, { readonly kind: string }>> = HOKKAIDO_FLOW.nodes;
const goalIds = Object.keys(nodes).filter((id) => nodes[id]?.kind === 'goal');
const key = (query: string) => query.normalize('NFKC').trim();

function countBy<T>(items: readonly T[], of: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(of(item), (counts.get(of(item)) ?? 0) + 1);
  return counts;
}

describe('held-out set (issue #23)', () => {
  it('expects only goals of HOKKAIDO_FLOW, the first of the line’s category', () => {
    for (const trouble of HELDOUT_TROUBLES) {
      expect(trouble.expect.length, trouble.query).toBeGreaterThan(0);
      for (const goal of trouble.expect) expect(nodes[goal]?.kind, `${trouble.query} → ${goal}`).toBe('goal');
      expect(new Set(trouble.expect).size, trouble.query).toBe(trouble.expect.length);
      expect(trouble.expect[0]?.split('-')[0], trouble.query).toBe(trouble.category);
    }
  });

  it('writes no query twice, within or across the three files (after NFKC and trim)', () => {
    const all = [...HELDOUT_TROUBLES, ...HELDOUT_CRIES, ...HELDOUT_ORDINARY].map((line) => line.query);
    const seen = new Set<string>();
    const twice = all.filter((query) => (seen.has(key(query)) ? true : (seen.add(key(query)), false)));
    expect(twice).toEqual([]);
    for (const query of all) {
      expect(query, query).toBe(query.trim());
      expect(query.length, query).toBeGreaterThan(0);
    }
  });

  it('has at least 330 troubles, 90 cries that are acts, 30 of distress and 170 ordinary queries', () => {
    expect(HELDOUT_TROUBLES.length).toBeGreaterThanOrEqual(330);
    expect(HELDOUT_CRIES.filter((cry) => cry.tier === 'act').length).toBeGreaterThanOrEqual(90);
    expect(HELDOUT_CRIES.filter((cry) => cry.tier === 'distress').length).toBeGreaterThanOrEqual(30);
    expect(HELDOUT_ORDINARY.length).toBeGreaterThanOrEqual(170);
  });

  it('gives every goal of the flow at least 8 troubles (as the first expected goal)', () => {
    const counts = countBy(HELDOUT_TROUBLES, (trouble) => trouble.expect[0] ?? '');
    const short = goalIds.filter((id) => (counts.get(id) ?? 0) < 8).map((id) => `${id}: ${counts.get(id) ?? 0}`);
    expect(short).toEqual([]);
  });

  it('writes every form at least 15 times in the troubles', () => {
    const counts = countBy(HELDOUT_TROUBLES, (trouble) => trouble.form);
    const short = HELDOUT_FORMS.filter((form) => (counts.get(form) ?? 0) < 15).map((form) => `${form}: ${counts.get(form) ?? 0}`);
    expect(short).toEqual([]);
  });

  it('gives every kind of cry at least 8 acts', () => {
    const counts = countBy(
      HELDOUT_CRIES.flatMap((cry) => (cry.tier === 'act' ? [cry] : [])),
      (cry) => cry.kind,
    );
    const short = CRY_KINDS.filter((kind) => (counts.get(kind) ?? 0) < 8).map((kind) => `${kind}: ${counts.get(kind) ?? 0}`);
    expect(short).toEqual([]);
  });

  it('writes each form as it says', () => {
    for (const line of [...HELDOUT_TROUBLES, ...HELDOUT_CRIES, ...HELDOUT_ORDINARY]) {
      const { query, form } = line;
      if (form === 'kana') expect(query, query).toMatch(/^[\u3041-\u309fー、。？！]+$/u);
      if (form === 'halfwidth') expect(query, query).toMatch(/[\uff61-\uff9f]/u);
      if (form === 'en') expect(query, query).toMatch(/^[\x20-\x7e]+$/u);
      if (form === 'easy') expect(query, query).toContain(' ');
      if (form === 'long') expect([...query].length, query).toBeGreaterThanOrEqual(40);
      if (form === 'long') expect([...query].length, query).toBeLessThanOrEqual(200);
    }
  });
});
