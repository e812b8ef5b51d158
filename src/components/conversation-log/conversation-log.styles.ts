import { css } from 'lit';

export const conversationLogStyles = css`
  :host {
    display: block;
    position: relative;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--_space);
  }
  :host([searching]) ol {
    display: none;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  li {
    max-width: 85%;
    padding: 10px 14px;
    border-radius: var(--_radius);
    line-height: 1.6;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .bot {
    align-self: flex-start;
    background: var(--_surface-alt);
    border-end-start-radius: 4px;
  }
  .user {
    align-self: flex-end;
    background: var(--_accent);
    color: var(--_on-accent);
    border-end-end-radius: 4px;
    font-weight: 600;
  }
  .tail {
    margin-block-start: 14px;
    display: grid;
    gap: 14px;
  }
`;
