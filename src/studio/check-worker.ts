/// <reference lib="webworker" />
// The workbench's checker, off the page's main thread: reads the data with the widget's own
// loader and builds the findings with the checker's own report (src/check/report.ts, the same
// code as `npx shien-navi check`), so a file of 10,000 rows or more never freezes the page.
// Nothing is fetched but the URLs given.
import { buildCheckReport, type CheckReport, type FlowOutcome, type SourceOutcome } from '../check/report.js';
import { TemplateChecker } from '../check/template.js';
import { noCache } from '../data/cache.js';
import type { Encoding } from '../data/decode.js';
import { ShienNaviError } from '../data/errors.js';
import { loadSource, mergeRecords, readCsvBytes } from '../data/load.js';
import type { ServiceRecord } from '../data/record.js';

export type CheckerSource = { readonly id: string; readonly name: string; readonly bytes: Uint8Array } | { readonly id: string; readonly url: string };

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

async function read(sources: readonly CheckerSource[], encoding: Encoding | ''): Promise<readonly SourceOutcome[]> {
  const options = encoding === '' ? {} : { encoding };
  return Promise.all(
    sources.map(async (source, index): Promise<SourceOutcome> => {
      const name = 'url' in source ? source.url : source.name;
      // The template's rules on the cells as written, by the last reading of the file (as the CLI does).
      let checker: TemplateChecker | undefined;
      const observed = { ...options, observeRows: () => (checker = new TemplateChecker()) };
      const template = () => (checker === undefined ? {} : { template: checker.result() });
      try {
        const result =
          'url' in source
            ? await loadSource(source.url, `s${index + 1}`, { ...observed, cache: noCache })
            : await readCsvBytes(source.bytes, name, `s${index + 1}`, observed);
        return { source: name, result, ...template() };
      } catch (error) {
        return {
          source: name,
          error: error instanceof ShienNaviError ? error : new ShienNaviError('parse', `読み込めませんでした（${String(error)}）: ${name}`, name),
          ...template(),
        };
      }
    }),
  );
}

async function answer(request: CheckerRequest): Promise<CheckerResult> {
  if (request.kind === 'check') return { kind: 'check', run: request.run, report: buildCheckReport(outcomes, flowOutcome(request.flow)) };
  outcomes = await read(request.sources, request.encoding);
  return {
    kind: 'read',
    run: request.run,
    report: buildCheckReport(outcomes, flowOutcome(request.flow)),
    // The first row with a given 制度番号 wins, as in the widget.
    records: mergeRecords(outcomes.map((outcome) => outcome.result?.records ?? [])),
    sources: outcomes.map((outcome, index) => ({
      id: request.sources[index]?.id ?? '',
      ok: outcome.result !== undefined,
      records: outcome.result?.records.length ?? 0,
      ...(outcome.error ? { error: outcome.error.message } : {}),
    })),
  };
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
// One request at a time, in order: a check waits for the read before it.
let queue = Promise.resolve();
scope.addEventListener('message', (event: MessageEvent<CheckerRequest>) => {
  queue = queue.then(async () => scope.postMessage(await answer(event.data)));
});
