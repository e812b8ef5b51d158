import { SETUP_ERRORS, type ShienNaviError } from '../data/errors.js';
import type { LoadedData } from '../data/load.js';
import type { ServiceRecord } from '../data/record.js';
import { lastAnswer } from '../data/remembered.js';
import type { Lang } from '../i18n/lang.js';
import type { Messages } from '../i18n/messages.js';
import type { SearchIndex } from '../search/search-index.js';
import type * as CountsModule from './counts.js';
import type { GoalIndex, ServiceCounts } from './counts.js';
import type { GoalFallback } from './fallback.js';
import type { Flow } from './flow.js';
import type { SearchChunk } from './load-trouble-search.js';
import { withCategories } from './transcript.js';
import type { TroubleMatcher } from './troubles.js';
import {
  answerView,
  bubbles,
  categoryViews,
  choiceViews,
  crisisView,
  dataNotice,
  municipalityNames,
  NO_SEARCH,
  searchAnnouncement,
  stepAnnouncement,
  type BubbleView,
  type ChoiceView,
  type SearchView,
} from './views.js';
import * as walker from './walker.js';

/** Search results shown at first and added by "more": few cards keep typing instant and calm. */
export const SEARCH_PAGE = 10;
/** Typing pauses this long before the number of search results is read out. */
export const SEARCH_ANNOUNCE_DELAY_MS = 800;

/** What the model is given: the element's attributes, and what its controllers fetched or built. */
export interface NaviInputs {
  /** The flow in use: the bundled one, or the site's once checked. */
  readonly flow: Flow;
  /** The `categories` attribute: ids of the top-level answers to offer, in order. */
  readonly categories: string;
  /** The `start` attribute: id of the node to open on, or ''. */
  readonly start: string;
  readonly municipality: string;
  readonly lang: Lang;
  readonly messages: Messages;
  /** The data of the last load that ended, and whether a load is under way. */
  readonly data: LoadedData;
  readonly dataLoading: boolean;
  /** The counting chunk, once here. */
  readonly counting: typeof CountsModule | undefined;
  /** Which goals each service answers, built in the background; `countingFailed` when that could not be done. */
  readonly goalIndex: GoalIndex | undefined;
  readonly countingFailed: boolean;
  /** The search chunk once here; `searchUnavailable` when the last try to fetch it failed. */
  readonly search: SearchChunk | undefined;
  readonly searchUnavailable: boolean;
  /** The index over the data and the flow's trouble matcher, built in the background; `troublesFailed` when the matcher could not be. */
  readonly searchIndex: SearchIndex | undefined;
  readonly troubles: TroubleMatcher | undefined;
  readonly troublesFailed: boolean;
}

/** A step reached, with how many services it shows (0 for a question). */
export interface Move {
  readonly nodeId: string;
  readonly node: walker.StopNode;
  readonly results: number;
}

/** The live region: what the model says, and when. */
export interface Voice {
  /** Says `text` once, now. */
  say(text: string): void;
  /** Says `text` once nothing else was asked for `delayMs` (once typing pauses). */
  sayAfterPause(text: string, delayMs: number): void;
  /** Forgets what waits for a pause. */
  cancelPending(): void;
  /** Falls silent at once (the conversation opened afresh). */
  silence(): void;
}

/** What the model tells the element that shows it. */
export interface NaviListener {
  /** Something shown changed. */
  changed(): void;
  /** The person (or the page) moved to a step; undefined when Back only left the search for the conversation. */
  moved(move: Move | undefined): void;
  error(error: ShienNaviError): void;
  /**
   * Once per keystroke, with the number of services found (never the text, nor what it matched),
   * when the answer is whole; of keystrokes typed while it is not yet, only the last is reported.
   */
  searched(results: number): void;
}

/** What the conversation shows now. */
export interface NaviView {
  /** The flow as offered (only the `categories` chosen). */
  readonly flow: Flow;
  readonly nodeId: string;
  readonly node: walker.StopNode;
  /** Back does something: a step to go back to, or a search to leave. */
  readonly canGoBack: boolean;
  readonly bubbles: readonly BubbleView[];
  readonly choices: readonly ChoiceView[];
  /** The services the goal shows (none for a question); undefined while they are worked out. */
  readonly results: readonly ServiceRecord[] | undefined;
  readonly fallback: GoalFallback | undefined;
  /** What was typed; '' when not searching. */
  readonly query: string;
  readonly search: SearchView;
  /** The top-level categories, offered when a search finds nothing. */
  readonly categories: readonly ChoiceView[];
  /** The municipalities the data names, for the picker. */
  readonly municipalities: readonly string[];
  /** The chosen municipality as a person knows it: a town's name where `municipality` is its code. */
  readonly municipalityName: string;
  readonly notice: ReturnType<typeof dataNotice>;
  /** The services once the data has loaded; undefined while it loads. */
  readonly records: readonly ServiceRecord[] | undefined;
  readonly counts: ServiceCounts | undefined;
}

