import { css } from 'lit';

export const conversationLogStyles = css`
  :host {
    display: block;
    position: relative;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--_space);
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
  .tail {
    margin-block-start: 14px;
    display: grid;
    gap: 14px;
  }
`;

/** What the first screen does not show: left out of the screen dist/shien-navi.js paints (scripts/first-screen.mjs leaves every `…LaterStyles` out), so that file does not carry it. */
export const conversationLogLaterStyles = css`
  :host([searching]) ol {
    display: none;
  }
  li.user {
    justify-content: flex-end;
  }
`;
