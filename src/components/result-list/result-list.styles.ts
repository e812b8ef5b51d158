import { css } from 'lit';

export const resultListStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  .summary {
    margin: 0 0 8px;
    font-weight: 600;
  }
  .date {
    margin: 0 0 8px;
    color: var(--_muted);
    font-size: 0.875em;
  }
  section + section {
    margin-block-start: 16px;
  }
  h3 {
    margin: 0 0 8px;
    overflow-wrap: anywhere;
    font-size: 0.9375em;
    color: var(--_muted);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 10px;
  }
  li {
    min-width: 0;
  }
  .more {
    width: 100%;
    margin-block-start: 12px;
  }
`;
