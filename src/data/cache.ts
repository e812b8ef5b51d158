/**
 * The last good copy of each public data file, so the widget still helps when the portal is
 * down. Only the open-data file is stored, never anything about the person using the widget.
 */
import { joinBytes } from './fetch.js';

export interface SavedCopy {
  readonly bytes: Uint8Array;
  /** When the copy was downloaded, ISO 8601. */
  readonly savedAt: string;
}

export interface DataCache {
  read(url: string): Promise<SavedCopy | undefined>;
  /** Keeps the file, given as the pieces it was downloaded in. */
  save(url: string, pieces: readonly Uint8Array[], savedAt: Date): Promise<void>;
}

const CACHE_NAME = 'shien-navi-data-v1';
const SAVED_AT = 'x-shien-navi-saved-at';

/**
 * Cache Storage, where the page may use it (secure contexts). Every failure — no API, a
 * private window, a full disk — simply means there is no copy: caching must never break loading.
 */
export const browserCache: DataCache = {
  async read(url) {
    try {
      const storage = (globalThis as { caches?: CacheStorage }).caches;
      const response = await (await storage?.open(CACHE_NAME))?.match(url);
      if (!response) return undefined;
      return { bytes: new Uint8Array(await response.arrayBuffer()), savedAt: response.headers.get(SAVED_AT) ?? '' };
    } catch {
      return undefined;
    }
  },
  async save(url, pieces, savedAt) {
    try {
      const storage = (globalThis as { caches?: CacheStorage }).caches;
      const cache = await storage?.open(CACHE_NAME);
      // A Blob body is handed to the browser's storage as is; an ArrayBuffer body of tens of
      // megabytes is serialised on the main thread (a 200 ms task for 30 MB). Made from the
      // pieces, since joining 30 MB into one array is itself a long task.
      const body = new Blob(pieces as Uint8Array<ArrayBuffer>[]);
      await cache?.put(url, new Response(body, { headers: { 'content-type': 'text/csv', [SAVED_AT]: savedAt.toISOString() } }));
    } catch {
      // Quota, private mode or no Cache Storage: the widget works without a copy.
    }
  },
};

/** A cache that remembers nothing (Node, the checker, or a site owner who opts out). */
export const noCache: DataCache = {
  read: () => Promise.resolve(undefined),
  save: () => Promise.resolve(),
};

/** A cache in memory, for tests and for several loads within one page. */
export function memoryCache(): DataCache & { readonly entries: Map<string, SavedCopy> } {
  const entries = new Map<string, SavedCopy>();
  return {
    entries,
    read: (url) => Promise.resolve(entries.get(url)),
    save: (url, pieces, savedAt) => {
      entries.set(url, { bytes: joinBytes(pieces).slice(), savedAt: savedAt.toISOString() });
      return Promise.resolve();
    },
  };
}
