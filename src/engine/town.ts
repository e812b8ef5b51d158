import type { ServiceRecord } from '../data/record.js';
import { placeOf } from '../data/areas.js';
import { municipalityFilter } from './query.js';

/**
 * Every service a town sees, as the conversation's goals see them: the engine's municipality
 * rule decides (query.ts), never a rule of the list's own. Every service when no town is chosen.
 */
export function townServices(records: readonly ServiceRecord[], municipality: string): readonly ServiceRecord[] {
  if (municipality.trim() === '') return records;
  const nearness = municipalityFilter(municipality);
  return records.filter((record) => nearness(record) !== undefined);
}

/**
 * The name a person knows a municipality by (`014290` or くりやま → 栗山町): from the
 * prefecture's table of towns, else, for a 6-digit code, from a row of the data with that
 * 市区町村コード; what nothing names is shown as given.
 */
export function townName(records: readonly ServiceRecord[], municipality: string): string {
  const wanted = municipality.trim();
  const named = placeOf(wanted)?.municipality.name;
  if (named !== undefined || !/^\d{6}$/.test(wanted)) return named ?? wanted;
  return records.find((record) => record.municipalityCode === wanted && record.municipality !== '')?.municipality ?? wanted;
}
