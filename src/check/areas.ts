import { AREA_TABLES, areaByName, placeOf, type PrefectureAreas } from '../data/areas.js';
import type { ServiceRecord } from '../data/record.js';

/** An area name in 市区町村名 / 対象地域 that is neither a municipality nor an area of its prefecture. */
export interface UnknownAreaFinding {
  readonly row: number;
  readonly name: string;
  readonly message: string;
}

/** Unknown area names listed at most; the count stays exact. */
const MAX_FINDINGS = 1000;

function tableOf(record: ServiceRecord): PrefectureAreas | undefined {
  return AREA_TABLES.find((table) =>
    record.municipalityCode !== '' ? record.municipalityCode.startsWith(table.code.slice(0, 2)) : record.prefecture === table.name,
  );
}

/** A place the widget can match: a town of the table, one of its wards (札幌市中央区), or an area. */
function known(name: string, table: PrefectureAreas): boolean {
  if (placeOf(name)?.table === table || areaByName(name)?.table === table) return true;
  return /区$/.test(name) && table.areas.some((area) => area.municipalities.some((town) => name.startsWith(town.name)));
}

/**
 * Names in the area columns of a prefecture with an area table (Hokkaido) that are neither one
 * of its municipalities nor one of its areas (a typo such as 空地, another prefecture's region):
 * they are shown as written and filtered as written, so a town's filter never finds them.
 */
export function unknownAreas(records: readonly ServiceRecord[]): { readonly findings: readonly UnknownAreaFinding[]; readonly count: number } {
  const findings: UnknownAreaFinding[] = [];
  let count = 0;
  for (const record of records) {
    const table = tableOf(record);
    if (table === undefined) continue;
    for (const name of record.municipalities) {
      if (known(name, table)) continue;
      count += 1;
      if (findings.length >= MAX_FINDINGS) continue;
      const expected = table.areas.map((area) => area.short).join('、');
      findings.push({
        row: record.row,
        name,
        message: `${record.row}行目の地域「${name}」: ${table.name}の市町村名でも振興局名でもないため、市町村の絞り込みでは表示されません。市町村名（例: ${table.areas[0]?.municipalities[0]?.name ?? ''}）か振興局名（${expected}）を書いてください`,
      });
    }
  }
  return { findings, count };
}
