import { lazyModule } from '../data/lazy-module.js';

/**
 * Parts of the widget that load only when asked for, none of them needed before the first
 * question: the 支援員's list and the printed handout (one chunk: both are Lit elements, and
 * apart they would pull Lit out of the widget's own file into a third), the QR code maker (the
 * handout loads it), sharing, and the launcher's floating button (`mode="launcher"` only). Each registers its elements once it has arrived; a failed
 * load may be tried again.
 */

/** `import()` of a part, once per page; undefined when it fails (a later call tries again). */
function once<T>(importer: () => Promise<T>): () => Promise<T | undefined> {
  const chunk = lazyModule(importer);
  return () => chunk.load().catch(() => undefined);
}

function define(elements: Record<string, CustomElementConstructor>): true {
  for (const [tag, element] of Object.entries(elements)) if (!customElements.get(tag)) customElements.define(tag, element);
  return true;
}

/** `<shien-navi-service-list>` and `<shien-navi-handout>`. */
export const loadHelpers = once(() => import('./helper-elements.js').then((module) => define(module.HELPER_ELEMENTS)));

/** `<shien-navi-launcher>`. */
export const loadLauncher = once(() => import('./launcher-element.js').then((module) => define(module.LAUNCHER_ELEMENTS)));

/** The share button's work. */
export const loadShare = once(() => import('./handout/share.js'));
