import type { ServiceRecord } from '../data/record.js';
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
