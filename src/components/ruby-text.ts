import { html, type TemplateResult } from 'lit';
import { parseRuby } from '../i18n/ruby.js';

/** Renders `相談《そうだん》` as <ruby>; every piece is bound as text. */
export function rubyText(text: string): TemplateResult | string {
  if (!text.includes('《')) return text;
  return html`${parseRuby(text).map((segment) =>
    segment.ruby === undefined ? segment.text : html`<ruby>${segment.text}<rt>${segment.ruby}</rt></ruby>`,
  )}`;
}
