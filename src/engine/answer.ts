import type { ServiceRecord } from '../data/record.js';
import { lastAnswer, remembered, weakMemo } from '../data/remembered.js';
import { LISTENING_LINES, type CrisisLineId } from '../flows/crisis-lines.js';
import type { Lang } from '../i18n/lang.js';
import { crisisAnswerFor } from '../search/crisis-meaning.js';
import { crisisSituation, serviceNames } from '../search/crisis-situation.js';
import { listeningFor } from '../search/distress.js';
import type { MatchRanges } from '../search/ranges.js';
import { SearchIndex } from '../search/search-index.js';
import { expansionTerms, understandQuery } from '../search/understand.js';
import { ServiceCounts } from './counts.js';
import type { Flow, GoalNode, GoalQuery } from './flow.js';
import { municipalityFilter, queryRank } from './query.js';
import type { Situation } from './situations.js';
import type { SituationMatch, TroubleMatcher } from './troubles.js';

/** A situation this close to the query is offered as a shortcut and lists its services. */
export const SITUATION_MIN_SCORE = 0.4;
/** When nothing else is found, situations this close are suggested. */
export const SUGGESTION_MIN_SCORE = 0.25;
/**
 * A shortcut also scores at least this share of the best: beside an exact situation
 * (家賃が払えない, 1.0), one that merely shares 払えない (子育て, 0.54) is noise, not a choice.
 */
export const SITUATION_SHARE_OF_BEST = 0.6;
/** At most this many shortcuts or suggestions. */
export const SITUATIONS_SHOWN = 3;
/** Situations scoring within this share of the best are equally likely: their services alternate. */
const CLOSE_SHARE = 0.85;
/** Records whose relevance is at least this share of the best are listed for the data's own words; below it they share only common pairs. */
const RELEVANCE_SHARE_OF_BEST = 0.3;

/** One service in the answer, and why it is there. */
export interface AnswerService {
  readonly record: ServiceRecord;
  /** `name`: 制度名 or 通称 (or a near miss of one); `situation`: a matched situation's goal; `text`: キーワード or the data's text. */
  readonly via: 'name' | 'situation' | 'text';
  /** Matched ranges in 制度名 and 通称, for highlighting (empty when not found by name). */
  readonly ranges: MatchRanges;
}

/**
 * What the search box answers, in the order the widget shows it:
 * 1. `crisis`: crisis lines, before anything else (whatever the data holds, with no data);
 * 2. `situations`: shortcuts into the flow ("家賃が払えない" → its goal), best first;
 * 3. `services`: services found by name, then those of the matched situations' goals, then
 *    those whose キーワード or text hold the query;
 * 4. when `services` and `situations` are both empty: `suggestions` (situations that are close),
 *    beside the categories and the crisis lines' entry point, never a dead end;
 * 5. `listening`: a line to a person goes with all this (distress without an act, or nothing found).
 */
export interface Answer {
  readonly crisis: readonly CrisisLineId[];
  /** A listening line to a person, shown with the rest: distress without an act, or nothing found and no crisis line. */
  readonly listening: boolean;
  readonly situations: readonly SituationMatch[];
  readonly suggestions: readonly SituationMatch[];
  /** The first `limit` services. */
  readonly services: readonly AnswerService[];
  /** Every service the answer has, of which `services` are the first. */
  readonly total: number;
  /** One kana or letter: nothing but crisis words was looked for. */
  readonly tooShort?: boolean;
}

export interface AnswerContext {
  readonly flow: Flow;
  readonly lang: Lang;
  readonly records: readonly ServiceRecord[];
  /** The municipality filter (name or code); records with no municipality always count. */
  readonly municipality?: string;
  /** How many services to list. Default 30. */
  readonly limit?: number;
  /** The search index over `records`, when the caller has built it (the widget builds it in slices); else built here once. */
  readonly index?: SearchIndex;
  /** Goal results over `records` for `municipality`, when the caller has them; else built here once. */
  readonly counts?: ServiceCounts;
  /** The flow's trouble matcher (`TroubleMatcher.build(flow)`); without it no situations are matched. */
  readonly troubles?: TroubleMatcher;
}

