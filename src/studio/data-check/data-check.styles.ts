import { css } from 'lit';

export const dataCheckStyles = css`
  :host {
    display: block;
    max-width: 980px;
  }
  section {
    margin-block: 16px;
    padding: 12px 14px;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .summary {
    border-inline-start: 4px solid var(--_ok);
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
  }
  .rule {
    margin-block: 8px;
    padding: 8px 10px;
  }
  .rule h5 {
    margin: 0 0 6px;
    font-size: 1rem;
  }
  .rule.error {
    border-inline-start: 4px solid var(--_danger);
  }
  .rule code {
    margin-inline-start: 6px;
    color: var(--_muted);
  }
  .summary.bad {
    border-inline-start-color: var(--_danger);
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .encoding {
    max-width: 22em;
    margin-block-start: 12px;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 20px;
    margin: 0 0 8px;
  }
  .facts div {
    display: flex;
    gap: 6px;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  ul {
    margin: 0 0 8px;
    padding-inline-start: 1.2em;
  }
  li {
    overflow-wrap: anywhere;
  }
  summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375rem;
  }
  th,
  td {
    padding: 6px 8px;
    border-block-end: 1px solid var(--_line);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  /* A count is a number: one line, lined up at the end (件数 broke into 件 / 数 on a phone). */
  table.counts :is(th, td):last-child {
    white-space: nowrap;
    text-align: end;
  }
  table.gaps tbody th {
    min-inline-size: 5em;
  }
  tr.unknown td,
  tr.none td {
    color: var(--_danger);
  }
  caption {
    padding: 6px 0;
    font-weight: 600;
    text-align: start;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
  }
  .tools .field {
    flex: 1 1 14em;
  }
  .ok {
    color: var(--_ok);
  }
`;
