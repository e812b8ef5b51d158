import { css } from 'lit';

/** The dark palette: used under `prefers-color-scheme: dark` and with `scheme="dark"`. */
const darkPalette = css`
  --_accent: var(--shien-navi-accent, #6fd3ad);
  --_accent-text: var(--shien-navi-accent-text, var(--_accent));
  --_on-accent: var(--shien-navi-on-accent, #08231a);
  --_surface: var(--shien-navi-surface, #141917);
  --_surface-alt: var(--shien-navi-surface-alt, #1f2724);
  --_text: var(--shien-navi-text, #ecf2ef);
  --_muted: var(--shien-navi-muted, #b4c0bb);
  --_border: var(--shien-navi-border, #4a5752);
  --_danger: var(--shien-navi-danger, #ff9a9f);
  --_focus: var(--shien-navi-focus, #8fb4ff);
  --_mark: var(--shien-navi-mark, #6b5310);
`;

/**
 * Design tokens: the public `--shien-navi-*` properties resolved once, on `<shien-navi>`, into
 * private `--_*` ones. The parts inherit them (custom properties cross shadow boundaries), so
 * each card does not recompute them.
 *
 * Text size comes from the page around the widget (1em), so a site's 文字サイズ buttons and the
 * browser's zoom and text size reach it; never below 16px, so a theme's `html { font-size: 62.5% }`
 * cannot shrink it and iOS does not zoom in on the search field. Everything inside is sized in
 * em from there, never in rem (the page's root).
 */
/**
 * The light palette and the sizes: `tokens` sets them on `<shien-navi>`; a part shown on its own
 * (the workbench's card preview) gets them from the element around it.
 */
export const lightTokens = css`
  --_accent: var(--shien-navi-accent, #0b6e4f);
  --_accent-text: var(--shien-navi-accent-text, var(--_accent));
  --_on-accent: var(--shien-navi-on-accent, #ffffff);
  --_surface: var(--shien-navi-surface, #ffffff);
  --_surface-alt: var(--shien-navi-surface-alt, #f1f5f3);
  --_text: var(--shien-navi-text, #1b1f1d);
  --_muted: var(--shien-navi-muted, #4d5652);
  --_border: var(--shien-navi-border, #b9c4bf);
  --_danger: var(--shien-navi-danger, #a4262c);
  --_font: var(--shien-navi-font, system-ui, -apple-system, 'Hiragino Sans', 'Noto Sans JP', 'Yu Gothic', sans-serif);
  --_radius: var(--shien-navi-radius, 12px);
  --_space: var(--shien-navi-space, 12px);
  --_focus: var(--shien-navi-focus, #1a56db);
  --_mark: var(--shien-navi-mark, #fde68a);
`;

export const tokens = css`
  :host {
    ${lightTokens}
    color-scheme: light;
  }
  /* scheme="auto" (default) follows the device; "light" and "dark" fix it. */
  @media (prefers-color-scheme: dark) {
    :host(:not([scheme='light'])) {
      ${darkPalette}
      color-scheme: dark;
    }
  }
  :host([scheme='dark']) {
    ${darkPalette}
    color-scheme: dark;
  }
  :host {
    font-family: var(--_font);
    font-size: max(1em, 16px);
    line-height: 1.5;
    color: var(--_text);
  }
`;

/**
 * Rules every part needs: a visible focus ring, text only screen readers read, and controls
 * that take the letter and word spacing a reader sets on the widget (WCAG 1.4.12), which
 * browsers reset on buttons and fields.
 */
export const base = css`
  button,
  input {
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  /* Text from the data or a flow may hold one long Latin word (a URL, romaji): it wraps rather
     than widen its box past the screen and push the call buttons out of sight. */
  h1,
  h2,
  h3,
  h4,
  p,
  li,
  dt,
  dd,
  summary,
  button,
  a {
    overflow-wrap: anywhere;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Large, calm buttons and link-buttons with at least 44×44 px to tap. */
export const controls = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 48px;
    min-width: 48px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 1em;
    line-height: 1.4;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
    box-sizing: border-box;
  }
  .button:hover {
    background: var(--_surface-alt);
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: background-color 120ms ease-out;
    }
  }
`;

/** A list of buttons one under another: the answers, the shortcuts, the crisis lines. */
export const buttonList = css`
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 8px;
  }
  li {
    min-width: 0;
  }
`;
