import { css } from 'lit';

/** The handout is paper only: never on screen, black on white on paper whatever the theme. */
export const handoutStyles = css`
  :host {
    display: none;
  }
  @media print {
    :host {
      display: block;
      color: #000;
      background: #fff;
      font-size: 11pt;
      line-height: 1.5;
    }
    * {
      color: #000 !important;
      background: #fff !important;
    }
    header {
      display: flex;
      justify-content: space-between;
      align-items: flex-start;
      gap: 16px;
      border-bottom: 2px solid #000;
      padding-bottom: 8px;
      margin-bottom: 12px;
      break-inside: avoid;
    }
    h1 {
      margin: 0 0 4px;
      font-size: 16pt;
    }
    .meta {
      margin: 0;
    }
    figure {
      margin: 0;
      flex: 0 0 auto;
      text-align: center;
      font-size: 8pt;
      max-width: 36mm;
    }
    svg {
      display: block;
      width: 32mm;
      height: 32mm;
      margin: 0 auto 2px;
    }
    .link {
      overflow-wrap: anywhere;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      break-inside: avoid;
      border: 1px solid #000;
      border-radius: 4px;
      padding: 6px 10px;
      margin-bottom: 8px;
    }
    h3 {
      margin: 0;
      font-size: 12pt;
    }
    h2.group {
      margin: 10px 0 6px;
      font-size: 12pt;
      break-after: avoid;
    }
    .alias {
      margin: 0;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0 12px;
      margin: 4px 0 0;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    h2.crisis {
      margin: 12px 0 6px;
    }
  }
`;
