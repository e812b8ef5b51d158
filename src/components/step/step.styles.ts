import { css } from 'lit';

export const stepStyles = css`
  :host {
    display: grid;
    gap: 14px;
  }
`;

/** What the first screen does not show: left out of the screen dist/shien-navi.js paints (scripts/first-screen.mjs leaves every `…LaterStyles` out), so that file does not carry it. */
export const stepLaterStyles = css`
  .none {
    margin: 0;
    line-height: 1.7;
  }
  .notice {
    margin: 0;
    color: var(--_muted);
  }
  .general h3 {
    margin: 0 0 8px;
    font-size: 1em;
  }
  .goal-heading:focus {
    outline: none;
  }
  .goal-heading:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
