import type { ServiceRecord } from '../data/record.js';
import { lastAnswer, weakMemo } from '../data/remembered.js';
import type { GoalQuery } from './flow.js';
import { compileQuery, municipalityFilter, NEARNESS, nearestFirst } from './query.js';
import { townName } from './town.js';

/**
 * A town's general consultation: the 自立相談支援 office of 生活困窮者自立支援制度, which takes
 * any difficulty of daily life (in Hokkaido's towns, its 振興局's office, such as
 * そらち生活サポートセンター).
 */
export const GENERAL_CONSULTATION: GoalQuery = { terms: ['生活困窮者自立支援', '自立相談支援', '生活サポートセンター', '自立相談', '生活困窮'] };

/** General consultations shown at most. */
const MAX_GENERAL = 3;

/** What a goal shows when the chosen town has no service of its own for it. */
export interface GoalFallback {
  /** The town, as people know it (栗山町 for 014290). */
  readonly town: string;
  /** The town's general consultation (its own, its area's, the prefecture's), not among the goal's services. */
  readonly general: readonly ServiceRecord[];
}

/** Per goal's results (a new array for each municipality and data set), for the records and town last asked with. */
const fallbacks = weakMemo((results: readonly ServiceRecord[]) => lastAnswer((records: readonly ServiceRecord[], municipality: string) => fallbackFor(results, records, municipality)));

/**
 * Never an empty goal: when no service of a goal is the chosen town's own, say so, and add the
 * town's general consultation to what its area and the prefecture offer; undefined when the
 * town has its own, or no town is chosen.
 */
export function goalFallback(results: readonly ServiceRecord[], records: readonly ServiceRecord[], municipality: string): GoalFallback | undefined {
  return fallbacks(results)(records, municipality);
}

function fallbackFor(results: readonly ServiceRecord[], records: readonly ServiceRecord[], municipality: string): GoalFallback | undefined {
  const wanted = municipality.trim();
  if (wanted === '') return undefined;
  const nearness = municipalityFilter(wanted);
  if (results.some((record) => nearness(record) === NEARNESS.own)) return undefined;
  const shown = new Set(results);
  const general = nearestFirst(records.filter(compileQuery(GENERAL_CONSULTATION)), wanted).filter((record) => !shown.has(record));
  return { town: townName(records, wanted), general: general.slice(0, MAX_GENERAL) };
}
