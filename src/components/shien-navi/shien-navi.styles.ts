import { css } from 'lit';

export const shienNaviStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .panel {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    /* Larger text gets a taller panel (40em), but never taller than the screen. */
    max-height: var(--shien-navi-max-height, min(max(640px, 40em), 100svh));
    min-height: min(420px, var(--shien-navi-max-height, 640px));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    min-height: 48px;
    padding: 4px 4px 4px var(--_space);
    background: var(--_accent);
    color: var(--_on-accent);
    box-sizing: border-box;
  }
  h2 {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.4;
  }
  rt {
    font-size: 0.6em;
    font-weight: 400;
  }
  .tools {
    display: grid;
    gap: 8px;
    padding: 10px var(--_space) 0;
  }
  .notice {
    margin: 10px var(--_space) 0;
    padding: 8px 12px;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
    font-size: 0.9375em;
  }
  shien-navi-conversation-log .notice {
    margin: 0;
  }
  .notice.error {
    border-inline-start: 4px solid var(--_danger);
  }
  shien-navi-conversation-log {
    flex: 1 1 auto;
    min-height: 0;
  }
  nav {
    display: flex;
    gap: 8px;
    padding: 10px var(--_space);
    border-block-start: 1px solid var(--_border);
    background: var(--_surface);
  }
  nav .button {
    flex: 1 1 0;
    justify-content: center;
  }
  .button:disabled {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: default;
  }
`;

/** What the first screen does not show: left out of the screen dist/shien-navi.js paints (scripts/first-screen.mjs leaves every `…LaterStyles` out), so that file does not carry it. */
export const shienNaviLaterStyles = css`
  /* In the launcher the panel fills the floating window (or the phone's screen). */
  :host([mode='launcher']) .panel {
    height: 100%;
    max-height: none;
    min-height: 0;
    border: none;
    border-radius: 0;
  }
  .close {
    flex: none;
    min-height: 44px;
    min-width: 44px;
    padding: 0 12px;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .close:hover {
    border-color: var(--_on-accent);
  }
  .close:focus-visible {
    outline-color: var(--_on-accent);
    /* Inside the button: on a full-screen phone panel the header edge would clip a ring outside it. */
    outline-offset: -6px;
  }
  shien-navi-step[hidden] {
    display: none;
  }
  @media print {
    .tools,
    nav,
    .notice {
      display: none;
    }
    .panel {
      max-height: none;
      border: none;
    }
  }
`;