/** A step opened from a search's shortcut, and the search that Back from it brings back. */
interface Return {
  readonly at: walker.WalkState;
  readonly query: string;
  readonly limit: number;
}

const NO_RECORDS: readonly ServiceRecord[] = [];

/**
 * The state of one widget, without the DOM: where the person is in the flow, what they typed
 * and how many results are shown, and what follows from the data and what was built over it.
 * Inputs come in through `set` (once per update of the element), the person's actions through
 * the methods; `view()` is what to show, worked out only when an input changed (each part
 * through `lastAnswer`, so a part that did not change is the same object and is not drawn again).
 */
export class NaviModel {
  readonly #listener: NaviListener;
  readonly #voice: Voice;
  #in: NaviInputs;
  #walk: walker.WalkState;
  /** Steps opened from a search, newest last. */
  #returns: readonly Return[] = [];
  #query = '';
  #limit = SEARCH_PAGE;
  /** A keystroke whose count is not reported yet: it waits for the whole answer. */
  #unreported = false;
  /** What the live region was last asked to say about the search. */
  #said: string | undefined;

  readonly #offered = lastAnswer((flow: Flow, categories: string) => withCategories(flow, categories.split(/\s+/).filter(Boolean)));
  readonly #bubbles = lastAnswer(bubbles);
  readonly #choices = lastAnswer(choiceViews);
  readonly #categories = lastAnswer(categoryViews);
  readonly #municipalities = lastAnswer(municipalityNames);
  readonly #countsIn = lastAnswer((counting: typeof CountsModule, index: GoalIndex, municipality: string) => new counting.ServiceCounts(index, municipality));
  readonly #townNameOf = lastAnswer((counting: typeof CountsModule, records: readonly ServiceRecord[], municipality: string) => counting.townName(records, municipality));
  readonly #townOf = lastAnswer((counting: typeof CountsModule, records: readonly ServiceRecord[], municipality: string) => counting.townServices(records, municipality));
  readonly #goalResults = lastAnswer(goalResults);
  readonly #fallbackOf = lastAnswer((counting: typeof CountsModule, results: readonly ServiceRecord[], records: readonly ServiceRecord[], municipality: string) =>
    counting.goalFallback(results, records, municipality),
  );
  readonly #indexNow = lastAnswer((chunk: SearchChunk, records: readonly ServiceRecord[]) => chunk.SearchIndex.build(records));
  readonly #answer = lastAnswer(answer);

  constructor(inputs: NaviInputs, voice: Voice, listener: NaviListener) {
    this.#voice = voice;
    this.#listener = listener;
    this.#in = inputs;
    this.#walk = walker.startWalk(this.flow, this.#startNode());
  }

  /** The flow as offered. */
  get flow(): Flow {
    return this.#offered(this.#in.flow, this.#in.categories);
  }

  /** The services once the data has loaded; undefined while it loads. */
  get records(): readonly ServiceRecord[] | undefined {
    return this.#in.dataLoading ? undefined : this.#in.data.records;
  }

  /** New inputs; a new flow, `categories` or `start` opens the conversation afresh. */
  set(inputs: NaviInputs): void {
    const start = this.#in.start;
    this.#in = inputs;
    if (this.flow === this.#walk.flow && inputs.start === start) return;
    this.#walk = walker.startWalk(this.flow, this.#startNode());
    this.#returns = [];
    this.#voice.silence();
  }

  view(): NaviView {
    const { lang, messages, data } = this.#in;
    const walk = this.#walk;
    const nodeId = walker.currentStep(walk).nodeId;
    const node = walker.currentNode(walk);
    const counts = this.#counts();
    return {
      flow: walk.flow,
      nodeId,
      node,
      canGoBack: walker.canGoBack(walk) || this.#query !== '',
      bubbles: this.#bubbles(walk, messages, lang),
      choices: this.#choices(node, counts, messages, lang),
      results: this.#results(nodeId),
      fallback: this.#fallback(nodeId),
      query: this.#query,
      search: this.#search(),
      categories: this.#categories(walk.flow, lang),
      municipalities: this.#municipalities(data.records),
      municipalityName: this.#in.counting ? this.#townNameOf(this.#in.counting, data.records, this.#in.municipality) : this.#in.municipality.trim(),
      notice: dataNotice({ loading: this.#in.dataLoading, staleSince: data.staleSince, failed: data.errors.length }, messages, lang),
      records: this.records,
      counts,
    };
  }

  /**
   * Every service the town sees (engine/town.ts), for the list; none until the counting code
   * (which holds the municipality rule and its 179-town table) has arrived with the data.
   */
  town(): readonly ServiceRecord[] {
    const { counting, data, municipality } = this.#in;
    if (municipality.trim() === '') return data.records;
    return counting ? this.#townOf(counting, data.records, municipality) : NO_RECORDS;
  }

  /** Back to the node the conversation opens on. */
  restart(): void {
    this.#move(walker.startWalk(this.flow, this.#startNode()));
  }

  /** Opens a node by id, keeping the way back; false (and a `flow` error) for an unknown id. */
  goTo(nodeId: string): boolean {
    if (!Object.hasOwn(this.#walk.flow.nodes, nodeId)) {
      this.#listener.error(SETUP_ERRORS.unknownNode(nodeId));
      return false;
    }
    this.#move(walker.goTo(this.#walk, nodeId));
    return true;
  }

  choose(index: number): void {
    this.#move(walker.choose(this.#walk, index));
  }

  /** One of the top-level categories, chosen from anywhere (a search that found nothing). */
  chooseCategory(index: number): void {
    this.#move(walker.choose(walker.startWalk(this.#walk.flow), index));
  }

  /**
   * Leaves the search for one of its shortcuts into the questions; Back from that step brings
   * the search back as it was (what was typed and the results shown), said at once.
   */
  openShortcut(nodeId: string): void {
    const search = { query: this.#query, limit: this.#limit };
    this.clearSearch();
    if (!this.goTo(nodeId)) return;
    this.#returns = [...this.#returns, { at: this.#walk, ...search }];
  }

  /** Leaves the search first, if there is one; else goes back a step. */
  back(): void {
    if (this.#query !== '') {
      this.clearSearch();
      this.#listener.moved(undefined);
      return;
    }
    const opened = this.#returns.at(-1);
    const leaving = opened !== undefined && this.#walk.steps.length === opened.at.steps.length && walker.passesThrough(this.#walk, opened.at);
    this.#move(walker.back(this.#walk));
    if (!leaving) return;
    this.#query = opened.query;
    this.#limit = opened.limit;
    this.#said = this.#announcement();
    if (this.#said !== undefined) this.#voice.say(this.#said);
    this.#listener.changed();
  }

  /** A keystroke: search at once, say how many were found once typing pauses. */
  setQuery(text: string): void {
    this.#query = text;
    this.#limit = SEARCH_PAGE;
    this.#unreported = true;
    this.#report();
    this.#announce();
    this.#listener.changed();
  }

  /** One more page of search results. */
  showMore(): void {
    this.#limit += SEARCH_PAGE;
    this.#listener.changed();
  }

  /**
   * After each update of the element: the count of the last keystroke once its answer is whole,
   * and results that changed with nothing typed (the search arrived, the data, the area) read out.
   */
  settle(): void {
    this.#report();
    if (this.#query !== '' && this.#announcement() !== this.#said) this.#announce();
  }

  #move(state: walker.WalkState): void {
    this.#walk = state;
    // A return belongs to its step: gone once the walk no longer passes through it.
    this.#returns = this.#returns.filter((opened) => walker.passesThrough(state, opened.at));
    // Every move leaves the search (it is made from the conversation, or from a search that found nothing).
    this.clearSearch();
    const { lang, messages } = this.#in;
    const nodeId = walker.currentStep(state).nodeId;
    const node = walker.currentNode(state);
    const results = node.kind === 'goal' ? (this.#results(nodeId)?.length ?? 0) : 0;
    this.#voice.say(stepAnnouncement(node, results, messages, lang));
    this.#listener.moved({ nodeId, node, results });
    this.#listener.changed();
  }

  #startNode(): string {
    const { flow } = this;
    const start = this.#in.start.trim();
    if (start === '') return flow.start;
    if (Object.hasOwn(flow.nodes, start)) return start;
    this.#listener.error(SETUP_ERRORS.unknownStart(start));
    return flow.start;
  }

  /** Back to the conversation. */
  clearSearch(): void {
    if (this.#query === '') return;
    this.#query = '';
    this.#limit = SEARCH_PAGE;
    this.#said = undefined;
    this.#unreported = false;
    this.#voice.cancelPending();
    this.#listener.changed();
  }

  /** Counts for the municipality, once the index of this flow and data is built. */
  #counts(): ServiceCounts | undefined {
    const { counting, goalIndex, municipality } = this.#in;
    if (counting === undefined || goalIndex?.flow !== this.flow || goalIndex.records !== this.records) return undefined;
    return this.#countsIn(counting, goalIndex, municipality);
  }

  #results(nodeId: string): readonly ServiceRecord[] | undefined {
    const { counting, countingFailed, municipality } = this.#in;
    return this.#goalResults(this.#walk.flow, nodeId, this.records, municipality, counting, countingFailed, this.#counts());
  }

  /** What a goal shows when the town has no service of its own for it (see goalFallback); undefined otherwise. */
  #fallback(nodeId: string): GoalFallback | undefined {
    const { counting, municipality } = this.#in;
    const results = this.#results(nodeId);
    const { records } = this;
    return results && records && counting && this.#walk.flow.nodes[nodeId]?.kind === 'goal' ? this.#fallbackOf(counting, results, records, municipality) : undefined;
  }

  #search(): SearchView {
    const { search, searchUnavailable, searchIndex, troubles, municipality, lang } = this.#in;
    const { records, flow } = this;
    const index = search && records && (searchIndex?.records === records ? searchIndex : this.#indexNow(search, records));
    return this.#answer(this.#query, this.#limit, search, searchUnavailable, records, index, troubles?.flow === flow ? troubles : undefined, municipality, flow, this.#counts(), lang);
  }

  /** Reports the count of the last keystroke once the search, the data and the flow's trouble matcher are in (or have failed). */
  #report(): void {
    if (!this.#unreported) return;
    const view = this.#search();
    const troubles = this.#in.troubles?.flow === this.flow || this.#in.troublesFailed;
    if (this.#query !== '' && !view.unavailable && (view.pending || !troubles)) return;
    this.#unreported = false;
    this.#listener.searched(view.total);
  }

  #announcement(): string | undefined {
    return searchAnnouncement(this.#query, this.#search(), this.#in.messages);
  }

  #announce(): void {
    this.#said = this.#announcement();
    if (this.#said === undefined) this.#voice.cancelPending();
    else this.#voice.sayAfterPause(this.#said, SEARCH_ANNOUNCE_DELAY_MS);
  }
}

/** The services a goal shows (none for a question); undefined while the data or the counting code loads. */
function goalResults(
  flow: Flow,
  nodeId: string,
  records: readonly ServiceRecord[] | undefined,
  municipality: string,
  counting: typeof CountsModule | undefined,
  countingFailed: boolean,
  counts: ServiceCounts | undefined,
): readonly ServiceRecord[] | undefined {
  if (records === undefined) return undefined;
  // No data, or the counting code never arrived: a goal with nothing (and its kind way on).
  if (records.length === 0 || (counting === undefined && countingFailed)) return NO_RECORDS;
  if (counting === undefined) return undefined;
  if (counts) return counts.results(nodeId);
  // The index of a big file is still being built: answer this one goal directly.
  const node = flow.nodes[nodeId];
  return node?.kind === 'goal' ? counting.runQuery(node.query, records, municipality) : NO_RECORDS;
}

/** What the search shows for `query`: its crisis lines at once, the whole answer once the search is here. */
function answer(
  query: string,
  limit: number,
  chunk: SearchChunk | undefined,
  unavailable: boolean,
  records: readonly ServiceRecord[] | undefined,
  index: SearchIndex | undefined,
  troubles: TroubleMatcher | undefined,
  municipality: string,
  flow: Flow,
  counts: ServiceCounts | undefined,
  lang: Lang,
): SearchView {
  if (query.trim() === '') return NO_SEARCH;
  if (chunk === undefined) return crisisView(query, unavailable);
  const found = chunk.answerQuery(query, {
    flow,
    lang,
    records: records ?? NO_RECORDS,
    municipality,
    limit,
    ...(index ? { index } : {}),
    ...(counts ? { counts } : {}),
    ...(troubles ? { troubles } : {}),
  });
  return answerView(found, records === undefined);
}

