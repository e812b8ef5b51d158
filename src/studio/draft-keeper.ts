import { readDraft, toDraft } from './model/draft.js';
import { EMPTY_WORKSPACE, type StudioStore, type Workspace } from './model/store.js';

/**
 * Keeps the workspace (files, settings, the edited flow) in this browser's IndexedDB, so an
 * edit in progress survives a reload or a closed tab. Nothing leaves the browser; "discard"
 * deletes it. One record, written a moment after each change.
 */
const DB_NAME = 'shien-navi-studio';
const STORE_NAME = 'drafts';
const KEY = 'workspace';
const SAVE_DELAY_MS = 250;

function request<T>(action: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    action.onsuccess = () => resolve(action.result);
    action.onerror = () => reject(action.error ?? new Error('IndexedDB request failed'));
  });
}

async function withStore<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const opening = indexedDB.open(DB_NAME, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE_NAME);
  const db = await request(opening);
  try {
    return await request(use(db.transaction(STORE_NAME, mode).objectStore(STORE_NAME)));
  } finally {
    db.close();
  }
}

/** The kept workspace, or undefined when there is none (or storage cannot be used). */
export async function loadDraft(): Promise<(Workspace & { readonly savedAt: string }) | undefined> {
  try {
    return readDraft(await withStore('readonly', (store) => store.get(KEY)));
  } catch {
    return undefined;
  }
}

const workspaceOf = ({ sources, settings, flow, selectedNode, sheet, rowEdit }: Workspace): readonly unknown[] => [sources, settings, flow, selectedNode, sheet, rowEdit];

export class DraftKeeper {
  readonly #store: StudioStore;
  #last: readonly unknown[];
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts changes, so a save that ends after a newer change does not say everything is saved. */
  #changes = 0;

  constructor(store: StudioStore) {
    this.#store = store;
    this.#last = workspaceOf(store.state);
    store.addEventListener('change', () => this.#changed());
  }

  #changed(): void {
    const now = workspaceOf(this.#store.state);
    if (now.every((value, index) => Object.is(value, this.#last[index]))) return;
    this.#last = now;
    this.#changes += 1;
    clearTimeout(this.#timer);
    if (this.#store.state.draft.status !== 'saving') this.#store.update((state) => ({ draft: { ...state.draft, status: 'saving' } }));
    this.#timer = setTimeout(() => void this.#save(), SAVE_DELAY_MS);
  }

  async #save(): Promise<void> {
    const savedAt = new Date();
    const changes = this.#changes;
    try {
      await withStore('readwrite', (store) => store.put(toDraft(this.#store.state, savedAt), KEY));
      // A change made while this was written is saved by the next write: until then, "saving".
      if (changes === this.#changes) this.#store.update({ draft: { status: 'saved', savedAt: savedAt.toISOString() } });
    } catch {
      this.#store.update((state) => ({ draft: { ...state.draft, status: 'failed' } }));
    }
  }

  /** Deletes the kept copy and starts again from nothing. */
  async discard(): Promise<void> {
    clearTimeout(this.#timer);
    try {
      await withStore('readwrite', (store) => store.delete(KEY));
    } catch {
      // Nothing kept, or storage unusable: there is nothing to delete either way.
    }
    this.#last = workspaceOf(EMPTY_WORKSPACE);
    this.#store.update({ ...EMPTY_WORKSPACE, draft: { status: 'none', savedAt: '' }, notice: { text: '下書きを消しました。最初からやり直せます。', error: false } });
  }
}
