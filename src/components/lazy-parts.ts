/**
 * Parts of the widget that load only when asked for, none of them needed before the first
 * question: the 支援員's list and the printed handout (one chunk: both are Lit elements, and
 * apart they would pull Lit out of the widget's own file into a third), the QR code maker (the
 * handout loads it) and sharing. Each registers its elements once it has arrived; a failed
 * load may be tried again.
 */

function once<T>(load: () => Promise<T>): () => Promise<T | undefined> {
  let loading: Promise<T | undefined> | undefined;
  return () => {
    loading ??= load().catch(() => {
      loading = undefined;
      return undefined;
    });
    return loading;
  };
}

/** `<shien-navi-service-list>` and `<shien-navi-handout>`. */
export const loadHelpers = once(() =>
  import('./helper-elements.js').then((module) => {
    for (const [tag, element] of Object.entries(module.HELPER_ELEMENTS)) if (!customElements.get(tag)) customElements.define(tag, element);
    return true;
  }),
);

/** The share button's work. */
export const loadShare = once(() => import('./handout/share.js'));
