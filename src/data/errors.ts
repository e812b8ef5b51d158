/** The `kind` values of `shien-navi-error` (contract). */
export const ERROR_KINDS = ['network', 'http', 'parse', 'schema', 'flow'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** A failure to read a data or flow source, with a message written for the site owner. */
export class ShienNaviError extends Error {
  override readonly name = 'ShienNaviError';
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly source = '',
  ) {
    super(message);
  }
}
