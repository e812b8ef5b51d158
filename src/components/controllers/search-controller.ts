import type { ReactiveControllerHost } from 'lit';
import type { ServiceRecord } from '../../data/record.js';
import { defaultYield } from '../../data/yield.js';
import { matchesMunicipality } from '../../engine/query.js';
import { searchAnnouncement } from '../../engine/views.js';
import type { Messages } from '../../i18n/messages.js';
import { SearchIndex, type SearchResult } from '../../search/search-index.js';
import type { Announcer } from './announcer-controller.js';
import { BackgroundTask } from './background-task.js';

/** Search results shown at first and added by "more": few cards keep typing instant and calm. */
export const SEARCH_PAGE = 10;
/** Typing pauses this long before the number of search results is read out. */
export const SEARCH_ANNOUNCE_DELAY_MS = 800;

export interface SearchInputs {
  /** The data, once it has loaded ([] until then). */
  readonly records: readonly ServiceRecord[];
  readonly municipality: string;
  readonly messages: Messages;
}

/** What a search shows: the services found. Other kinds of answer to what was typed join them here. */
export interface SearchView {
  readonly services: SearchResult;
}

export interface SearchOptions {
  readonly inputs: () => SearchInputs;
  readonly announcer: Pick<Announcer, 'sayAfterPause' | 'cancelPending'>;
  /** At each keystroke, with the number of services found (never the text). */
  onSearch(results: number): void;
}

const NOTHING: SearchView = { services: { hits: [], total: 0 } };

/**
 * The free-text search of one widget: what is typed, how many results are shown, and the
 * index over the data, built in the background once the data is in (until it is, or if its
 * build fails, the first keystroke builds it at once). Results are worked out once per
 * keystroke, "more" or change of municipality, and their number is read out once typing pauses.
 */
export class SearchController {
  /** What the person typed; '' when not searching. */
  query = '';
  readonly index: BackgroundTask<readonly [readonly ServiceRecord[]], SearchIndex | undefined>;

  readonly #host: ReactiveControllerHost;
  readonly #options: SearchOptions;
  #limit = SEARCH_PAGE;
  /** An index built at once, for a keystroke that came before the background build finished. */
  #builtNow: SearchIndex | undefined;
  #memo: { index: SearchIndex; query: string; municipality: string; limit: number; view: SearchView } | undefined;

  constructor(host: ReactiveControllerHost, options: SearchOptions) {
    this.#host = host;
    this.#options = options;
    this.index = new BackgroundTask(host, {
      // Built as soon as there is data, so the first keystroke is instant.
      args: () => {
        const { records } = options.inputs();
        return records.length > 0 ? ([records] as const) : undefined;
      },
      task: ([records], signal) => SearchIndex.buildInSlices(records, defaultYield, { signal }),
    });
  }

  /** Whether the person is searching (the conversation is hidden meanwhile). */
  get active(): boolean {
    return this.query !== '';
  }

  /** What to show for the current query, within the municipality. */
  get result(): SearchView {
    const { records, municipality } = this.#options.inputs();
    if (records.length === 0 || this.query.trim() === '') return NOTHING;
    const index = this.#indexOver(records);
    const { query } = this;
    const limit = this.#limit;
    const memo = this.#memo;
    if (memo?.index === index && memo.query === query && memo.municipality === municipality && memo.limit === limit) return memo.view;
    const view = { services: index.search(query, { limit, filter: (record) => matchesMunicipality(record, municipality) }) };
    this.#memo = { index, query, municipality, limit, view };
    return view;
  }

  /** A keystroke: search at once, say how many were found once typing pauses. */
  setQuery(text: string): void {
    this.query = text;
    this.#limit = SEARCH_PAGE;
    const { services } = this.result;
    this.#options.onSearch(services.total);
    const said = searchAnnouncement(text, services, this.#options.inputs().messages);
    if (said === undefined) this.#options.announcer.cancelPending();
    else this.#options.announcer.sayAfterPause(said, SEARCH_ANNOUNCE_DELAY_MS);
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
    this.#options.announcer.cancelPending();
    this.#host.requestUpdate();
  }

  #indexOver(records: readonly ServiceRecord[]): SearchIndex {
    const built = this.index.value;
    if (built?.records === records) {
      this.#builtNow = undefined;
      return built;
    }
    if (this.#builtNow?.records !== records) this.#builtNow = SearchIndex.build(records);
    return this.#builtNow;
  }
}
