/**
 * Reading a site's own flow: its lazy chunk, loaded only when the site gives one (the bundled flow
 * is known valid, test/engine checks it), so the validator is not part of every start-up.
 */
import { SETUP_ERRORS, ShienNaviError, type FlowProblemReport } from '../../data/errors.js';
import { fetchBytes } from '../../data/fetch.js';
import type { Flow } from '../../engine/flow.js';
import { validateFlow } from '../../engine/validate.js';

/** A flow file is small; waiting longer than this would leave the person without questions. */
const FLOW_TIMEOUT_MS = 10_000;

/** What became of a flow URL: the flow, or the error to report. */
export type Fetched = { readonly flow: Flow } | { readonly error: ShienNaviError };

/** The flow in `input`, or undefined after reporting its errors with `failure`. */
export function checkedFlow(input: unknown, failure: (problems: readonly FlowProblemReport[]) => ShienNaviError, onError: (error: ShienNaviError) => void): Flow | undefined {
  const { flow, problems } = validateFlow(input);
  if (flow === undefined) onError(failure(problems.filter((problem) => problem.severity === 'error')));
  return flow;
}

export async function fetchFlow(url: string, signal: AbortSignal): Promise<Fetched> {
  let json: unknown;
  try {
    const bytes = await fetchBytes(url, { signal, timeoutMs: FLOW_TIMEOUT_MS });
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    if (error instanceof SyntaxError) return { error: SETUP_ERRORS.flowNotJson(url, error.message) };
    return { error: SETUP_ERRORS.flowUnreadable(url, error instanceof ShienNaviError ? error.message : String(error)) };
  }
  const { flow, problems } = validateFlow(json);
  if (flow) return { flow };
  return { error: SETUP_ERRORS.flowInvalid(url, problems.filter((problem) => problem.severity === 'error')) };
}
