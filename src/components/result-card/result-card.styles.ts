import { css } from 'lit';

export const resultCardStyles = css`
  :host {
    display: block;
    min-width: 0;
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
    /* One column no wider than the card, whatever its content's longest word. */
    grid-template-columns: minmax(0, 1fr);
    gap: 6px;
  }
  article > *,
  .more > * {
    min-width: 0;
  }
  h4 {
    margin: 0;
    overflow-wrap: anywhere;
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
  /* Not the crisis line it is named like: said right under the name. */
  .not-crisis {
    font-weight: 600;
    font-size: 0.875em;
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 8px;
  }
  /* Not open yet: the day it opens, where it cannot be missed. */
  .opens {
    font-weight: 600;
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 8px;
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
    grid-template-columns: minmax(0, 1fr);
    gap: 6px;
  }
  /* A labelled field: the label on its own line, then the text line by line. */
  .field {
    line-height: 1.65;
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .field .label {
    margin-block-end: 2px;
  }
  .line {
    display: block;
  }
  /* List items hang: wrapped text lines up under the words, not under the bullet. */
  .item {
    padding-inline-start: 1.1em;
    text-indent: -1.1em;
  }
  .gap {
    display: block;
    height: 0.5em;
  }
  /* A short 支援内容 (5万円, 月10万円) stands out; a long one stays easy to read. */
  .benefit:not([data-long]) {
    font-weight: 600;
  }
  .benefit[data-clamped] {
    max-height: calc(1.65em * 4 + 1.6em);
    overflow: hidden;
    mask-image: linear-gradient(to bottom, #000 75%, transparent);
  }
  /* The label may sit above "電話する …" on a narrow phone; the number itself never breaks. */
  .call {
    flex-wrap: wrap;
    column-gap: 0.4em;
    row-gap: 2px;
  }
  .number {
    white-space: nowrap;
  }
  .phone-label {
    white-space: nowrap;
    padding: 0 0.4em;
    border-radius: 4px;
    background: var(--_on-accent);
    color: var(--_accent);
    font-size: 0.8125rem;
    font-weight: 600;
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
  /* A button holding a long word wraps it inside the card (its 48 px minimum stays). */
  .actions > * {
    max-width: 100%;
  }
  @media print {
    :host {
      content-visibility: visible;
      break-inside: avoid;
    }
    .summary[data-clamped] {
      display: block;
    }
    .benefit[data-clamped] {
      max-height: none;
      mask-image: none;
    }
    .toggle {
      display: none;
    }
  }
`;
