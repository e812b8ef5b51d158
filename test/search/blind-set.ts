/**
 * The well-formedness checks shared by the blind held-out sets (heldout-4/ to heldout-6/; set 3 uses expectEachOnce): no line
 * twice within or across their files (after NFKC and trim), the counts and per-kind minimums met,
 * and every service a national trouble expects a name in the national list. They check nothing
 * about the search: its figures are measured elsewhere and reported as totals only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parse.js';

type CryKind = 'suicide' | 'self-harm' | 'overdose' | 'violence' | 'child-abuse' | 'sexual-violence';
const KINDS: readonly CryKind[] = ['suicide', 'self-harm', 'overdose', 'violence', 'child-abuse', 'sexual-violence'];
const CSV = new URL('../fixtures/national/civichat-japan.csv', import.meta.url);
const norm = (s: string): string => s.normalize('NFKC').trim();

export interface BlindSet {
  readonly acts: readonly { readonly query: string; readonly kind: CryKind; readonly form: string }[];
  readonly distress: readonly { readonly query: string; readonly form: string }[];
  readonly ordinary: readonly { readonly query: string; readonly kind: 'trap' | 'errand' | 'service' }[];
  readonly national: readonly { readonly query: string; readonly expect: readonly string[] }[];
}

/** The least each file (and each kind) must hold. */
export interface BlindSetMinimums {
  readonly acts: number;
  readonly perKind: number;
  readonly distress: number;
  readonly ordinary: number;
  readonly traps: number;
  /** Errands and service questions, each. */
  readonly errands: number;
  readonly national: number;
  readonly servicesReached: number;
}

function duplicates(queries: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const q of queries) {
    const k = norm(q);
    if (seen.has(k)) dup.push(q);
    seen.add(k);
  }
  return dup;
}

/** No query of a set's files is empty or appears twice, within a file or across them (NFKC + trim). */
export function expectEachOnce(files: readonly (readonly string[])[]): void {
  for (const f of files) {
    for (const q of f) expect(norm(q).length, JSON.stringify(q)).toBeGreaterThan(0);
    expect(duplicates(f)).toEqual([]);
  }
  expect(duplicates(files.flat())).toEqual([]);
}

export function describeBlindSet(title: string, set: BlindSet, least: BlindSetMinimums): void {
  describe(`${title}: well-formedness`, () => {
    it('no query is empty or appears twice, within or across files (NFKC + trim)', () => {
      expectEachOnce([set.acts, set.distress, set.ordinary, set.national].map((file) => file.map(({ query }) => query)));
    });

    it('counts meet their minimums', () => {
      expect(set.acts.length).toBeGreaterThanOrEqual(least.acts);
      expect(set.distress.length).toBeGreaterThanOrEqual(least.distress);
      expect(set.ordinary.length).toBeGreaterThanOrEqual(least.ordinary);
      expect(set.ordinary.filter((o) => o.kind === 'trap').length).toBeGreaterThanOrEqual(least.traps);
      expect(set.ordinary.filter((o) => o.kind === 'errand').length).toBeGreaterThanOrEqual(least.errands);
      expect(set.ordinary.filter((o) => o.kind === 'service').length).toBeGreaterThanOrEqual(least.errands);
      expect(set.national.length).toBeGreaterThanOrEqual(least.national);
    });

    it(`every act kind has at least ${least.perKind} cries, and every cry names its form`, () => {
      for (const kind of KINDS) expect(set.acts.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(least.perKind);
      for (const c of [...set.acts, ...set.distress]) expect(c.form.trim().length, c.query).toBeGreaterThan(0);
    });

    it('every expected service is a name in the national list', () => {
      const { records } = parseCsv(readFileSync(CSV, 'utf8'), { today: '2026-11-23' });
      const names = new Set(records.map((r) => r.name));
      expect(names.size).toBeGreaterThan(0);
      for (const t of set.national) {
        expect(t.expect.length, t.query).toBeGreaterThan(0);
        for (const name of t.expect) expect(names.has(name), `${t.query}: ${name}`).toBe(true);
      }
    });

    it('the national troubles reach many different services', () => {
      expect(new Set(set.national.flatMap((t) => t.expect)).size).toBeGreaterThanOrEqual(least.servicesReached);
    });
  });
}
