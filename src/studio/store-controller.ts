import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { studioContext } from './context.js';
import type { StudioState, StudioStore } from './model/store.js';

/**
 * Gives an element the workbench's store (from context) and updates it on every change of the
 * part of the state it reads (`select`, one value or a list of values compared one by one), so a
 * keystroke in one form does not re-render the others.
 */
export class StoreController<T = StudioState> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #select: (state: StudioState) => T;
  readonly #consumer: ContextConsumer<typeof studioContext, ReactiveControllerHost & HTMLElement>;
  #listening: StudioStore | undefined;
  #selected: T | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, select: (state: StudioState) => T = (state) => state as T) {
    this.#host = host;
    this.#select = select;
    this.#consumer = new ContextConsumer(host, { context: studioContext, subscribe: false });
    host.addController(this);
  }

  get store(): StudioStore {
    const store = this.#consumer.value;
    if (store === undefined) throw new Error(`${this.#host.localName} must be inside <shien-navi-studio>`);
    return store;
  }

  /** The part of the state this element reads. */
  get value(): T {
    return this.#select(this.store.state);
  }

  hostConnected(): void {
    // The context arrives when the host connects; listen from the first update on.
    queueMicrotask(() => this.#listen());
  }

  hostUpdate(): void {
    this.#listen();
  }

  hostDisconnected(): void {
    this.#listening?.removeEventListener('change', this.#onChange);
    this.#listening = undefined;
  }

  #listen(): void {
    const store = this.#consumer.value;
    if (store === undefined || store === this.#listening) return;
    this.#listening?.removeEventListener('change', this.#onChange);
    this.#listening = store;
    this.#selected = this.#select(store.state);
    store.addEventListener('change', this.#onChange);
  }

  readonly #onChange = (): void => {
    const selected = this.#select(this.store.state);
    if (unchanged(selected, this.#selected)) return;
    this.#selected = selected;
    this.#host.requestUpdate();
  };
}

function unchanged(now: unknown, before: unknown): boolean {
  if (Array.isArray(now) && Array.isArray(before)) return now.length === before.length && now.every((value, index) => Object.is(value, before[index]));
  return Object.is(now, before);
}
