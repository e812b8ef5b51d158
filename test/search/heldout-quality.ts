/**
 * The held-out trouble set (test/search/heldout/, frozen) measured as the curated set is: hit@3
 * of the combined answer on the demo data, beside the character-pair baseline. Only measured:
 * nothing that builds the lexicon reads it.
 */
import type { ServiceRecord } from '../../src/data/record.js';
import { HELDOUT_TROUBLES } from './heldout/troubles.js';
import { troubleQuality, type TroubleQuality } from './trouble-quality.js';
import type { TroubleForm, TroubleQuery } from './trouble-queries.js';

/** The held-out lines in the curated set's shape (their forms are wider: dialect, long, …). */
export const HELDOUT_AS_QUERIES: readonly TroubleQuery[] = HELDOUT_TROUBLES.map((trouble) => ({
  query: trouble.query,
  expect: trouble.expect,
  category: trouble.category,
  form: trouble.form as TroubleForm,
}));

export function heldoutQuality(records: readonly ServiceRecord[]): Promise<TroubleQuality> {
  return troubleQuality('held-out', records, undefined, HELDOUT_AS_QUERIES);
}
