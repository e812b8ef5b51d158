import { css } from 'lit';

export const quickExitStyles = css`
  :host {
    display: block;
  }
  button {
    width: 100%;
    min-height: 44px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.9375em;
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface-alt);
  }
`;
