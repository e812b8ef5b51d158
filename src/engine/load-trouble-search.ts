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

let chunk: Promise<typeof Chunk | undefined> | undefined;

/**
 * Loads the trouble search (the combined answer, the matcher, the bundled flow's phrases and
 * their readings: a chunk of its own in the browser build, like fuse.js) and builds the matcher
 * for `flow`. Undefined when the chunk cannot be loaded. Until it has loaded, and if it never
 * does, show `crisisLinesFor(query)` (in the main bundle) above the name search.
 */
export async function loadTroubleSearch(flow: Flow): Promise<TroubleSearch | undefined> {
  chunk ??= import('./trouble-search.js').catch(() => undefined);
  const loaded = await chunk;
  return loaded && { answerQuery: loaded.answerQuery, troubles: loaded.TroubleMatcher.build(flow) };
}
