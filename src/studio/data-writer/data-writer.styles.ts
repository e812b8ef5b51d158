import { css } from 'lit';
import { lightTokens } from '../../components/shared.styles.js';

export const dataWriterStyles = css`
  :host {
    display: block;
    max-width: 1280px;
  }
  section {
    margin-block: 16px;
    padding: 12px 14px;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .buttons,
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: end;
    margin-block-end: 8px;
  }
  .tools .field {
    flex: 1 1 16em;
    margin: 0;
  }
  .field {
    display: grid;
    gap: 4px;
    margin-block-end: 12px;
  }
  .field.has-error input,
  .field.has-error select,
  .field.has-error textarea {
    border: 2px solid var(--_danger);
  }
  input[type='tel'],
  input[type='search'],
  input[type='date'] {
    min-height: 44px;
    width: 100%;
    padding: 6px 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    box-sizing: border-box;
  }
  input[type='date'] {
    max-width: 14em;
  }
  .picker {
    font-weight: 400;
    font-size: 0.875rem;
  }
  .guide {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.875rem;
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
  }
  .rows {
    display: grid;
    gap: 4px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    width: 100%;
    justify-content: flex-start;
    flex-wrap: wrap;
    text-align: start;
    font-weight: 400;
    border-width: 1px;
  }
  .row[aria-current='true'] {
    border-width: 3px;
    font-weight: 600;
  }
  .row .name {
    flex: 1 1 12em;
    overflow-wrap: anywhere;
  }
  .findings {
    margin: 4px 0 0;
    padding-inline-start: 0;
    list-style: none;
  }
  .finding {
    margin-block-end: 4px;
    overflow-wrap: anywhere;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: 20px;
    align-items: start;
  }
  .preview {
    position: sticky;
    top: 8px;
  }
  /* The widget's own tokens, which <shien-navi> would give its card. */
  .preview shien-navi-result-card {
    ${lightTokens}
    display: block;
    font-family: var(--_font);
    color: var(--_text);
  }
  .sticky {
    position: sticky;
    bottom: 0;
    padding-block: 8px;
    background: var(--_surface);
  }
  .messages .notice {
    margin-block: 8px;
  }
  @media (max-width: 800px) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
    .preview {
      position: static;
    }
  }
`;
