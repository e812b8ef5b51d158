import { CLASSIFICATIONS } from '../data/codes.js';
import { phonesOf } from '../data/phones.js';
import type { ServiceRecord } from '../data/record.js';
import { lastAnswer, weakMemo } from '../data/remembered.js';
import type { CrisisLineId } from '../flows/crisis-lines.js';
import type { answerQuery, answerRows, FoundRows } from './answer.js';
import type { ServiceCounts } from './counts.js';
import type { Flow } from './flow.js';
import type { Lang } from '../i18n/lang.js';
import type { SearchIndex } from '../search/search-index.js';
import type { TroubleMatcher } from './troubles.js';

/**
 * The 支援員's list (`view="list"`) and the printed handout, as plain data: every live service
 * of a town grouped by 行政サービス分類, narrowed by the conversation's own search, and each
 * service's contacts as text to print.
 */

/** A group of the list: a 行政サービス分類 (by name) and its services, in data order. */
export interface ListGroup {
  /** The code (`401`), a publisher's own 分類 as written, or '' for none. */
  readonly key: string;
  /** The name to show: 相談 for 401, the publisher's text, or '' (shown as その他). */
  readonly label: string;
  readonly records: readonly ServiceRecord[];
}

const NAMES: ReadonlyMap<string, string> = new Map(Object.entries(CLASSIFICATIONS));
/** The template's order: 101 届出 … 602 お知らせ. */
const ORDER: ReadonlyMap<string, number> = new Map(Object.keys(CLASSIFICATIONS).map((code, at) => [code, at]));
/** A letter or digit in any script: a 分類 with none (dashes, zero-width junk) names nothing. */
const READABLE = /[\p{L}\p{N}]/u;

/** Each record's group key (its first readable 分類, or ''), tested once per record, not per render. */
const groupKey = weakMemo((record: ServiceRecord): string => {
  const first = record.classifications[0] ?? '';
  return READABLE.test(first) ? first : '';
});

const rank = (key: string): number => (key === '' ? Infinity : (ORDER.get(key) ?? ORDER.size));
const byRank = (a: string, b: string): number => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups by each record's first 行政サービス分類, in the template's order; a publisher's own
 * 分類 names after them in character order; services with none last. Kept per records array:
 * opening the list again, or the handout of the same list, groups nothing again.
 */
