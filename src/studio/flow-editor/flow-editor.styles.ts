import { css } from 'lit';

export const flowEditorStyles = css`
  :host {
    display: block;
  }
  .bar {
    justify-content: flex-start;
    margin-block-end: 12px;
  }
  .problems {
    margin-block-end: 16px;
    color: var(--_text);
  }
  .problems ul {
    margin: 4px 0 0;
    padding-inline-start: 1.2em;
  }
  .problems button {
    min-height: 44px;
    padding: 2px 4px;
    border: none;
    background: transparent;
    color: var(--_danger);
    font-weight: 400;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .problems .warning button {
    color: var(--_warning);
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 20px;
  }
  .tree,
  .form,
  .side {
    min-width: 0;
  }
  .tree {
    max-height: 70vh;
    overflow: auto;
    padding: 8px;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .form {
    padding: 12px;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @media (min-width: 1100px) {
    .columns {
      grid-template-columns: minmax(220px, 300px) minmax(0, 1fr) minmax(320px, 400px);
      align-items: start;
    }
    .side {
      position: sticky;
      top: 8px;
    }
  }
  @media (min-width: 760px) and (max-width: 1099px) {
    .columns {
      grid-template-columns: minmax(220px, 300px) minmax(0, 1fr);
      align-items: start;
    }
    .side {
      grid-column: 1 / -1;
    }
  }
  .side > * + * {
    margin-block-start: 16px;
  }
  input[type='file'] {
    display: none;
  }
`;
