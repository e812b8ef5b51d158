import { css } from 'lit';

export const nodeFormStyles = css`
  :host {
    display: block;
  }
  .head {
    margin-block-end: 12px;
  }
  .head h3 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .choices {
    display: grid;
    gap: 12px;
    margin: 0 0 10px;
    padding: 0;
    list-style: none;
  }
  .choices > li {
    padding: 10px;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .choice-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 6px;
  }
  .choice-tools .field {
    flex: 1 1 14em;
    margin: 0;
  }
  .add {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 6px;
  }
  .add .field {
    margin: 0;
  }
  .picks {
    display: grid;
    align-items: start;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: 0 12px;
  }
  .phrases {
    margin-block: 10px;
  }
  .phrases summary {
    display: flex;
    align-items: center;
    min-height: 44px;
    font-weight: 600;
    cursor: pointer;
  }
  .danger-zone {
    margin-block-start: 20px;
    padding-block-start: 12px;
    border-block-start: 1px solid var(--_line);
  }
`;