export const listGroups = weakMemo((records: readonly ServiceRecord[]): readonly ListGroup[] => {
  const groups = new Map<string, ServiceRecord[]>();
  for (const record of records) {
    const key = groupKey(record);
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return [...groups].sort(([a], [b]) => byRank(a, b)).map(([key, list]) => ({ key, label: NAMES.get(key) ?? key, records: list }));
});

/** A town's services as the filter walks them: each one's row in every record, and its place in the town. */
interface TownPlaces {
  readonly rows: Int32Array;
  readonly position: ReadonlyMap<ServiceRecord, number>;
}

/** Kept per town, for the records it was last filtered in. */
const placesOf = weakMemo((town: readonly ServiceRecord[]) =>
  lastAnswer((records: readonly ServiceRecord[]): TownPlaces => {
    const row = new Map<ServiceRecord, number>();
    records.forEach((record, at) => row.set(record, at));
    return {
      rows: Int32Array.from(town, (record) => row.get(record) ?? -1),
      position: new Map(town.map((record, at) => [record, at])),
    };
  }),
);

/** What the list's filter asks of the search chunk: the conversation's own answer. */
export interface ListSearch {
  readonly answerQuery: typeof answerQuery;
  /** Every row an answer found (answer.ts), when the chunk has it: the whole list from one answer. */
  readonly answerRows?: typeof answerRows;
  readonly index?: SearchIndex;
  readonly troubles?: TroubleMatcher;
  /** The goals' services for the town (ServiceCounts), when already counted. */
  readonly counts?: ServiceCounts;
}

export interface ListFilterContext {
  readonly flow: Flow;
  readonly lang: Lang;
  /** Every record (the search index is over these). */
  readonly records: readonly ServiceRecord[];
  readonly municipality: string;
}

/** What the list's filter found: the services, and the crisis lines what was typed calls for. */
export interface ListFilter {
  /** The services found, in the list's order; with `partial`, only the best few of them. */
  readonly records: readonly ServiceRecord[];
  readonly crisis: readonly CrisisLineId[];
  /** How many services were found in all. */
  readonly total: number;
  /** `records` holds only the best `limit` of the `total`. */
  readonly partial: boolean;
}

/**
 * The town's services the conversation's search finds for `query`, kept in the list's order
 * (so they stay grouped), with the crisis lines for a cry for help, as the search box shows
 * them; the whole town when nothing is typed. `undefined` for a query too short to search
 * (one kana), which leaves the list as it was. With `limit`, only the best `limit` services.
 * Without it, every service the answer counts, taken from the answer's rows in one pass over
 * the town (and grouped in that pass): one answer per keystroke, never a second, unlimited one.
 */
export function filterTown(
  town: readonly ServiceRecord[],
  query: string,
  search: ListSearch,
  context: ListFilterContext,
  limit?: number,
): ListFilter | undefined {
  if (query.trim() === '') return { records: town, crisis: [], total: town.length, partial: false };
  const ask = (size: number) =>
    search.answerQuery(query, {
      ...context,
      limit: size,
      ...(search.index ? { index: search.index } : {}),
      ...(search.troubles ? { troubles: search.troubles } : {}),
      ...(search.counts ? { counts: search.counts } : {}),
    });
  // Every service found is in the answer's rows: the whole list needs no page of answer entries.
  const answer = ask(limit ?? 1);
  if (answer.tooShort) return answer.crisis.length > 0 ? { records: town, crisis: answer.crisis, total: town.length, partial: false } : undefined;
  const places = placesOf(town)(context.records);
  if (limit === undefined) {
    const rows = search.answerRows?.(answer) ?? rowsIn(ask(town.length).services, context.records);
    const records: ServiceRecord[] = [];
    for (let at = 0; at < town.length; at += 1) {
      const row = places.rows[at] as number;
      if (row >= 0 && rows.has(row)) records.push(town[at] as ServiceRecord);
    }
    return { records, crisis: answer.crisis, total: records.length, partial: false };
  }
  // The best few, in the town's order by their places (not a pass over every service of the town).
  const found = answer.services.map((service) => service.record).filter((record) => places.position.has(record));
  const records = found.sort((a, b) => (places.position.get(a) ?? 0) - (places.position.get(b) ?? 0));
  return { records, crisis: answer.crisis, total: answer.total, partial: answer.total > records.length };
}

/** The rows of `services` in `records`, for an answer that does not tell its rows. */
function rowsIn(services: readonly { readonly record: ServiceRecord }[], records: readonly ServiceRecord[]): FoundRows {
  const found = new Set(services.map((service) => service.record));
  const rows = new Set<number>();
  records.forEach((record, row) => found.has(record) && rows.add(row));
  return rows;
}

/** One service as the handout prints it: text only, as the data wrote it. */
export interface HandoutEntry {
  readonly name: string;
  readonly alias: string;
  /** The phone cell as published; else each number found in お問い合わせ先, with the words before it (夜間 0120-…). */
  readonly phones: readonly string[];
  readonly hours: string;
  readonly address: string;
  readonly url: string;
}

export function handoutEntry(record: ServiceRecord): HandoutEntry {
  const phoneText = record.phoneText.trim();
  return {
    name: record.name,
    alias: record.alias,
    phones: phoneText !== '' ? [phoneText] : phonesOf(record).map((phone) => (phone.label ? `${phone.label} ${phone.number}` : phone.number)),
    hours: record.hours,
    address: record.address,
    url: record.url,
  };
}
