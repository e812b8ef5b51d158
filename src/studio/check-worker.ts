/// <reference lib="webworker" />
// The workbench's checker, off the page's main thread: reads each source with the checker's
// readSourceOutcome (src/check/read-source.ts) and builds the findings with its report
// (src/check/report.ts), the same code as `npx shien-navi check`, so a file of 10,000 rows or
// more never freezes the page.
// Nothing is fetched but the URLs given.
import { readSourceOutcome, type CheckSource, type SourceOutcome } from '../check/read-source.js';
import { buildCheckReport, type CheckReport, type FlowOutcome } from '../check/report.js';
import type { Encoding } from '../data/decode.js';
import { mergeRecords } from '../data/load.js';
import type { ServiceRecord } from '../data/record.js';

/** A source the page holds: a URL, or a file's bytes (a page cannot open a file by its path). */
export type CheckerSource = Exclude<CheckSource, { readonly kind: 'file' }> & { readonly id: string };

/** What the page asks: read these sources (`read`), or check the last ones read against another flow (`check`). */
export type CheckerRequest =
  | { readonly kind: 'read'; readonly run: number; readonly sources: readonly CheckerSource[]; readonly encoding: Encoding | ''; readonly flow: unknown }
  | { readonly kind: 'check'; readonly run: number; readonly flow: unknown };

/** What the worker answers: the report, and after a read the merged records and what became of each source. */
export interface CheckerResult {
  readonly kind: CheckerRequest['kind'];
  readonly run: number;
  readonly report: CheckReport;
  readonly records?: readonly ServiceRecord[];
  readonly sources?: readonly { readonly id: string; readonly ok: boolean; readonly records: number; readonly error?: string }[];
}

/** How the edited flow is named in the report; the bundled one needs no name. */
export const EDITED_FLOW = 'ワークベンチで編集中の質問の流れ';

/** The last sources read, checked again when only the flow changes. */
let outcomes: readonly SourceOutcome[] = [];

const flowOutcome = (flow: unknown): FlowOutcome => (flow === undefined ? {} : { source: EDITED_FLOW, json: flow });

function read(sources: readonly CheckerSource[], encoding: Encoding | ''): Promise<readonly SourceOutcome[]> {
  return Promise.all(sources.map((source, index) => readSourceOutcome(source, { key: `s${index + 1}`, ...(encoding === '' ? {} : { encoding }) })));
}

async function answer(request: CheckerRequest): Promise<CheckerResult> {
  if (request.kind === 'check') return { kind: 'check', run: request.run, report: buildCheckReport(outcomes, flowOutcome(request.flow)) };
  outcomes = await read(request.sources, request.encoding);
  return {
    kind: 'read',
    run: request.run,
    report: buildCheckReport(outcomes, flowOutcome(request.flow)),
    // The first row with a given 制度番号 wins, as in the widget.
    records: mergeRecords(outcomes.map((outcome) => (outcome.ok ? outcome.result.records : []))),
    sources: outcomes.map((outcome, index) => ({
      id: request.sources[index]?.id ?? '',
      ok: outcome.ok,
      records: outcome.ok ? outcome.result.records.length : 0,
      ...(outcome.ok ? {} : { error: outcome.error.message }),
    })),
  };
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
// One request at a time, in order: a check waits for the read before it.
let queue = Promise.resolve();
scope.addEventListener('message', (event: MessageEvent<CheckerRequest>) => {
  queue = queue.then(async () => scope.postMessage(await answer(event.data)));
});
