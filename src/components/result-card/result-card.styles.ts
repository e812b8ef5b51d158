import { css } from 'lit';

export const resultCardStyles = css`
  :host {
    display: block;
    /* Cards below the fold are not laid out until scrolled to: typing stays within a frame. */
    content-visibility: auto;
    contain-intrinsic-size: auto 240px;
  }
  article {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space);
    display: grid;
    gap: 6px;
  }
  h3 {
    margin: 0;
    font-size: 1.0625rem;
    line-height: 1.4;
  }
  p {
    margin: 0;
    line-height: 1.6;
    overflow-wrap: anywhere;
  }
  .alias {
    font-weight: 600;
    color: var(--_accent);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875rem;
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
`;
