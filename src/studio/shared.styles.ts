import { css } from 'lit';

/**
 * The workbench's look, shared by its elements: calm colours with at least 4.5:1 for text,
 * a visible focus ring, controls at least 44 px tall, and forms that stack on a phone.
 */
export const studioBase = css`
  :host {
    --_text: #1b1f1d;
    --_muted: #4d5652;
    --_accent: #0b6e4f;
    --_accent-dark: #08523b;
    --_surface: #ffffff;
    --_surface-alt: #f1f5f3;
    --_border: #8a9691;
    --_line: #d3dbd7;
    --_danger: #a4262c;
    --_danger-bg: #fdf1f1;
    --_warning: #7a4d00;
    --_warning-bg: #fff7e0;
    --_ok: #0b6e4f;
    --_focus: #1a56db;
    --_radius: 8px;
    color: var(--_text);
    font-family: system-ui, -apple-system, 'Hiragino Sans', 'Noto Sans JP', 'Yu Gothic', sans-serif;
    line-height: 1.6;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 8px;
    line-height: 1.4;
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1.0625rem;
  }
  h4 {
    font-size: 1rem;
  }
  p {
    margin: 0 0 8px;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 44px;
    padding: 6px 14px;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent-dark);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
    box-sizing: border-box;
  }
  button:hover,
  .button:hover {
    background: var(--_surface-alt);
  }
  button.primary {
    background: var(--_accent);
    color: #ffffff;
  }
  button.primary:hover {
    background: var(--_accent-dark);
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  button.small {
    min-height: 44px;
    min-width: 44px;
    padding: 4px 8px;
    font-size: 0.875rem;
  }
  button:disabled {
    border-color: var(--_line);
    color: var(--_muted);
    cursor: not-allowed;
    background: var(--_surface-alt);
  }
  label {
    font-weight: 600;
  }
  input[type='text'],
  input[type='url'],
  input:not([type]),
  select,
  textarea {
    min-height: 44px;
    width: 100%;
    max-width: 100%;
    min-width: 0;
    padding: 6px 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 1rem;
    box-sizing: border-box;
  }
  textarea {
    min-height: 4.5em;
    resize: vertical;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 20px;
    height: 20px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .field {
    display: grid;
    gap: 4px;
    margin-block-end: 14px;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 10px;
    min-height: 44px;
    font-weight: 400;
  }
  fieldset {
    margin: 0 0 14px;
    padding: 8px 12px 10px;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  legend {
    padding: 0 4px;
    font-weight: 600;
  }
  .error {
    color: var(--_danger);
  }
  .notice {
    margin: 0 0 12px;
    padding: 10px 12px;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .notice.error {
    border-color: var(--_danger);
    background: var(--_danger-bg);
    color: var(--_danger);
  }
  .notice.warning {
    border-color: var(--_warning);
    background: var(--_warning-bg);
    color: var(--_warning);
  }
  /* A row of things that wraps on a phone: a title and its buttons, a set of tools. */
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  /* A finding's kind, said in words on a tinted badge (the colour only repeats the word). */
  .kind {
    display: inline-block;
    padding: 0 6px;
    border: 1px solid currentColor;
    border-radius: 4px;
    font-size: 0.875em;
    font-weight: 600;
  }
  .kind.error {
    background: var(--_danger-bg);
    color: var(--_danger);
  }
  .kind.warning {
    background: var(--_warning-bg);
    color: var(--_warning);
  }
  .kind.notice {
    background: var(--_surface-alt);
    color: var(--_muted);
  }
`;
