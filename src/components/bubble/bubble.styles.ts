import { css } from 'lit';

export const bubbleStyles = css`
  :host {
    display: block;
    max-width: 85%;
    padding: 10px 14px;
    border-radius: var(--_radius);
    line-height: 1.7;
    overflow-wrap: anywhere;
    white-space: pre-line;
    box-sizing: border-box;
  }
  :host([from='bot']) {
    background: var(--_surface-alt);
    border-end-start-radius: 4px;
  }
  rt {
    font-size: 0.6em;
    font-weight: 400;
  }
`;

/** What the first screen does not show: left out of the screen dist/shien-navi.js paints (scripts/first-screen.mjs leaves every `…LaterStyles` out), so that file does not carry it. */
export const bubbleLaterStyles = css`
  :host([from='user']) {
    background: var(--_accent);
    color: var(--_on-accent);
    border-end-end-radius: 4px;
    font-weight: 600;
  }
`;
