/**
 * The second held-out set (test/search/heldout-2/), written blind and never tuned on, measured
 * as the first is: the only figures here that count as unseen. Only totals are reported, never
 * which lines missed, so that tuning does not learn it line by line (a third set replaces it
 * once anyone tuning has read it).
 */
import type { ServiceRecord } from '../../src/data/record.js';
import { TROUBLES } from './heldout-2/troubles.js';
import { troubleQuality, type TroubleQuality } from './trouble-quality.js';
import type { TroubleForm, TroubleQuery } from './trouble-queries.js';

export { blindCrisisFigures } from './crisis-quality.js';

const BLIND_TROUBLES: readonly TroubleQuery[] = TROUBLES.map((trouble) => ({
  query: trouble.query,
  expect: trouble.goals,
  category: trouble.category,
  form: trouble.form as TroubleForm,
}));

export function blindTroubleQuality(records: readonly ServiceRecord[]): Promise<TroubleQuality> {
  return troubleQuality('held-out 2 (blind)', records, undefined, BLIND_TROUBLES);
}
