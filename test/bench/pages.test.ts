import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bubbles, categoryViews } from '../../src/engine/views.js';
import { startWalk } from '../../src/engine/walker.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { JA_MESSAGES } from '../../src/i18n/messages-ja.js';
import { withoutRuby } from '../../src/i18n/ruby.js';

// The startup benches compare the widget's first screen with the same screen as static HTML and
// as a ten-line script: they are only "the same screen" while they say what the widget says.
const messages = JA_MESSAGES;
const choices = categoryViews(HOKKAIDO_FLOW, 'ja');
const texts = [
  messages.heading,
  messages.searchLabel,
  messages.searchPlaceholder,
  ...bubbles(startWalk(HOKKAIDO_FLOW), messages, 'ja').map((bubble) => bubble.text),
  ...choices.map((choice) => choice.label),
  messages.back,
  messages.restart,
].map(withoutRuby);
const page = (name: string) => readFileSync(new URL(`../../bench/pages/${name}`, import.meta.url), 'utf8');

describe('the startup bench pages', () => {
  it.each(['startup-static.html', 'startup-script.js'])('%s shows every text of the first screen, in order', (name) => {
    const source = page(name);
    let from = 0;
    for (const text of texts) {
      const at = source.indexOf(text, from);
      expect(at, text).toBeGreaterThanOrEqual(from);
      from = at + text.length;
    }
  });

  it('the static page has every answer of the first question and the two navigation buttons as buttons, and a search field', () => {
    const source = page('startup-static.html');
    expect(source.match(/<button[ >]/g)).toHaveLength(choices.length + 2);
    expect(source).toMatch(/<input type="search"/);
    // Its mark comes before the screen's markup, never after it has been parsed (or painted).
    expect(source.indexOf("performance.mark('script-start')")).toBeLessThan(source.indexOf('<section'));
  });
});
