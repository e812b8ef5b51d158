import { lazyModule } from '../data/lazy-module.js';
import type { answerQuery } from './answer.js';
import type { Flow } from './flow.js';
import type * as Chunk from './trouble-search.js';
import type { TroubleMatcher } from './troubles.js';

/** The search that understands troubles, once loaded, with its matcher built for one flow. */
export interface TroubleSearch {
  /** The combined answer: crisis lines, situations, services (engine/answer.ts). Give it `troubles`. */
  readonly answerQuery: typeof answerQuery;
  readonly troubles: TroubleMatcher;
}

/** The search chunk's exports. */
export type SearchChunk = typeof Chunk;

const troubleSearchChunk = lazyModule(
  (): Promise<SearchChunk> =>
    import('./trouble-search.js').then((module) => {
      void module.loadFuzzyMatcher();
      return module;
    }),
);

/**
 * Loads the search (the index over the data, the trouble matcher, the bundled flow's phrases
 * and their readings, the combined answer: a chunk of its own in the browser build, like
 * fuse.js), once per page, and starts fetching fuse.js for near misses of names. Undefined
 * when it cannot be loaded; a later call tries again.
 */
export function loadSearchChunk(): Promise<SearchChunk | undefined> {
  return troubleSearchChunk.load().catch(() => undefined);
}

/** The search chunk if it has loaded, at once (for the keystroke that cannot wait). */
export function searchChunk(): SearchChunk | undefined {
  return troubleSearchChunk.now();
}

/**
 * Loads the trouble search and builds the matcher for `flow`. Undefined when the chunk cannot
 * be loaded. Until it has loaded, and if it never does, show `crisisLinesFor(query)` (in the
 * main bundle): crisis lines never wait for it.
 */
export async function loadTroubleSearch(flow: Flow): Promise<TroubleSearch | undefined> {
  const module = await loadSearchChunk();
  return module && { answerQuery: module.answerQuery, troubles: module.TroubleMatcher.build(flow) };
}
