import { css } from 'lit';

export const municipalityPickerStyles = css`
  /* Label and field share a line while the field keeps 10em; with large text the field wraps below. */
  :host {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    min-width: 0;
  }
  label {
    font-size: 0.875em;
    color: var(--_muted);
  }
  input {
    box-sizing: border-box;
    flex: 1 1 10em;
    min-width: 0;
    min-height: 44px;
    padding: 0.4em 0.75em;
    border: 2px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: max(1em, 16px);
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  input:focus-visible {
    border-color: var(--_focus);
  }
`;
