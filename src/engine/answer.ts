import type { ServiceRecord } from '../data/record.js';
import type { CrisisLineId } from '../flows/crisis-lines.js';
import type { Lang } from '../i18n/lang.js';
import { crisisLinesFor } from '../search/crisis.js';
import type { MatchRanges } from '../search/ranges.js';
import { SearchIndex, type SearchHit } from '../search/search-index.js';
import { ServiceCounts } from './counts.js';
import type { Flow, GoalNode } from './flow.js';
import { matchesMunicipality, queryRank } from './query.js';
import type { SituationMatch, TroubleMatcher } from './troubles.js';
import type * as Troubles from './troubles.js';

/** A situation this close to the query is offered as a shortcut and lists its services. */
export const SITUATION_MIN_SCORE = 0.4;
/** When nothing else is found, situations this close are suggested. */
export const SUGGESTION_MIN_SCORE = 0.25;
/** At most this many shortcuts or suggestions. */
export const SITUATIONS_SHOWN = 3;
/** Situations scoring within this share of the best are equally likely: their services alternate. */
const CLOSE_SHARE = 0.85;
/** Content words of a sentence looked up one by one, longest first. */
const CONTENT_WORDS_LOOKED_UP = 4;

let troubleModule: Promise<typeof Troubles | undefined> | undefined;

/**
 * Loads the trouble matcher (phrases, readings: a chunk of its own in the browser build, like
 * fuse.js) and builds it for `flow`. Undefined when the chunk cannot be loaded: crisis words,
 * names and the data's text are still answered.
 */
export async function loadTroubleMatcher(flow: Flow): Promise<TroubleMatcher | undefined> {
  troubleModule ??= import('./troubles.js').catch(() => undefined);
  return (await troubleModule)?.TroubleMatcher.build(flow);
}

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
 *    beside the categories and the crisis lines' entry point, never a dead end.
 */
export interface Answer {
  readonly crisis: readonly CrisisLineId[];
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
  /** The flow's trouble matcher once loaded (`loadTroubleMatcher`); until then no situations are matched. */
  readonly troubles?: TroubleMatcher;
}

const NO_RANGES: MatchRanges = { name: [], alias: [] };

const builtIndexes = new WeakMap<readonly ServiceRecord[], SearchIndex>();
const builtCounts = new WeakMap<Flow, WeakMap<readonly ServiceRecord[], Map<string, ServiceCounts>>>();
const rankedResults = new WeakMap<readonly ServiceRecord[], readonly ServiceRecord[]>();

function searchIndex(context: AnswerContext): SearchIndex {
  if (context.index?.records === context.records) return context.index;
  let index = builtIndexes.get(context.records);
  if (index === undefined) {
    index = SearchIndex.build(context.records);
    builtIndexes.set(context.records, index);
  }
  return index;
}

function serviceCounts(context: AnswerContext): ServiceCounts {
  if (context.counts) return context.counts;
  const municipality = context.municipality ?? '';
  let byRecords = builtCounts.get(context.flow);
  if (byRecords === undefined) builtCounts.set(context.flow, (byRecords = new WeakMap()));
  let byArea = byRecords.get(context.records);
  if (byArea === undefined) byRecords.set(context.records, (byArea = new Map()));
  let counts = byArea.get(municipality);
  if (counts === undefined) byArea.set(municipality, (counts = new ServiceCounts(context.flow, context.records, municipality)));
  return counts;
}

/** A goal's services, most central first (see `queryRank`); sorted once per result list. */
function goalServices(flow: Flow, counts: ServiceCounts, goal: string): readonly ServiceRecord[] {
  const results = counts.results(goal);
  let ranked = rankedResults.get(results);
  if (ranked === undefined) {
    const rank = queryRank((flow.nodes[goal] as GoalNode).query);
    const ranks = new Map(results.map((record) => [record, rank(record)]));
    ranked = [...results].sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0));
    rankedResults.set(results, ranked);
  }
  return ranked;
}

