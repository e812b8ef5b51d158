import { css } from 'lit';

/**
 * The first screen's parts, flattened into one shadow root: the rules the conversation log,
 * bubble and choice list give them inside `<shien-navi>` on `:host`, written for the flattened
 * elements, so nothing moves when the widget takes the screen over (test/e2e/first-screen.spec.ts
 * compares where the answers are). The search field uses the search box's own sheet.
 */
export const shellStyles = css`
  .log {
    display: block;
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--_space);
  }
  ol,
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ol {
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  ol li {
    display: flex;
  }
  .bubble {
    display: block;
    max-width: 85%;
    margin: 0;
    padding: 10px 14px;
    border-radius: var(--_radius);
    border-end-start-radius: 4px;
    background: var(--_surface-alt);
    line-height: 1.7;
    overflow-wrap: anywhere;
    white-space: pre-line;
    box-sizing: border-box;
  }
  .tail {
    margin-block-start: 14px;
    display: grid;
    gap: 14px;
  }
  .tail ul {
    display: grid;
    gap: 8px;
  }
  .choice {
    width: 100%;
    justify-content: space-between;
    font-weight: 600;
  }
  .tail a.button {
    width: 100%;
    justify-content: space-between;
    color: var(--_danger);
    border-color: var(--_danger);
    font-weight: 600;
  }
  h3 {
    margin: 0 0 8px;
    font-size: 1em;
  }
`;
