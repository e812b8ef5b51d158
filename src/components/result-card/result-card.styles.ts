import { css } from 'lit';

export const resultCardStyles = css`
  :host {
    display: block;
    /* Cards below the fold are not laid out until scrolled to: typing stays within a frame. */
    content-visibility: auto;
    contain-intrinsic-size: auto 260px;
  }
  article {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space);
    display: grid;
    gap: 6px;
  }
  h4 {
    margin: 0;
    font-size: 1.0625em;
    line-height: 1.45;
  }
  p {
    margin: 0;
    line-height: 1.65;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .alias {
    font-weight: 600;
    color: var(--_accent-text);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .summary[data-clamped] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .label {
    display: inline-block;
    margin-inline-end: 0.5em;
    padding: 0 0.4em;
    border-radius: 4px;
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .more {
    display: grid;
    gap: 6px;
  }
  .toggle {
    justify-self: start;
    min-height: 44px;
    padding: 0 4px;
    border: none;
    background: none;
    color: var(--_accent-text);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 3px;
    cursor: pointer;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-block-start: 6px;
  }
  @media print {
    :host {
      content-visibility: visible;
      break-inside: avoid;
    }
    .summary[data-clamped] {
      display: block;
    }
    .toggle {
      display: none;
    }
  }
`;
