import { css } from 'lit';

export const launcherStyles = css`
  :host {
    --_z: var(--shien-navi-z-index, 1000);
  }
  .launcher {
    position: fixed;
    inset-block-end: var(--shien-navi-launcher-bottom, 16px);
    inset-inline-end: var(--shien-navi-launcher-right, 16px);
    z-index: var(--_z);
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: 56px;
    padding: 0 20px;
    border: none;
    border-radius: 28px;
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-size: 1em;
    font-weight: 700;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
    cursor: pointer;
  }
  .launcher svg {
    width: 24px;
    height: 24px;
    fill: currentColor;
  }
  dialog {
    position: fixed;
    inset: auto var(--shien-navi-launcher-right, 16px) calc(var(--shien-navi-launcher-bottom, 16px) + 68px) auto;
    z-index: var(--_z);
    width: min(420px, calc(100vw - 32px));
    height: min(var(--shien-navi-max-height, max(640px, 40em)), calc(100vh - 120px));
    max-height: none;
    max-width: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.3);
    overflow: hidden;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  ::slotted(*) {
    flex: 1 1 auto;
    min-height: 0;
  }
  /* Phones: the panel takes the whole screen, above the on-screen keyboard. */
  @media (max-width: 480px) {
    dialog {
      inset: var(--_viewport-top, 0) 0 auto 0;
      width: 100vw;
      height: var(--_viewport-height, 100dvh);
      border: none;
      border-radius: 0;
    }
  }
  @media print {
    .launcher {
      display: none;
    }
  }
`;
