/**
 * The error contract, in one place. Every failure the widget reports is a `ShienNaviError`:
 * a `kind` from ERROR_KINDS and a `message` for the site owner, in Japanese, naming the URL or
 * the node when there is one. It reaches the page as the `shien-navi-error` event
 * (`errorDetail`). People never see that message: the widget tells them, in their own
 * language, only that something could not be loaded (`Messages.loadFailed` and
 * `Messages.usingSavedCopy`), and the crisis lines stay within reach.
 */

/** The `kind` values of `shien-navi-error` (contract). */
export const ERROR_KINDS = ['network', 'http', 'parse', 'schema', 'flow'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** One problem found in a flow (`kind` `flow`): what the validator reports. */
export interface FlowProblemReport {
  readonly code: string;
  readonly node?: string;
  readonly message: string;
}

/** A failure to read a data or flow source, with a message written for the site owner. */
export class ShienNaviError extends Error {
  override readonly name = 'ShienNaviError';
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly source = '',
    /** For kind `flow`: the problems that made the flow unusable. */
    readonly problems?: readonly FlowProblemReport[],
  ) {
    super(message);
  }
}

/** `detail` of the `shien-navi-error` event (contract). */
export interface ShienNaviErrorDetail {
  readonly kind: ErrorKind;
  /** For the site owner (Japanese), naming the URL when there is one. */
  readonly message: string;
  /** Flow problems, for kind `flow`. */
  readonly problems?: readonly FlowProblemReport[];
}

export function errorDetail(error: ShienNaviError): ShienNaviErrorDetail {
  const { kind, message, problems } = error;
  return problems ? { kind, message, problems } : { kind, message };
}

/**
 * What the element itself reports, for the site owner. The data and flow files' own failures
 * are written where they are found (fetch, load); these are the ones about how the element is
 * set up.
 */
export const SETUP_ERRORS = {
  readerMissing: (url: string, reason: string) =>
    new ShienNaviError('network', `データを読む部品を読み込めませんでした（${reason}）`, url),
  unknownNode: (nodeId: string) => new ShienNaviError('flow', `ノード "${nodeId}" はフローにありません`),
  unknownStart: (start: string) => new ShienNaviError('flow', `start="${start}" はフローにないため、最初の質問から始めます`),
  flowProperty: (problems: readonly FlowProblemReport[]) =>
    new ShienNaviError('flow', 'flow プロパティのフローに誤りがあるため、使いません', '', problems),
  inlineNotJson: (reason: string) =>
    new ShienNaviError('flow', `<script type="application/json"> のフローが JSON として読めません（${reason}）`),
  inlineFlow: (problems: readonly FlowProblemReport[]) =>
    new ShienNaviError('flow', '<script type="application/json"> のフローに誤りがあるため、使いません', '', problems),
  flowUnreadable: (url: string, reason: string) =>
    new ShienNaviError('flow', `フロー ${url} を読み込めないため、標準のフローを使います: ${reason}`, url),
  flowNotJson: (url: string, reason: string) =>
    new ShienNaviError('flow', `フロー ${url} を読み込めないため、標準のフローを使います: JSON として読めません（${reason}）`, url),
  flowInvalid: (url: string, problems: readonly FlowProblemReport[]) =>
    new ShienNaviError('flow', `フロー ${url} に誤りがあるため、標準のフローを使います`, url, problems),
  flowCheckerMissing: (reason: string) =>
    new ShienNaviError('flow', `フローを確かめる部品を読み込めないため、標準のフローを使います（${reason}）`),
} as const;
