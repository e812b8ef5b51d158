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
  /* Suggestions take the whole width under the field, grouped under their 振興局. */
  .suggestions {
    flex: 1 1 100%;
    max-height: 18em;
    overflow-y: auto;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .area {
    margin: 0;
    padding: 0.25em 0.75em;
    font-size: 0.875em;
    font-weight: bold;
    color: var(--_muted);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li button {
    width: 100%;
    min-height: 44px;
    padding: 0.4em 0.75em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
  }
  li button:focus-visible {
    outline-offset: -3px;
  }
  .reading {
    margin-inline-start: 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
