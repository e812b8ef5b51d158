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
    display: flex;
  }
  li.user {
    justify-content: flex-end;
  }
  .tail {
    margin-block-start: 14px;
    display: grid;
    gap: 14px;
  }
`;
