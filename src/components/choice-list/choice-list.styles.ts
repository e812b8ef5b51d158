import { css } from 'lit';

export const choiceListStyles = css`
  :host {
    display: block;
  }
  .button {
    width: 100%;
    justify-content: space-between;
    font-weight: 600;
  }
`;

/** What the first screen does not show: left out of the screen dist/shien-navi.js paints (scripts/first-screen.mjs leaves every `…LaterStyles` out), so that file does not carry it. */
export const choiceListLaterStyles = css`
  .count {
    flex: none;
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .empty {
    border-style: dashed;
    border-color: var(--_border);
    font-weight: 400;
  }
`;
