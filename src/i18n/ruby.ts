/**
 * Furigana in plain strings, for やさしい日本語: `相談《そうだん》` puts そうだん over 相談.
 * Parsed into segments so that the text is always rendered as text, never as HTML.
 */

export interface RubySegment {
  readonly text: string;
  /** The reading over `text`, when it has one. */
  readonly ruby?: string;
}

const RUBY = /([\p{Script=Han}々〆ヶ]+)《([^《》]+)》/gu;
/** Most text has no readings: then the pattern, costly to compile the first time, is never run. */
const hasRuby = (text: string) => text.includes('《');

export function parseRuby(text: string): RubySegment[] {
  if (!hasRuby(text)) return text === '' ? [] : [{ text }];
  const segments: RubySegment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(RUBY)) {
    const [whole, base, reading] = match as unknown as [string, string, string];
    if (match.index > cursor) segments.push({ text: text.slice(cursor, match.index) });
    segments.push({ text: base, ruby: reading });
    cursor = match.index + whole.length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

/** The text without its readings: for labels, announcements and copied text. */
export function withoutRuby(text: string): string {
  return hasRuby(text) ? text.replace(RUBY, '$1') : text;
}