const NO_RANGES: MatchRanges = { name: [], alias: [] };

const builtIndex = weakMemo((records: readonly ServiceRecord[]) => SearchIndex.build(records));
/** Goal results built here when the caller has none, per flow, records and municipality (each town asked for kept). */
const builtCounts = weakMemo((flow: Flow) => weakMemo((records: readonly ServiceRecord[]) => remembered((municipality) => new ServiceCounts(flow, records, municipality))));

function searchIndex(context: AnswerContext): SearchIndex {
  return context.index?.records === context.records ? context.index : builtIndex(context.records);
}

function serviceCounts(context: AnswerContext): ServiceCounts {
  return context.counts ?? builtCounts(context.flow)(context.records)(context.municipality ?? '');
}

/** A goal's results, most central first (see `queryRank`); sorted once per result list. */
const rankedResults = weakMemo((results: readonly ServiceRecord[]) =>
  lastAnswer((query: GoalQuery): readonly ServiceRecord[] => {
    const rank = queryRank(query);
    const ranks = new Map(results.map((record) => [record, rank(record)]));
    return [...results].sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0));
  }),
);

/** A goal's services, most central first. */
function goalServices(flow: Flow, counts: ServiceCounts, goal: string): readonly ServiceRecord[] {
  return rankedResults(counts.results(goal))((flow.nodes[goal] as GoalNode).query);
}

/** Which rows of a records array are in a set, one bit each: unions and counts in a few hundred steps at 10,000 records. */
/** Rows of the records an answer holds. */
export interface FoundRows {
  has(row: number): boolean;
  readonly size: number;
}

/** Each answer's rows (beside it, so an answer stays plain data). */
const answers = new WeakMap<Answer, FoundRows>();

/**
 * Which rows of `context.records` the `total` services of an answer are, whatever its `limit`:
 * a list in the data's own order (the 支援員's list) takes them from here, never from a second,
 * unlimited answer. Undefined for a query too short to search.
 */
export function answerRows(answer: Answer): FoundRows | undefined {
  return answers.get(answer);
}

