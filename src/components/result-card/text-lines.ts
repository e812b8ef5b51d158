import { html, type TemplateResult } from 'lit';

/** A line that starts a list item: a bullet (• ・ ● ※ -) or a number (①, 1., (1), １）). */
const ITEM = /^(?:[•・･●○◆◇■□▪◎※*＊\-－–]|[①-⑳]|[(（]?\d{1,2}[.．、)）])/;

/**
 * A multi-line cell as lines a person can follow: line breaks kept, list items (lines that
 * start with a bullet or a number) with a hanging indent so wrapped text lines up under the
 * words, and blank lines as a small gap. Always text, never HTML.
 */
export function textLines(text: string): TemplateResult[] {
  return text.split('\n').map((line) => {
    const trimmed = line.trim();
    if (trimmed === '') return html`<span class="gap"></span>`;
    return ITEM.test(trimmed) ? html`<span class="line item">${trimmed}</span>` : html`<span class="line">${trimmed}</span>`;
  });
}
