import { css } from 'lit';

export const appStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: #f4f6f5;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px 24px;
    padding: 12px 20px;
    background: var(--_accent);
    color: #ffffff;
  }
  .top :focus-visible {
    outline-color: #ffffff;
  }
  h1 {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.4;
  }
  .top p {
    margin: 0;
    font-size: 0.875rem;
  }
  .draft {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    font-size: 0.875rem;
  }
  .draft button {
    border-color: #ffffff;
    background: transparent;
    color: #ffffff;
  }
  .draft button:hover {
    background: var(--_accent-dark);
  }
  .draft button.confirm {
    background: #ffffff;
    color: var(--_danger);
    border-color: #ffffff;
  }
  nav {
    padding: 0 20px;
    background: var(--_surface);
    border-block-end: 1px solid var(--_line);
    overflow-x: auto;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 4px;
  }
  [role='tab'] {
    min-height: 48px;
    padding: 8px 14px;
    border: none;
    border-block-end: 4px solid transparent;
    border-radius: 0;
    background: transparent;
    color: var(--_text);
    font-weight: 600;
    white-space: nowrap;
  }
  /* Inline halves inside one box: a phone may break the label only between them. */
  [role='tab'] .label span {
    white-space: nowrap;
  }
  [role='tab'][aria-selected='true'] {
    border-block-end-color: var(--_accent);
    color: var(--_accent-dark);
  }
  [role='tab']:focus-visible {
    outline-offset: -3px;
  }
  main {
    max-width: 1400px;
    margin: 0 auto;
    padding: 16px 20px 48px;
  }
  @media (max-width: 600px) {
    .top,
    nav,
    main {
      padding-inline: 12px;
    }
    /* The four jobs as two rows of two, each on two lines, instead of a tall stack of four. */
    [role='tablist'] {
      display: grid;
      grid-template-columns: 1fr 1fr;
    }
    [role='tab'] {
      flex: 1 1 auto;
      padding-inline: 6px;
      white-space: normal;
      text-align: center;
      font-size: 0.875rem;
      line-height: 1.35;
    }
  }
  [role='tabpanel'][hidden] {
    display: none;
  }
`;
