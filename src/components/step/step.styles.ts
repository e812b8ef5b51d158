import { css } from 'lit';

export const stepStyles = css`
  :host {
    display: grid;
    gap: 14px;
  }
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
