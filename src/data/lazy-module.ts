/** A module fetched when first asked for: a chunk of its own in the browser build. */
export interface LazyModule<Module> {
  /** Starts the fetch, or joins the one under way; rejects when it fails. */
  load(): Promise<Module>;
  /** The module if it has arrived, at once (for work that cannot wait for it). */
  now(): Module | undefined;
}

/**
 * `importer` (an `import()`) run once per page however many widgets ask. A failed fetch is not
 * remembered: the next `load()` tries again, since the network may be back.
 */
export function lazyModule<Module>(importer: () => Promise<Module>): LazyModule<Module> {
  let loading: Promise<Module> | undefined;
  let loaded: Module | undefined;
  return {
    load: () =>
      (loading ??= importer().then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    now: () => loaded,
  };
}
