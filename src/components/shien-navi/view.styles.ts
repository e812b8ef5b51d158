import { css } from 'lit';

/** The link between the questions and the 支援員's list, and printing the handout alone. */
export const viewStyles = css`
  .view-link {
    align-self: flex-start;
    min-height: 44px;
    margin: 0 calc(var(--_space) - 4px) 4px;
    padding: 0 4px;
    border: none;
    background: none;
    color: var(--_accent-text);
    font: inherit;
    font-size: 0.9375em;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
`;

/** What the first screen does not show: left out of the screen dist/shien-navi.js paints (scripts/first-screen.mjs leaves every `…LaterStyles` out), so that file does not carry it. */
export const viewLaterStyles = css`
  @media print {
    .view-link {
      display: none;
    }
    /* Once the person asked for a handout, the paper shows it alone: no control, no conversation. */
    .panel:has(~ shien-navi-handout),
    shien-navi-launcher:has(~ shien-navi-handout) {
      display: none;
    }
  }
`;
