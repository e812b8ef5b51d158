import { describe, expect, it } from 'vitest';
import { MAX_VALUE_LENGTH, readEmbedParams } from '../../src/engine/embed-params.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';

const base = 'https://city.example.jp/embed/shien-navi/embed.html';
const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe('the embed page’s query', () => {
  it('passes the attributes on, relative and http(s) URLs included', () => {
    const read = readEmbedParams(
      query({ src: './data/a.csv https://opendata.example.jp/b.csv', municipality: '札幌市', lang: 'ja-easy', categories: 'money work', start: 'emergency', view: 'list', other: 'x' }),
      base,
    );
    expect(read).toEqual({
      ok: true,
      attributes: [
        ['src', './data/a.csv https://opendata.example.jp/b.csv'],
        ['municipality', '札幌市'],
        ['lang', 'ja-easy'],
        ['categories', 'money work'],
        ['start', 'emergency'],
        ['view', 'list'],
      ],
    });
    expect(readEmbedParams('', base)).toEqual({ ok: true, attributes: [] });
  });

  it('refuses a src or flow that is not http(s) or relative', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/csv,a', 'file:///etc/passwd', 'blob:https://x/y', ' javascript:alert(1)', 'java\tscript:alert(1)']) {
      expect(readEmbedParams(query({ src: url }), base)).toEqual({ ok: false, refused: ['src'] });
      expect(readEmbedParams(query({ flow: url }), base)).toEqual({ ok: false, refused: ['flow'] });
    }
    expect(readEmbedParams(query({ src: './a.csv javascript:alert(1)' }), base)).toEqual({ ok: false, refused: ['src'] });
  });

  it('refuses markup, control characters, values too long, repeats, and values an attribute does not take', () => {
    expect(readEmbedParams(query({ municipality: '<img src=x onerror=alert(1)>' }), base)).toEqual({ ok: false, refused: ['municipality'] });
    expect(readEmbedParams(query({ heading: 'a'.repeat(MAX_VALUE_LENGTH + 1) }), base)).toEqual({ ok: false, refused: ['heading'] });
    expect(readEmbedParams(query({ lang: 'fr' }), base)).toEqual({ ok: false, refused: ['lang'] });
    expect(readEmbedParams(query({ view: 'grid' }), base)).toEqual({ ok: false, refused: ['view'] });
    expect(readEmbedParams(query({ start: 'a b' }), base)).toEqual({ ok: false, refused: ['start'] });
    expect(readEmbedParams('?lang=ja&lang=en', base)).toEqual({ ok: false, refused: ['lang'] });
    expect(readEmbedParams(query({ 'exit-url': '/relative' }), base)).toEqual({ ok: false, refused: ['exit-url'] });
  });

  it('never passes a hostile string through as a URL', () => {
    for (const text of HOSTILE_STRINGS) {
      const read = readEmbedParams(query({ src: text, flow: text }), base);
      if (!read.ok) continue;
      for (const [, value] of read.attributes) for (const url of value.split(' ')) expect(new URL(url, base).protocol).toMatch(/^https?:$/);
    }
  });
});
