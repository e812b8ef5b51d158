import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Flow } from '../../engine/flow.js';
import { knownGoal, knownTown, readFragment, type NaviLink } from '../../engine/fragment.js';

export interface FragmentOptions {
  /** Whether the page lets links open the widget (the `no-fragment` attribute turns it off). */
  readonly enabled: () => boolean;
  /** The flow, once loaded; undefined while it loads. */
  readonly flow: () => Flow | undefined;
  /** The towns the data names, once it has loaded; undefined while it loads. */
  readonly towns: () => readonly string[] | undefined;
  /** Opens what the link names (only what the flow and the data know). */
  open(link: NaviLink): void;
}

/**
 * Opens the goal or list, and the town, that the page's URL fragment names (a printed
 * handout's QR code, a shared link), once the flow and the data are in: once per connection to
 * the page. A goal or town that the flow or the data does not know is left out, silently.
 */
export class FragmentController implements ReactiveController {
  readonly #options: FragmentOptions;
  #pending: NaviLink | undefined;

  constructor(host: ReactiveControllerHost, options: FragmentOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#pending = this.#options.enabled() ? readFragment(location.hash) : undefined;
  }

  hostUpdated(): void {
    const link = this.#pending;
    if (link === undefined) return;
    if (!this.#options.enabled()) {
      this.#pending = undefined;
      return;
    }
    const flow = this.#options.flow();
    const towns = this.#options.towns();
    if (flow === undefined || towns === undefined) return;
    this.#pending = undefined;
    const goal = knownGoal(link, flow);
    const town = knownTown(link, towns);
    if (goal === undefined && town === undefined && !link.list) return;
    this.#options.open({ ...(goal ? { goal } : {}), ...(town ? { town } : {}), ...(link.list ? { list: true } : {}) });
  }
}
