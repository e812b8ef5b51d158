import { css } from 'lit';
import { textField } from '../search-box/search-box.styles.js';

export const serviceListStyles = css`
  :host {
    display: block;
    /* The list scrolls in the panel where the conversation would. */
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--_space);
  }
  h3 {
    margin: 0 0 4px;
    font-size: 1.125em;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid var(--_focus);
  }
  h4 {
    margin: 16px 0 8px;
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .meta {
    margin: 0 0 8px;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-block: 8px;
  }
  .actions .button {
    flex: 1 1 auto;
  }
  label {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
    margin-block: 8px 4px;
  }
  ${textField}
  .groups {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
  }
  /* Compact, so that the first cards still show on a phone (24 px is WCAG 2.2's least target). */
  .groups .button {
    min-height: 36px;
    min-width: 36px;
    padding: 0.125em 0.625em;
    border-width: 1px;
    font-size: 0.875em;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 10px;
  }
  .more {
    width: 100%;
    margin-block-start: 12px;
  }
  .none {
    font-weight: 600;
  }
  @media print {
    /* A printout of the page as it is (the browser's own Print) keeps the cards, not the controls. */
    :host {
      overflow: visible;
    }
    .actions,
    label,
    input,
    .groups,
    .more {
      display: none;
    }
  }
`;
