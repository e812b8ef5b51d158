import { css } from 'lit';

export const searchResultsStyles = css`
  :host {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 12px;
    min-width: 0;
  }
  :host > * {
    min-width: 0;
  }
  p {
    margin: 0;
    line-height: 1.7;
  }
  .none,
  .heading {
    font-weight: 600;
  }
  /* A shortcut reads like an answer: where it sits in the questions, small, then the situation. */
  .shortcut {
    width: 100%;
    flex-direction: column;
    align-items: flex-start;
    gap: 0;
    font-weight: 600;
  }
  .context {
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_muted);
  }
  .more {
    width: 100%;
  }
  shien-navi-result-list:focus {
    outline: none;
  }
  shien-navi-result-list:focus-visible {
    outline: 3px solid var(--_focus);
  }
`;
