import { css } from 'lit';

export const contactActionsStyles = css`
  :host {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .button {
    flex: 1 1 auto;
    max-width: 100%;
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
