/**
 * Trouble search over a real national list that never heard of the bundled flow's codes
 * (test/fixtures/national/: Civichat's national services, MIT): hit@3 of the combined answer on
 * troubles written for it before the ranking was tuned, beside the character-pair baseline.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/data/parse.js';
import type { ServiceRecord } from '../../src/data/record.js';
import { answerQuery } from '../../src/engine/answer.js';
import { loadTroubleSearch } from '../../src/engine/load-trouble-search.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { foldText } from '../../src/search/normalize.js';
import { loadFuzzyMatcher, SearchIndex } from '../../src/search/search-index.js';
import { NATIONAL_EXPECTATIONS } from '../fixtures/national/expectations.js';

export function nationalRecords(): readonly ServiceRecord[] {
  const csv = readFileSync(new URL('../fixtures/national/civichat-japan.csv', import.meta.url), 'utf8');
  return parseCsv(csv, { today: '2026-11-23' }).records;
}

function pairs(text: string): Set<string> {
  const chars = [...foldText(text)];
  return new Set(chars.slice(1).map((char, at) => `${chars[at]}${char}`));
}

export interface NationalQuality {
  readonly queries: number;
  readonly hitAt3: number;
  readonly baselineHitAt3: number;
  readonly misses: readonly string[];
  /**
   * hit@3 on each half of the troubles: ranking choices (features, weights, BM25's constants) are
   * made on the tune half (even rows) and the report half (odd rows) says how they carry over.
   */
  readonly tune: { readonly queries: number; readonly hitAt3: number };
  readonly report: { readonly queries: number; readonly hitAt3: number };
}

/**
 * hit@3 on the troubles `asked` (the development troubles written for the list by default; the blind set 4's
 * are `heldout-4/national.ts`, whose misses must never be printed).
 */
export async function nationalQuality(
  asked: readonly { readonly query: string; readonly expect: readonly string[] }[] = NATIONAL_EXPECTATIONS,
): Promise<NationalQuality> {
  await loadFuzzyMatcher();
  const records = nationalRecords();
  const troubles = (await loadTroubleSearch(HOKKAIDO_FLOW))?.troubles;
  const index = SearchIndex.build(records);
  const texts = records.map((record) => ({ record, pairs: pairs([record.name, record.summary, record.benefit, record.target].join(' ')) }));
  let hitAt3 = 0;
  let baselineHitAt3 = 0;
  const misses: string[] = [];
  const tune = { queries: 0, hitAt3: 0 };
  const report = { queries: 0, hitAt3: 0 };
  for (const [row, { query, expect }] of asked.entries()) {
    const half = row % 2 === 0 ? tune : report;
    half.queries += 1;
    const answer = answerQuery(query, { flow: HOKKAIDO_FLOW, lang: /^[\x20-\x7e]+$/.test(query) ? 'en' : 'ja', records, index, troubles });
    const top = answer.services.slice(0, 3).map((service) => service.record.name);
    if (top.some((name) => expect.includes(name))) {
      hitAt3 += 1;
      half.hitAt3 += 1;
    } else misses.push(`「${query}」→ ${top.join(' / ') || '(なし)'}`);
    const wanted = pairs(query);
    const baseline = texts
      .map(({ record, pairs: own }) => ({ record, shared: [...wanted].filter((pair) => own.has(pair)).length }))
      .filter(({ shared }) => shared > 0)
      .sort((a, b) => b.shared - a.shared)
      .slice(0, 3);
    if (baseline.some(({ record }) => expect.includes(record.name))) baselineHitAt3 += 1;
  }
  return { queries: asked.length, hitAt3, baselineHitAt3, misses, tune, report };
}
