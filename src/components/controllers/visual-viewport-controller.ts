import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps an element sized to the visual viewport, which shrinks when the on-screen keyboard
 * opens: the panel stays above the keyboard instead of under it. Sets `--_viewport-height`
 * and `--_viewport-top` on the target while active.
 */
export class VisualViewportController implements ReactiveController {
  readonly #target: () => HTMLElement | null;
  #active = false;
  readonly #update = (): void => {
    const viewport = window.visualViewport;
    const target = this.#target();
    if (!viewport || !target) return;
    target.style.setProperty('--_viewport-height', `${viewport.height}px`);
    target.style.setProperty('--_viewport-top', `${viewport.offsetTop}px`);
  };

  constructor(host: ReactiveControllerHost, target: () => HTMLElement | null) {
    this.#target = target;
    host.addController(this);
  }

  /** Follows the visual viewport while `active`. */
  follow(active: boolean): void {
    if (active === this.#active) return;
    this.#active = active;
    const viewport = window.visualViewport;
    if (active) {
      viewport?.addEventListener('resize', this.#update);
      viewport?.addEventListener('scroll', this.#update);
      this.#update();
    } else {
      viewport?.removeEventListener('resize', this.#update);
      viewport?.removeEventListener('scroll', this.#update);
      this.#target()?.style.removeProperty('--_viewport-height');
      this.#target()?.style.removeProperty('--_viewport-top');
    }
  }

  hostDisconnected(): void {
    this.follow(false);
  }
}
