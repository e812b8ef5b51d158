/**
 * The fifth held-out set (test/search/heldout-5/) is well formed: no line twice within or across its
 * files (after NFKC and trim), the counts and per-kind minimums are met, and every service a national
 * trouble expects is a name in the national list. It checks nothing about the search: its figures are
 * measured elsewhere and reported as totals only (see heldout-5/README.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parse.js';
import { ACT_CRIES, DISTRESS_CRIES, type CryKind } from './heldout-5/cries.js';
import { NATIONAL_TROUBLES } from './heldout-5/national.js';
import { ORDINARY } from './heldout-5/ordinary.js';

const KINDS: readonly CryKind[] = ['suicide', 'self-harm', 'overdose', 'violence', 'child-abuse', 'sexual-violence'];
const CSV = new URL('../fixtures/national/civichat-japan.csv', import.meta.url);
const norm = (s: string): string => s.normalize('NFKC').trim();

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

describe('fifth held-out set: well-formedness', () => {
  it('no query is empty or appears twice, within or across files (NFKC + trim)', () => {
    const files = [
      ACT_CRIES.map((c) => c.query),
      DISTRESS_CRIES.map((c) => c.query),
      ORDINARY.map((o) => o.query),
      NATIONAL_TROUBLES.map((t) => t.query),
    ];
    for (const f of files) {
      for (const q of f) expect(norm(q).length, JSON.stringify(q)).toBeGreaterThan(0);
      expect(duplicates(f)).toEqual([]);
    }
    expect(duplicates(files.flat())).toEqual([]);
  });

  it('counts meet their minimums', () => {
    expect(ACT_CRIES.length).toBeGreaterThanOrEqual(170);
    expect(DISTRESS_CRIES.length).toBeGreaterThanOrEqual(70);
    expect(ORDINARY.length).toBeGreaterThanOrEqual(270);
    expect(ORDINARY.filter((o) => o.kind === 'trap').length).toBeGreaterThanOrEqual(135);
    expect(ORDINARY.filter((o) => o.kind === 'errand').length).toBeGreaterThanOrEqual(60);
    expect(ORDINARY.filter((o) => o.kind === 'service').length).toBeGreaterThanOrEqual(60);
    expect(NATIONAL_TROUBLES.length).toBeGreaterThanOrEqual(90);
  });

  it('every act kind has at least 26 cries, and every cry names its form', () => {
    for (const kind of KINDS) expect(ACT_CRIES.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(26);
    for (const c of [...ACT_CRIES, ...DISTRESS_CRIES]) expect(c.form.trim().length, c.query).toBeGreaterThan(0);
  });

  it('every expected service is a name in the national list', () => {
    const { records } = parseCsv(readFileSync(CSV, 'utf8'), { today: '2026-11-23' });
    const names = new Set(records.map((r) => r.name));
    expect(names.size).toBeGreaterThan(0);
    for (const t of NATIONAL_TROUBLES) {
      expect(t.expect.length, t.query).toBeGreaterThan(0);
      for (const name of t.expect) expect(names.has(name), `${t.query}: ${name}`).toBe(true);
    }
  });

  it('the national troubles reach many different services', () => {
    const reached = new Set(NATIONAL_TROUBLES.flatMap((t) => t.expect));
    expect(reached.size).toBeGreaterThanOrEqual(80);
  });
});
