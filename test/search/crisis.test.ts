import { describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../../src/flows/crisis-lines.js';
import { crisisLinesFor } from '../../src/search/crisis.js';
import { demoRecords } from '../helpers/demo-records.js';
import { QUALITY_QUERIES } from './quality-queries.js';
import { CRISIS_KINDS, CRISIS_QUERIES, TROUBLE_QUERIES } from './trouble-queries.js';

describe('crisis words', () => {
  it(`surface the right crisis lines for all ${CRISIS_QUERIES.length} cries for help`, () => {
    expect(CRISIS_QUERIES.length).toBeGreaterThanOrEqual(40);
    const missed = CRISIS_QUERIES.filter(({ query, kind }) => !crisisLinesFor(query).some((line) => (CRISIS_KINDS[kind] as readonly string[]).includes(line)));
    expect(missed.map(({ query, kind }) => `${kind}: ${query} → ${crisisLinesFor(query).join(', ') || '(none)'}`)).toEqual([]);
  });

  it('name only lines that exist, in the order they are most needed', () => {
    for (const { query } of CRISIS_QUERIES) for (const line of crisisLinesFor(query)) expect(Object.keys(CRISIS_LINES)).toContain(line);
    expect(crisisLinesFor('死にたい')).toEqual(['inochi', 'yorisoi']);
    expect(crisisLinesFor('夫に殴られる')).toEqual(['police', 'dv']);
    expect(crisisLinesFor('子どもを叩いてしまう')).toEqual(['child-abuse']);
    expect(crisisLinesFor('殴られて死にたい')).toEqual(['inochi', 'yorisoi', 'police', 'dv']);
  });

  it('stay silent for every name query of the search set and for ordinary troubles', () => {
    const names = QUALITY_QUERIES.map(({ query }) => query).filter((query) => crisisLinesFor(query).length > 0);
    expect(names).toEqual([]);
    const ordinary = TROUBLE_QUERIES.filter((trouble) => !trouble.crisis).map(({ query }) => query);
    expect(ordinary.length).toBeGreaterThan(150);
    expect(ordinary.filter((query) => crisisLinesFor(query).length > 0)).toEqual([]);
    for (const query of ['住居確保給付金', 'サポステ', 'クビを告げられた', 'お腹がすいて死にそう', '借金で首が回らない', '支援を受けられない', 'DV相談', '']) {
      expect(crisisLinesFor(query), query).toEqual([]);
    }
  });

  it('and speak up for the cries among the troubles', () => {
    const cries = TROUBLE_QUERIES.filter((trouble) => trouble.crisis).map(({ query }) => query);
    expect(cries.filter((query) => crisisLinesFor(query).length === 0)).toEqual([]);
  });

  it('show lines for services named for the act itself, which is what anyone typing them may need', () => {
    // Decided, not accidental: see src/search/crisis.ts.
    expect(crisisLinesFor('自殺対策')).toEqual(['inochi', 'yorisoi']);
    expect(crisisLinesFor('配偶者暴力相談支援センター')).toEqual(['police', 'dv']);
    const demoNames = demoRecords().flatMap((record) => [record.name, record.alias]).filter((name) => crisisLinesFor(name).length > 0);
    expect(demoNames.map((name) => name.replace('【サンプル】', ''))).toEqual(['配偶者暴力相談支援センター', '性暴力被害者支援センター', '性暴力の相談', '子どもの虐待の相談']);
  });
});
