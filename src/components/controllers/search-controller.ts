import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ServiceRecord } from '../../data/record.js';
import type { ServiceCounts } from '../../engine/counts.js';
import type { Flow } from '../../engine/flow.js';
import { answerView, crisisView, NO_SEARCH, searchAnnouncement, type SearchView } from '../../engine/views.js';
import type { Lang } from '../../i18n/lang.js';
import type { Messages } from '../../i18n/messages.js';
import type { Announcer } from './announcer-controller.js';
import { TASK_STATUS } from './background-task.js';
import { SearchBuildController, type ChunkSource } from './search-build-controller.js';

export type { SearchView } from '../../engine/views.js';

/** Search results shown at first and added by "more": few cards keep typing instant and calm. */
export const SEARCH_PAGE = 10;
/** Typing pauses this long before the number of search results is read out. */
export const SEARCH_ANNOUNCE_DELAY_MS = 800;

export interface SearchInputs {
  /** The data, once it has loaded; undefined while it loads. */
  readonly records: readonly ServiceRecord[] | undefined;
  readonly municipality: string;
  /** The flow as offered: its situations are the shortcuts a trouble can open. */
  readonly flow: Flow;
  /** Goal results over `records` for `municipality`, once counted in the background. */
  readonly counts: ServiceCounts | undefined;
  readonly lang: Lang;
  readonly messages: Messages;
}

export interface SearchControllerOptions {
  readonly inputs: () => SearchInputs;
  readonly announcer: Pick<Announcer, 'say' | 'sayAfterPause' | 'cancelPending'>;
  /**
   * Once per keystroke, with the number of services found (never the text, nor what it matched),
   * when the answer is whole; of keystrokes typed while it is not yet, only the last is reported.
   */
  onSearch(results: number): void;
  /** Where the search chunk comes from: the page's one (default), or a test's. */
  readonly chunk?: ChunkSource;
}

const NO_RECORDS: readonly ServiceRecord[] = [];

/**
 * The free-text search of one widget: what is typed, how many results are shown, what they are,
 * and what is reported and read out. The search itself (its chunk, the index over the data and
 * the flow's trouble matcher) is made ready by a SearchBuildController; until the chunk is here,
 * and if it never comes, the crisis lines for what was typed show at once: they never wait.
 * Results are worked out once per keystroke, "more", or change of data, municipality, flow or
 * language, and read out once typing pauses (again when they change with nothing typed, e.g.
 * when the search arrives).
 */
export class SearchController implements ReactiveController {
  /** What the person typed; '' when not searching. */
  query = '';

  readonly #host: ReactiveControllerHost;
  readonly #options: SearchControllerOptions;
  readonly #build: SearchBuildController;
  #limit = SEARCH_PAGE;
  #memo: { readonly keys: readonly unknown[]; readonly view: SearchView } | undefined;
  /** A keystroke whose count is not reported yet: it waits for the whole answer. */
  #unreported = false;
  /** What the live region was last asked to say about the results. */
  #said: string | undefined;

  constructor(host: ReactiveControllerHost, options: SearchControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#build = new SearchBuildController(host, options.inputs, options.chunk);
  }

  /** The index over the data, built in the background. */
  get index(): SearchBuildController['index'] {
    return this.#build.index;
  }

  /** The flow's trouble matcher, built in the background. */
  get troubles(): SearchBuildController['troubles'] {
    return this.#build.troubles;
  }

  /** Whether the person is searching (the conversation is hidden meanwhile). */
  get active(): boolean {
    return this.query !== '';
  }

  /** What to show for the current query, within the municipality. */
  get result(): SearchView {
    const { query } = this;
    if (query.trim() === '') return NO_SEARCH;
    const { chunk } = this.#build;
    if (chunk === undefined) return crisisView(query, this.#build.unavailable);
    const { records, municipality, flow, counts, lang } = this.#options.inputs();
    const index = records && this.#build.indexOver(chunk, records);
    const troubles = this.#build.troublesFor(flow);
    const keys = [query, this.#limit, chunk, index, troubles, municipality, flow, counts, lang];
    if (this.#memo?.keys.every((key, at) => key === keys[at])) return this.#memo.view;
    const answer = chunk.answerQuery(query, {
      flow,
      lang,
      records: records ?? NO_RECORDS,
      municipality,
      limit: this.#limit,
      ...(index ? { index } : {}),
      ...(counts ? { counts } : {}),
      ...(troubles ? { troubles } : {}),
    });
    const view = answerView(answer, records === undefined);
    this.#memo = { keys, view };
    return view;
  }

  /** Results that changed with nothing typed (the trouble search arrived, the data, the area) are read out too. */
  hostUpdated(): void {
    this.#report();
    if (this.active && this.#announcement() !== this.#said) this.#announce();
  }

  /** A keystroke: search at once, say how many were found once typing pauses. */
  setQuery(text: string): void {
    this.query = text;
    this.#limit = SEARCH_PAGE;
    if (this.#build.chunk === undefined) this.#build.load();
    this.#unreported = true;
    this.#report();
    this.#announce();
    this.#host.requestUpdate();
  }

  /** One more page of results. */
  showMore(): void {
    this.#limit += SEARCH_PAGE;
    this.#host.requestUpdate();
  }

  /** Back to the conversation. */
  clear(): void {
    if (this.query === '') return;
    this.query = '';
    this.#limit = SEARCH_PAGE;
    this.#said = undefined;
    this.#unreported = false;
    this.#options.announcer.cancelPending();
    this.#host.requestUpdate();
  }

  /**
   * Leaves the search for a shortcut into the questions; returns what brings it back as it was
   * (what was typed and the results shown), said at once.
   */
  leave(): () => void {
    const { query } = this;
    const limit = this.#limit;
    this.clear();
    return () => {
      this.query = query;
      this.#limit = limit;
      this.#said = this.#announcement();
      if (this.#said !== undefined) this.#options.announcer.say(this.#said);
      this.#host.requestUpdate();
    };
  }

  /**
   * Reports the count of the last keystroke once the answer is whole: the search, the data and
   * the flow's trouble matcher are in (or have failed), so the count is the one shown.
   */
  #report(): void {
    if (!this.#unreported) return;
    const view = this.result;
    const troubles = this.#build.troublesFor(this.#options.inputs().flow) !== undefined || this.troubles.status === TASK_STATUS.error;
    if (this.active && !view.unavailable && (view.pending || !troubles)) return;
    this.#unreported = false;
    this.#options.onSearch(view.total);
  }

  #announcement(): string | undefined {
    return searchAnnouncement(this.query, this.result, this.#options.inputs().messages);
  }

  #announce(): void {
    this.#said = this.#announcement();
    if (this.#said === undefined) this.#options.announcer.cancelPending();
    else this.#options.announcer.sayAfterPause(this.#said, SEARCH_ANNOUNCE_DELAY_MS);
  }

}
