import { areaByName, placeOf, type PrefectureArea, type PrefectureAreas } from '../data/areas.js';
import type { ServiceRecord } from '../data/record.js';
import { weakMemo } from '../data/remembered.js';
import { foldText } from '../search/normalize.js';
import type { GoalQuery } from './flow.js';

/**
 * How near a record's area is to a chosen municipality, for ordering: the town's own rows, then
 * its area's (a 振興局 named in 市区町村名 or 対象地域), then the whole prefecture's.
 */
export const NEARNESS = { own: 0, area: 1, prefecture: 2 } as const;
export type Nearness = (typeof NEARNESS)[keyof typeof NEARNESS];

/** The area (振興局) a record names, found once per record. */
const recordArea = weakMemo((record: ServiceRecord): PrefectureArea | undefined => {
  for (const name of record.municipalities) {
    const match = areaByName(name);
    if (match !== undefined) return match.area;
  }
  return undefined;
});

/** Whether a record is of the table's prefecture (by its code or its 都道府県名; neither written counts). */
function inPrefecture(record: ServiceRecord, table: PrefectureAreas): boolean {
  if (record.municipalityCode !== '') return record.municipalityCode.startsWith(table.code.slice(0, 2));
  return record.prefecture === '' || record.prefecture === table.name;
}

/**
 * A municipality filter given as a name (`札幌市`) or a 6-digit code (`011002`): for each record,
 * how near it is (see NEARNESS), or undefined when it is not for that place. A record for
 * several municipalities (対象地域群) matches each of them; a record with no 市区町村名 serves
 * every place. For a town of an area table (Hokkaido's 179), a row of its prefecture naming the
 * town, or naming its area (空知, 空知総合振興局, そらち …), is kept too. Names no table knows
 * (空地, another prefecture's region) are matched as written, as before.
 */
export function municipalityFilter(municipality: string): (record: ServiceRecord) => Nearness | undefined {
  const wanted = municipality.trim();
  if (wanted === '') return () => NEARNESS.own;
  const byCode = /^\d{6}$/.test(wanted);
  const place = placeOf(wanted);
  return (record) => {
    if (record.municipality === '') return NEARNESS.prefecture;
    if (byCode ? record.municipalityCode === wanted : record.municipality === wanted || record.municipalities.includes(wanted)) return NEARNESS.own;
    if (place === undefined || !inPrefecture(record, place.table)) return undefined;
    if (record.municipalities.includes(place.municipality.name)) return NEARNESS.own;
    return recordArea(record) === place.area ? NEARNESS.area : undefined;
  };
}

/** Whether a record is for the municipality (see municipalityFilter). */
export function matchesMunicipality(record: ServiceRecord, municipality: string): boolean {
  return municipalityFilter(municipality)(record) !== undefined;
}

/** Records in the order of their nearness to the municipality (stable within each); the others left out. */
export function nearestFirst(records: readonly ServiceRecord[], municipality: string): ServiceRecord[] {
  const nearness = municipalityFilter(municipality);
  const tiers: ServiceRecord[][] = [[], [], []];
  for (const record of records) {
    const tier = nearness(record);
    if (tier !== undefined) tiers[tier]?.push(record);
  }
  return tiers.flat();
}

/** Folded text per record, computed once: every goal and every count reads it. */
const folded = weakMemo((record: ServiceRecord): { readonly haystack: string; readonly keywords: readonly string[] } => ({
  haystack: foldText([record.name, record.alias, record.summary, ...record.keywords].join(' ')),
  keywords: record.keywords.map(foldText),
}));

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
  return nearestFirst(records.filter(matches), municipality);
}
