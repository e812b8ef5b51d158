import { LitElement, html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { VisualViewportController } from '../controllers/visual-viewport-controller.js';
import { emit } from '../emit.js';
import { tell } from '../internal-events.js';
import { base } from '../shared.styles.js';
import { launcherStyles } from './launcher.styles.js';

/** Phones get the panel full-screen and modal; wider screens a floating, non-modal panel. */
const PHONE = '(max-width: 480px)';

/**
 * `mode="launcher"`: a floating button that opens the widget in a panel (the panel's own close
 * button, in its header, asks to close). Escape closes it too, and focus goes back to the
 * button. Its z-index comes from `--shien-navi-z-index`, never a fixed number.
 *
 * @slot - The panel.
 * @csspart launcher - The floating open button.
 * @fires navi-toggle - Internal: `detail` is whether the panel should be open.
 * @fires shien-navi-open - `{}` when the panel opens (not for a panel open from the start).
 * @fires shien-navi-close - `{}` when the panel closes.
 */
export class ShienNaviLauncher extends LitElement {
  static override styles = [base, launcherStyles];

  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Text on the button. */
  @property() label = '';

  /** Accessible name of the panel. */
  @property({ attribute: 'panel-label' }) panelLabel = '';

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('.launcher') private button!: HTMLButtonElement | null;

  readonly #viewport = new VisualViewportController(this, () => this.dialog);

  override render() {
    return html`
      <button part="launcher" class="launcher" type="button" aria-haspopup="dialog" aria-expanded=${this.open ? 'true' : 'false'} @click=${this.#toggle}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z" /></svg>
        <span>${this.label}</span>
      </button>
      <dialog aria-label=${this.panelLabel} @cancel=${this.#onCancel} @keydown=${this.#onKeydown}>
        <slot></slot>
      </dialog>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      const phone = window.matchMedia(PHONE).matches;
      if (phone) dialog.showModal();
      else dialog.show();
      this.#viewport.follow(phone);
      if (changed.get('open') !== undefined) emit(this, 'shien-navi-open', {});
    } else if (!this.open && dialog.open) {
      const hadFocus = holdsFocus(this);
      dialog.close();
      this.#viewport.follow(false);
      if (hadFocus) this.button?.focus();
      emit(this, 'shien-navi-close', {});
    }
  }

  #toggle(): void {
    this.#request(!this.open);
  }

  /** Escape on a modal dialog: close through our state, so focus goes back to the button. */
  #onCancel(event: Event): void {
    event.preventDefault();
    this.#request(false);
  }

  /** Escape on the non-modal panel of wider screens. */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.#request(false);
  }

  #request(open: boolean): void {
    tell(this, 'navi-toggle', open);
  }
}

/** Whether focus is on `host` or anywhere inside it, its shadow root or its slotted content. */
function holdsFocus(host: Element): boolean {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  for (let node: Node | null = active; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    if (node === host) return true;
  }
  return false;
}
