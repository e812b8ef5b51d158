import { css } from 'lit';

export const previewStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  .bar {
    margin-block-end: 8px;
  }
  .widths {
    display: flex;
    gap: 6px;
  }
  .widths button[aria-pressed='true'] {
    background: var(--_accent);
    color: #ffffff;
  }
  .stage {
    position: relative;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: repeating-linear-gradient(45deg, #eef2f0 0 8px, #e6ebe8 8px 16px);
  }
  iframe {
    display: block;
    border: 0;
    background: #ffffff;
    transform-origin: 0 0;
    /* Width, height and scale are set from the chosen width and the room there is. */
    width: var(--_frame-width, 375px);
    height: var(--_frame-height, 667px);
    transform: scale(var(--_scale, 1));
  }
  .stage.phone iframe {
    margin-inline: auto;
  }
  .status {
    margin-block-start: 6px;
  }
`;