/** Kanji and katakana runs: the content words of a sentence (家賃が払えない → 家賃 払). */
const CONTENT_WORD = /[\p{Script=Han}々]+|[\p{Script=Katakana}ー]{2,}|[a-z0-9]{2,}/giu;

/** The content words of `query` worth looking up on their own: none when the query is one word. */
function contentWords(query: string): string[] {
  const words = [...new Set(query.match(CONTENT_WORD) ?? [])].sort((a, b) => b.length - a.length);
  if (words.join('') === query.replace(/[\s\u3000]/g, '')) return [];
  // A single kanji is a word only when nothing longer was typed (米がない, but not 回 of 首が回らない).
  const longer = words.filter((word) => word.length > 1);
  return (longer.length > 0 ? longer : words).slice(0, CONTENT_WORDS_LOOKED_UP);
}

/**
 * Services of the matched situations, best situation first; situations about as likely as the
 * best alternate, so an ambiguous query ("税金の滞納": tax or rent?) shows both in the first few.
 */
function situationServices(situations: readonly SituationMatch[], serviceOf: (goal: string) => readonly ServiceRecord[]): ServiceRecord[] {
  const lists = situations.map((match) => [...new Set(match.situation.goals.flatMap(serviceOf))]);
  const best = situations[0]?.score ?? 0;
  const close = situations.filter((match) => match.score >= best * CLOSE_SHARE).length;
  const alternating: ServiceRecord[] = [];
  for (let at = 0; lists.slice(0, close).some((list) => at < list.length); at += 1) {
    for (const list of lists.slice(0, close)) if (at < list.length) alternating.push(list[at] as ServiceRecord);
  }
  return [...alternating, ...lists.slice(close).flat()];
}

/**
 * The combined answer to what a person typed: crisis lines, situations of the flow, and the
 * services for them. Pure: the same query and context give the same answer; what it builds
 * (index, goal results) is kept per records array for the next keystroke.
 */
export function answerQuery(query: string, context: AnswerContext): Answer {
  const crisis = crisisLinesFor(query);
  const limit = context.limit ?? 30;
  const municipality = context.municipality ?? '';
  const filter = (record: ServiceRecord): boolean => matchesMunicipality(record, municipality);
  const index = searchIndex(context);
  const everything = { limit: Number.MAX_SAFE_INTEGER, filter };
  const found = index.search(query, everything);
  if (found.tooShort) return { crisis, situations: [], suggestions: [], services: [], total: 0, tooShort: true };

  const matches = context.troubles?.match(query, context.lang, { limit: SITUATIONS_SHOWN, minScore: SUGGESTION_MIN_SCORE }) ?? [];
  const situations = matches.filter((match) => match.score >= SITUATION_MIN_SCORE);

  const listed = new Map<ServiceRecord, AnswerService>();
  const add = (record: ServiceRecord, via: AnswerService['via'], ranges = NO_RANGES): void => {
    if (!listed.has(record)) listed.set(record, { record, via, ranges });
  };
  const byName = (hit: SearchHit): boolean => hit.via === 'name' || hit.via === 'near';
  for (const hit of found.hits) if (byName(hit)) add(hit.record, 'name', hit.ranges);
  if (situations.length > 0) {
    const counts = serviceCounts(context);
    for (const record of situationServices(situations, (goal) => goalServices(context.flow, counts, goal))) add(record, 'situation');
  }
  for (const hit of found.hits) if (!byName(hit)) add(hit.record, 'text', hit.ranges);
  // A sentence ("借金で首が回らない") rarely appears whole in the data; its words may. Records
  // holding more of them (by length) come first.
  const weights = new Map<ServiceRecord, number>();
  for (const word of contentWords(query)) {
    for (const hit of index.search(word, everything).hits) weights.set(hit.record, (weights.get(hit.record) ?? 0) + word.length);
  }
  for (const [record] of [...weights].sort((a, b) => b[1] - a[1])) add(record, 'text');

  const services = [...listed.values()];
  return {
    crisis,
    situations,
    suggestions: services.length === 0 && situations.length === 0 ? matches : [],
    services: services.slice(0, limit),
    total: services.length,
  };
}
