import { css } from 'lit';

export const widgetSetupStyles = css`
  :host {
    display: block;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 24px;
  }
  .settings,
  .result {
    min-width: 0;
  }
  @media (min-width: 960px) {
    .columns {
      grid-template-columns: minmax(320px, 440px) minmax(0, 1fr);
      align-items: start;
    }
    .result {
      position: sticky;
      top: 8px;
    }
  }
  .choices {
    display: grid;
    gap: 2px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
  }
  .categories {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .categories li {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    border-block-end: 1px solid var(--_line);
  }
  .categories .moves {
    display: flex;
    gap: 4px;
  }
  .colour {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .colour input[type='color'] {
    width: 56px;
    height: 44px;
    padding: 2px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .colour input[type='text'] {
    width: 8em;
  }
  .contrast {
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375rem;
  }
  .contrast .fail {
    color: var(--_danger);
    font-weight: 600;
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 1px solid var(--_border);
    border-radius: 3px;
    vertical-align: -0.15em;
  }
  .result > * + * {
    margin-block-start: 16px;
  }
`;
