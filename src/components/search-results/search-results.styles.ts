import { css } from 'lit';

export const searchResultsStyles = css`
  :host {
    display: grid;
    gap: 12px;
  }
  p {
    margin: 0;
    line-height: 1.7;
  }
  .none {
    font-weight: 600;
  }
  .more {
    width: 100%;
  }
`;
