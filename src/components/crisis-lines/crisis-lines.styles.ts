import { css } from 'lit';

export const crisisLinesStyles = css`
  :host {
    display: block;
  }
  section {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  h3 {
    margin: 0 0 8px;
    font-size: 1em;
    color: var(--_danger);
  }
  .button {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 12px;
    width: 100%;
  }
  .name {
    font-weight: 700;
  }
  .number {
    font-weight: 700;
    font-size: 1.125em;
    font-variant-numeric: tabular-nums;
  }
  .note {
    flex-basis: 100%;
    font-size: 0.875em;
    color: var(--_muted);
  }
`;

/** What the first screen does not show: left out of the screen dist/shien-navi.js paints (scripts/first-screen.mjs leaves every `…LaterStyles` out), so that file does not carry it. */
export const crisisLinesLaterStyles = css`
  /* A line to a person beside results: calm, the accent rather than the alarm. */
  :host([tone='listening']) section {
    border-color: var(--_accent);
  }
  :host([tone='listening']) h3 {
    color: var(--_text);
    font-weight: 600;
  }
`;
