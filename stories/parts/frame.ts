import { provide } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../src/context/navi-context.js';
import { toLang } from '../../src/i18n/lang.js';
import { MESSAGES } from '../../src/i18n/messages.js';
import { tokens } from '../../src/components/shared.styles.js';

/**
 * Stories of one part on its own: gives the part what `<shien-navi>` gives it inside the
 * widget (the design tokens, text size, the language and its messages), so it looks and reads
 * as it does there, light or dark.
 */
@customElement('shien-navi-story-frame')
export class ShienNaviStoryFrame extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        max-width: 480px;
        padding: 12px;
        background: var(--_surface);
      }
    `,
  ];

  /** `ja`, `ja-easy` or `en`. */
  @property({ reflect: true }) override lang = 'ja';

  /** `light` or `dark`, as on `<shien-navi>`. */
  @property({ reflect: true }) scheme: 'light' | 'dark' = 'light';

  @provide({ context: naviContext })
  @property({ attribute: false })
  navi: NaviContext = frameContext('ja');

  protected override willUpdate(): void {
    if (this.navi.lang !== toLang(this.lang)) this.navi = frameContext(this.lang);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

function frameContext(lang: string): NaviContext {
  const chosen = toLang(lang);
  return { lang: chosen, messages: MESSAGES[chosen], announce: (text) => console.info(`announce: ${text}`) };
}

declare global {
  interface HTMLElementTagNameMap {
    'shien-navi-story-frame': ShienNaviStoryFrame;
  }
}

/** Args every part story has: the language and light or dark. */
export interface FrameArgs {
  lang: 'ja' | 'ja-easy' | 'en';
  scheme: 'light' | 'dark';
}

export const FRAME_ARG_TYPES = {
  lang: { control: 'inline-radio', options: ['ja', 'ja-easy', 'en'], table: { category: 'story' } },
  scheme: { control: 'inline-radio', options: ['light', 'dark'], table: { category: 'story' } },
} as const;

/** A part inside the frame, as `<shien-navi>` would hold it. */
export const framed = (args: FrameArgs, part: unknown) =>
  html`<shien-navi-story-frame lang=${args.lang} scheme=${args.scheme}>${part}</shien-navi-story-frame>`;