class RowSet implements FoundRows {
  readonly bits: Uint32Array;
  constructor(size: number) {
    this.bits = new Uint32Array(Math.ceil(size / 32));
  }
  has(row: number): boolean {
    return ((this.bits[row >>> 5] ?? 0) & (1 << (row & 31))) !== 0;
  }
  add(row: number): void {
    this.bits[row >>> 5] = (this.bits[row >>> 5] ?? 0) | (1 << (row & 31));
  }
  addAll(other: RowSet): void {
    for (let word = 0; word < this.bits.length; word += 1) this.bits[word] = (this.bits[word] ?? 0) | (other.bits[word] ?? 0);
  }
  get size(): number {
    let count = 0;
    for (let word of this.bits) {
      // Population count of one 32-bit word.
      word -= (word >>> 1) & 0x55555555;
      word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
      count += (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return count;
  }
}

const rowOf = weakMemo((records: readonly ServiceRecord[]): ReadonlyMap<ServiceRecord, number> => new Map(records.map((record, row) => [record, row])));

/** A situation's services (those of its goals in order, each once) and their rows; kept per goal results and situation. */
const situationLists = weakMemo((counts: ServiceCounts) =>
  weakMemo((situation: Situation) =>
    lastAnswer((flow: Flow, records: readonly ServiceRecord[]): { readonly list: readonly ServiceRecord[]; readonly rows: RowSet } => {
      const list = [...new Set(situation.goals.flatMap((goal) => goalServices(flow, counts, goal)))];
      const rows = new RowSet(records.length);
      const row = rowOf(records);
      for (const record of list) {
        const at = row.get(record);
        if (at !== undefined) rows.add(at);
      }
      return { list, rows };
    }),
  ),
);

/**
 * Services of the matched situations, best situation first; situations about as likely as the
 * best alternate, so an ambiguous query ("税金の滞納": tax or rent?) shows both in the first few.
 */
function* situationServices(situations: readonly SituationMatch[], lists: readonly (readonly ServiceRecord[])[]): Generator<ServiceRecord> {
  const best = situations[0]?.score ?? 0;
  const close = situations.filter((match) => match.score >= best * CLOSE_SHARE).length;
  const longest = Math.max(0, ...lists.slice(0, close).map((list) => list.length));
  for (let at = 0; at < longest; at += 1) for (const list of lists.slice(0, close)) if (at < list.length) yield list[at] as ServiceRecord;
  for (const list of lists.slice(close)) yield* list;
}

/**
 * Being among a matched situation's services counts as much as this share of the best relevance:
 * a situation's service less relevant than that comes after a record whose own words say more.
 */
const SITUATION_AS_RELEVANCE = 0.6;

/**
 * A bare list: most records carry no キーワード nor お困りごと (a national list, written with no
 * thought of people's words). There a situation is a goal found by its terms in the services'
 * descriptions and holds services for other troubles too (子育て: a third of Civichat's 90), so its
 * services count less; and the words a query's concepts add are the only bridge from people's words
 * (家賃) to the services' (住居確保給付金), so they count more. Chosen on the national development
 * sets; lists with those columns (the bundled flow's data) keep the weights above.
 */
const BARE_SITUATION_AS_RELEVANCE = 0.4;
const BARE_EXPANSION_FACTOR = 1.6;

/** Whether most records carry neither キーワード nor お困りごと (see BARE_SITUATION_AS_RELEVANCE); counted once per records array. */
export const isBareList = weakMemo((records: readonly ServiceRecord[]): boolean => {
  let authored = 0;
  for (const record of records) if (record.keywords.length > 0 || record.troubles.length > 0) authored += 1;
  return authored * 2 < records.length;
});

/**
 * The order of the services found for a trouble, lazily (only a page is taken): records whose
 * own words are relevant to the query (at least RELEVANCE_SHARE_OF_BEST of the best), keyed by
 * their share of the best relevance, a situation's service counting `situationShare` more
 * (SITUATION_AS_RELEVANCE, less on a bare list); merged with the situations' other services, in
 * the situations' order, keyed `situationShare`. A goal found by its words alone (in a list without
 * flow codes) holds services for other troubles too: relevance tells them apart.
 */
function* troubleServices(
  situation: Iterable<ServiceRecord>,
  inSituation: RowSet,
  relevant: readonly number[],
  records: readonly ServiceRecord[],
  row: ReadonlyMap<ServiceRecord, number>,
  scores: Float64Array,
  best: number,
  situationShare: number,
): Generator<readonly [ServiceRecord, AnswerService['via']]> {
  const key = (at: number): number => (best > 0 ? (scores[at] ?? 0) / best : 0) + (inSituation.has(at) ? situationShare : 0);
  const ranked = relevant.map((at) => ({ at, key: key(at) })).sort((a, b) => b.key - a.key);
  const ranks = new Set(relevant);
  let next = 0;
  for (const record of situation) {
    const at = row.get(record) ?? -1;
    if (ranks.has(at)) continue;
    for (; next < ranked.length && (ranked[next]?.key ?? 0) >= situationShare; next += 1) {
      const { at: rankedAt } = ranked[next] as { at: number };
      yield [records[rankedAt] as ServiceRecord, inSituation.has(rankedAt) ? 'situation' : 'text'];
    }
    yield [record, 'situation'];
  }
  for (; next < ranked.length; next += 1) {
    const { at } = ranked[next] as { at: number };
    yield [records[at] as ServiceRecord, inSituation.has(at) ? 'situation' : 'text'];
  }
}

/**
 * The combined answer to what a person typed: crisis lines, situations of the flow, and the
 * services for them. Pure: the same query and context give the same answer; what it builds
 * (index, goal results) is kept per records array for the next keystroke.
 */
export function answerQuery(query: string, context: AnswerContext): Answer {
  const crisis = crisisAnswerFor(query);
  const distress = listeningFor(query);
  const limit = context.limit ?? 30;
  const municipality = context.municipality ?? '';
  // The place is looked up once per keystroke, not once per record.
  const nearness = municipalityFilter(municipality);
  const filter = (record: ServiceRecord): boolean => nearness(record) !== undefined;
  const index = searchIndex(context);
  const found = index.search(query, { limit, filter, all: true });
  if (found.tooShort) return { crisis, listening: distress, situations: [], suggestions: [], services: [], total: 0, tooShort: true };

  const understanding = understandQuery(query);
  // The flow's crisis situations understood in the words: lines the word lists did not raise come after theirs.
  const heard = context.troubles ? crisisSituation(understanding, context.troubles.crisisGoals(), serviceNames(index)) : undefined;
  const crisisLines = heard ? [...new Set([...crisis, ...heard.crisis])] : crisis;
  const listens = distress || (heard?.listening === true && !crisisLines.some((line) => LISTENING_LINES.includes(line)));
  const matches = context.troubles?.match(query, context.lang, { limit: SITUATIONS_SHOWN, minScore: SUGGESTION_MIN_SCORE }, understanding) ?? [];
  const floor = Math.max(SITUATION_MIN_SCORE, (matches[0]?.score ?? 0) * SITUATION_SHARE_OF_BEST);
  const situations = matches.filter((match) => match.score >= floor);
  const counts = situations.length > 0 ? serviceCounts(context) : undefined;
  const lists = counts ? situations.map((match) => situationLists(counts)(match.situation)(context.flow, context.records)) : [];

  // Every service counts once (a bit per row); only the first `limit` become answer entries.
  const row = rowOf(context.records);
  const everything = new RowSet(context.records.length);
  const listed = new RowSet(context.records.length);
  const services: AnswerService[] = [];
  const ranges = new Map(found.hits.map((hit) => [hit.record, hit.ranges]));
  /** Lists `record` unless listed or the page is full; false once the page is full. */
  const add = (record: ServiceRecord, via: AnswerService['via']): boolean => {
    const at = row.get(record);
    if (at === undefined || listed.has(at)) return services.length < limit;
    listed.add(at);
    services.push({ record, via, ranges: (via === 'situation' ? undefined : ranges.get(record)) ?? NO_RANGES });
    return services.length < limit;
  };
  // The index is over `context.records`: its rows are theirs.
  const { records: matched, rows: matchedRows, via: matchedVia } = found.all ?? { records: [], rows: [], via: [] };
  for (const at of matchedRows) everything.add(at);
  for (const { rows } of lists) everything.addAll(rows);
  // The data's own words, the query widened by what its words mean (家賃 → 住居確保給付金).
  const inSituation = new RowSet(context.records.length);
  for (const { rows } of lists) inSituation.addAll(rows);
  // A record holding none of the words the meaning adds, nor a matched situation's, must hold much of the query's own words, heard or not.
  const bare = isBareList(context.records);
  const added = expansionTerms(understanding.concepts).map(({ text, weight }) => ({ text, weight: bare ? weight * BARE_EXPANSION_FACTOR : weight }));
  const relevance = index.relevance([{ text: query, weight: 1 }, ...added], filter, RELEVANCE_SHARE_OF_BEST, (at) => inSituation.has(at));
  for (const at of relevance.matched) everything.add(at);

  const byName = (at: number): boolean => matchedVia[at] === 'name' || matchedVia[at] === 'near';
  let room = services.length < limit;
  for (let at = 0; room && at < matched.length; at += 1) if (byName(at)) room = add(matched[at] as ServiceRecord, 'name');
  if (room) {
    const ordered = troubleServices(situationServices(situations, lists.map(({ list }) => list)), inSituation, relevance.rows, context.records, row, relevance.scores, relevance.best, bare ? BARE_SITUATION_AS_RELEVANCE : SITUATION_AS_RELEVANCE);
    for (const [record, via] of ordered) if (!(room = add(record, via))) break;
  }
  for (let at = 0; room && at < matched.length; at += 1) if (!byName(at)) room = add(matched[at] as ServiceRecord, 'text');

  const total = everything.size;
  const none = total === 0 && situations.length === 0;
  const answer: Answer = { crisis: crisisLines, listening: listens || (none && crisisLines.length === 0), situations, suggestions: none ? matches : [], services, total };
  answers.set(answer, everything);
  return answer;
}
