import { HOKKAIDO_AREAS } from './hokkaido-areas.js';

/** A municipality in an area table: 6-digit 全国地方公共団体コード, name and reading (hiragana). */
export interface AreaMunicipality {
  readonly code: string;
  readonly name: string;
  readonly kana: string;
}

/** One area that a prefecture serves its towns through, such as a (総合)振興局. */
export interface PrefectureArea {
  /** A stable id in ASCII (`sorachi`). */
  readonly id: string;
  /** The official name (`空知総合振興局`). */
  readonly name: string;
  /** The name as data usually writes it in 市区町村名 (`空知`). */
  readonly short: string;
  /** The reading of the short name, in hiragana (`そらち`). */
  readonly kana: string;
  /** Earlier names still found in data (`網走` for オホーツク, from the 網走支庁). */
  readonly formerNames: readonly string[];
  readonly municipalities: readonly AreaMunicipality[];
}

/** A prefecture's areas, as data: another prefecture is one more table of this shape. */
export interface PrefectureAreas {
  /** The prefecture's 6-digit code (`010006`). */
  readonly code: string;
  readonly name: string;
  /** Words written after an area's name (`総合振興局`, `管内`); longest are tried first. */
  readonly suffixes: readonly string[];
  readonly areas: readonly PrefectureArea[];
}

/** The tables known to the widget. */
export const AREA_TABLES: readonly PrefectureAreas[] = [HOKKAIDO_AREAS];

/** A municipality found in a table, with its area and prefecture. */
export interface AreaPlace {
  readonly table: PrefectureAreas;
  readonly area: PrefectureArea;
  readonly municipality: AreaMunicipality;
}

/** An area found by name, with its prefecture. */
export interface AreaMatch {
  readonly table: PrefectureAreas;
  readonly area: PrefectureArea;
}

/** Full-width to half-width, katakana to hiragana, no spaces: how names are compared. */
function comparable(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[\u30a1-\u30f6]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));
}

function withoutSuffix(value: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (value.length > suffix.length && value.endsWith(suffix)) return value.slice(0, -suffix.length);
  }
  return value;
}

const areasByName = new Map<string, AreaMatch | null>();

/**
 * The area a name stands for in its published variants: `空知`, `空知総合振興局`, `空知管内`,
 * `そらち`, `北海道空知総合振興局`, the former `網走` (`網走支庁`) for オホーツク. A municipality's
 * own name (`網走市`) is not an area.
 */
export function areaByName(name: string, tables: readonly PrefectureAreas[] = AREA_TABLES): AreaMatch | undefined {
  const key = comparable(name);
  if (key === '') return undefined;
  const known = tables === AREA_TABLES ? areasByName.get(key) : undefined;
  if (known !== undefined) return known ?? undefined;
  let found: AreaMatch | undefined;
  for (const table of tables) {
    const local = key.startsWith(table.name) && key.length > table.name.length ? key.slice(table.name.length) : key;
    const stem = withoutSuffix(local, table.suffixes);
    const area = table.areas.find(
      (candidate) =>
        comparable(candidate.name) === local ||
        comparable(candidate.short) === stem ||
        candidate.kana === stem ||
        candidate.formerNames.includes(stem),
    );
    if (area !== undefined) {
      found = { table, area };
      break;
    }
  }
  if (tables === AREA_TABLES) areasByName.set(key, found ?? null);
  return found;
}

const placesByKey = new Map<string, AreaPlace>();
function placeIndex(): Map<string, AreaPlace> {
  if (placesByKey.size === 0) {
    for (const table of AREA_TABLES) {
      for (const area of table.areas) {
        for (const municipality of area.municipalities) {
          const place = { table, area, municipality };
          placesByKey.set(municipality.code, place);
          // The same name may exist in two prefectures (伊達市); the first table keeps it.
          if (!placesByKey.has(municipality.name)) placesByKey.set(municipality.name, place);
          placesByKey.set(table.name + municipality.name, place);
        }
      }
    }
  }
  return placesByKey;
}

/**
 * The municipality a filter names, as a 6-digit code (`014290`), a name (`栗山町`) or a name after
 * its prefecture (`北海道栗山町`); undefined for a place no table holds.
 */
export function placeOf(nameOrCode: string): AreaPlace | undefined {
  const key = comparable(nameOrCode);
  return key === '' ? undefined : placeIndex().get(key);
}

/** Every municipality of the tables, in table order (area by area). */
export function allPlaces(): readonly AreaPlace[] {
  const places: AreaPlace[] = [];
  for (const table of AREA_TABLES) {
    for (const area of table.areas) {
      for (const municipality of area.municipalities) places.push({ table, area, municipality });
    }
  }
  return places;
}

/**
 * Municipalities a typed text may mean, for a place picker: a code (or its first digits), a
 * name or part of one, or a reading from its start (`いわみざわ`, `イワミザワ`). Table order.
 */
export function findPlaces(text: string): readonly AreaPlace[] {
  const key = comparable(text);
  if (key === '') return [];
  if (/^\d+$/.test(key)) return allPlaces().filter((place) => place.municipality.code.startsWith(key));
  return allPlaces().filter(
    (place) => place.municipality.name.includes(key) || place.municipality.kana.startsWith(key) || comparable(place.area.short) === key,
  );
}

/** Places that fit what is typed, under a heading: an area's name, or '' for the data's other places. */
export interface PlaceGroup {
  readonly heading: string;
  readonly places: readonly { readonly name: string; readonly reading: string }[];
}

/**
 * What a place picker suggests for a typed text: towns of the tables grouped under their area,
 * then the data's other place names (`others`) holding the text; `limit` places in all.
 */
export function suggestPlaces(text: string, others: readonly string[], limit: number): PlaceGroup[] {
  const groups: { heading: string; places: { name: string; reading: string }[] }[] = [];
  const found = findPlaces(text);
  for (const place of found.slice(0, limit)) {
    const town = { name: place.municipality.name, reading: place.municipality.kana };
    const last = groups.at(-1);
    if (last?.heading === place.area.name) last.places.push(town);
    else groups.push({ heading: place.area.name, places: [town] });
  }
  const inTables = new Set(found.map((place) => place.municipality.name));
  const key = text.trim();
  const rest = others.filter((name) => name.includes(key) && !inTables.has(name)).slice(0, Math.max(0, limit - found.length));
  if (key !== '' && rest.length > 0) groups.push({ heading: '', places: rest.map((name) => ({ name, reading: '' })) });
  return groups;
}
