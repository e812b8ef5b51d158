/**
 * Reading a site's own flow: its lazy chunk, loaded only when the site gives one (the bundled flow
 * is known valid, test/engine checks it), so the validator and the choice between the site's
 * sources are not part of every start-up.
 */
import { SETUP_ERRORS, ShienNaviError, type FlowProblemReport } from '../../data/errors.js';
import { fetchBytes } from '../../data/fetch.js';
import type { Flow } from '../../engine/flow.js';
import { validateFlow } from '../../engine/validate.js';

/** A flow file is small; waiting longer than this would leave the person without questions. */
const FLOW_TIMEOUT_MS = 10_000;

/** What became of a flow URL: the flow, or the error to report. */
export type Fetched = { readonly flow: Flow } | { readonly error: ShienNaviError };

/** Where a site gives its own flow, in the order they are tried. */
export interface SiteFlowSources {
  /** The `flow` property: an object in the flow format, or undefined or null. */
  readonly property: unknown;
  /** The text of an inline `<script type="application/json">` child, if there is one. */
  readonly inlineText: string | undefined;
  /** The `flow` URL, trimmed: '' for none. */
  readonly url: string;
}

/**
 * The site's flow: the property's, else the inline script's, else the one at the URL; each that
 * cannot be used is reported and the next is tried, and undefined means none could be. While the
 * URL's flow is fetched, a promise of it: `fetched` keeps each URL's outcome, so a URL is fetched
 * and reported once (not when `signal` abandoned it: it is fetched again next time).
 */
export function siteFlow(
  { property, inlineText, url }: SiteFlowSources,
  fetched: Map<string, Fetched>,
  signal: AbortSignal,
  onError: (error: ShienNaviError) => void,
): Flow | undefined | Promise<Flow | undefined> {
  if (property !== undefined && property !== null) {
    const flow = checkedFlow(property, SETUP_ERRORS.flowProperty, onError);
    if (flow) return flow;
  }
  if (inlineText !== undefined) {
    const flow = inlineFlow(inlineText, onError);
    if (flow) return flow;
  }
  if (url === '') return undefined;
  const known = fetched.get(url);
  if (known) return 'flow' in known ? known.flow : undefined;
  return fetchFlow(url, signal).then((result) => {
    if (signal.aborted) return undefined;
    fetched.set(url, result);
    if ('error' in result) onError(result.error);
    return 'flow' in result ? result.flow : undefined;
  });
}

function inlineFlow(text: string, onError: (error: ShienNaviError) => void): Flow | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    onError(SETUP_ERRORS.inlineNotJson(String(error)));
    return undefined;
  }
  return checkedFlow(json, SETUP_ERRORS.inlineFlow, onError);
}

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
