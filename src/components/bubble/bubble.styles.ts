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
  :host([from='user']) {
    background: var(--_accent);
    color: var(--_on-accent);
    border-end-end-radius: 4px;
    font-weight: 600;
  }
  rt {
    font-size: 0.6em;
    font-weight: 400;
  }
`;
