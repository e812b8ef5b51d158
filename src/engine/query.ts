import type { ServiceRecord } from '../data/record.js';
import { foldText } from '../search/normalize.js';
import type { GoalQuery } from './flow.js';

/**
 * A municipality filter given as a name (`札幌市`) or a 6-digit code (`011002`). A record for
 * several municipalities (対象地域群) matches each of them.
 */
export function matchesMunicipality(record: ServiceRecord, municipality: string): boolean {
  const wanted = municipality.trim();
  if (wanted === '' || record.municipality === '') return true;
  if (/^\d{6}$/.test(wanted)) return record.municipalityCode === wanted;
  return record.municipality === wanted || (record.municipalities.length > 1 && record.municipalities.includes(wanted));
}

// Folded text per record, computed once: every goal and every count reads it.
const foldedText = new WeakMap<ServiceRecord, { readonly haystack: string; readonly keywords: readonly string[] }>();

function folded(record: ServiceRecord): { readonly haystack: string; readonly keywords: readonly string[] } {
  let entry = foldedText.get(record);
  if (entry === undefined) {
    entry = {
      haystack: foldText([record.name, record.alias, record.summary, ...record.keywords].join(' ')),
      keywords: record.keywords.map(foldText),
    };
    foldedText.set(record, entry);
  }
  return entry;
}

function intersects(wanted: readonly string[] | undefined, have: readonly string[]): boolean {
  return wanted !== undefined && wanted.some((value) => have.includes(value));
}

/** Returns a predicate for one goal query; text is folded once per query, not per record. */
export function compileQuery(query: GoalQuery): (record: ServiceRecord) => boolean {
  const terms = (query.terms ?? []).map(foldText).filter((term) => term !== '');
  const keywords = (query.keywords ?? []).map(foldText);
  const selects = [query.ids, query.keywords, query.troubles, query.terms].some((list) => (list?.length ?? 0) > 0);
  const narrows = (query.classifications?.length ?? 0) > 0 || (query.serviceTypes?.length ?? 0) > 0;

  const selected = (record: ServiceRecord): boolean => {
    if (query.ids?.includes(record.id)) return true;
    if (intersects(query.troubles, record.troubles)) return true;
    if (keywords.length > 0 && folded(record).keywords.some((keyword) => keywords.includes(keyword))) return true;
    return terms.length > 0 && terms.some((term) => folded(record).haystack.includes(term));
  };
  const narrowed = (record: ServiceRecord): boolean =>
    (!query.classifications?.length || intersects(query.classifications, record.classifications)) &&
    (!query.serviceTypes?.length || query.serviceTypes.includes(record.serviceType));

  if (!selects && !narrows) return () => false;
  if (!selects) return narrowed;
  return (record) => narrowed(record) && selected(record);
}

/**
 * How central a record is to a goal, for ordering its services: the position of the first of
 * the query's selectors it meets (制度番号, then キーワード, then terms in the author's order,
 * then お困りごと). The author lists the defining term first (雇用保険 before ハローワーク).
 */
export function queryRank(query: GoalQuery): (record: ServiceRecord) => number {
  const terms = (query.terms ?? []).map(foldText).filter((term) => term !== '');
  const keywords = (query.keywords ?? []).map(foldText);
  return (record) => {
    if (query.ids?.includes(record.id)) return 0;
    if (keywords.length > 0 && folded(record).keywords.some((keyword) => keywords.includes(keyword))) return 1;
    const term = terms.findIndex((candidate) => folded(record).haystack.includes(candidate));
    return term >= 0 ? 2 + term : 2 + terms.length;
  };
}

export function runQuery(query: GoalQuery, records: readonly ServiceRecord[], municipality = ''): ServiceRecord[] {
  const matches = compileQuery(query);
  return records.filter((record) => matchesMunicipality(record, municipality) && matches(record));
}
