import { css } from 'lit';

export const municipalityPickerStyles = css`
  :host {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: 8px;
  }
  label {
    font-size: 0.875em;
    color: var(--_muted);
  }
  input {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 0.4em 0.75em;
    border: 2px solid var(--_border);
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
