import { css } from 'lit';

/** A text field a thumb can hit, at 16 px or more so iOS does not zoom on focus (also the list's filter). */
export const textField = css`
  input {
    box-sizing: border-box;
    width: 100%;
    min-height: 48px;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: max(1em, 16px);
  }
  input:focus-visible {
    border-color: var(--_focus);
  }
`;

export const searchBoxStyles = css`
  :host {
    display: block;
  }
  label {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
    margin-block-end: 4px;
  }
  ${textField}
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
`;
