import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';
import { UNSAFE } from './fixtures.js';
import { DEFAULT_SETTINGS, isHexColour, isHttpUrl, isPublishableUrl, oneLine, readSettings } from '../../src/studio/model/settings.js';


describe('one-line text fields', () => {
  it('turns control characters and line breaks into single spaces, trimmed', () => {
    expect(oneLine('  くらしの\r\n相談\t窓口\u0000 ')).toBe('くらしの 相談 窓口');
    expect(oneLine('\u202Eexe.txt\u202C 制度')).toBe('exe.txt 制度');
  });

  it('cuts at the limit on whole characters, never half an emoji', () => {
    expect(oneLine('あ'.repeat(300))).toBe('あ'.repeat(200));
    const cut = oneLine(`${'a'.repeat(199)}😀😀`);
    expect(cut).toBe(`${'a'.repeat(199)}😀`);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(oneLine('abc', 2)).toBe('ab');
  });

  it('leaves no unsafe character in any hostile string, and no more than the limit', () => {
    for (const payload of HOSTILE_STRINGS) {
      const line = oneLine(payload);
      expect(line, JSON.stringify(payload.slice(0, 30))).not.toMatch(UNSAFE);
      expect(Array.from(line).length).toBeLessThanOrEqual(200);
    }
  });
});

describe('links and colours', () => {
  it('knows an http(s) URL', () => {
    for (const url of ['https://www.example.lg.jp/', 'http://example.jp/a?b=c', ' HTTPS://EXAMPLE.JP ']) expect(isHttpUrl(url), url).toBe(true);
    for (const url of ['', 'https://', 'https:// example.jp', 'javascript:alert(1)', '//example.jp', '/js/', 'ftp://example.jp/', 'https://example.jp/a b']) expect(isHttpUrl(url), url).toBe(false);
  });

  it('takes a path on the site or an http(s) URL as a place to publish, never another scheme or host in disguise', () => {
    for (const url of ['/js/', './data/seido.csv', 'data/seido.csv', 'https://cdn.example.jp/js/']) expect(isPublishableUrl(url), url).toBe(true);
    for (const url of ['', ' ', '/js/my folder/', 'javascript:alert(1)', 'JaVaScRiPt:x', 'data:text/csv,a', '//evil.example/', '\\\\evil.example\\share', '/\\evil.example/', 'vbscript:x']) {
      expect(isPublishableUrl(url), url).toBe(false);
    }
  });

  it('takes only #rrggbb as a colour', () => {
    expect(['#7a2e8e', '#FFFFFF'].map(isHexColour)).toEqual([true, true]);
    expect(['#fff', 'red', '7a2e8e', '#7a2e8e;background:url(x)', 'rgb(0,0,0)'].map(isHexColour)).toEqual([false, false, false, false, false]);
  });
});

describe('settings read back', () => {
  it('gives the defaults for anything that is not settings', () => {
    for (const value of [undefined, null, 'x', 5, [], {}]) expect(readSettings(value)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps each sound field, and reads each unsound one as its default', () => {
    const sound = {
      municipality: '札幌市',
      categories: ['money', 'emergency'],
      start: 'money',
      lang: 'en',
      mode: 'launcher',
      scheme: 'light',
      accent: '#7A2E8E',
      heading: 'くらしの相談',
      exitUrl: 'https://www.google.com/',
      encoding: 'utf-8',
      scriptFolder: '/assets/js/',
      variant: 'classic',
    };
    expect(readSettings({ ...sound, unknown: 'dropped' })).toEqual({ ...sound, accent: '#7a2e8e' });
    const unsound = { municipality: 5, categories: 'money', start: null, lang: 'fr', mode: 'popup', scheme: 'sepia', accent: '#7a2e8', heading: {}, exitUrl: '/back', encoding: 'ebcdic', scriptFolder: '//cdn.evil.example/', variant: 'amd' };
    expect(readSettings(unsound)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the categories in their order, once each, without empty or non-text ones', () => {
    expect(readSettings({ categories: ['money', 3, '', ' money ', 'work\n', 'money', null, 'family'] }).categories).toEqual(['money', 'work', 'family']);
  });

  it('reads every hostile string in every text field as safe for the snippet', () => {
    for (const payload of HOSTILE_STRINGS) {
      const settings = readSettings({ municipality: payload, heading: payload, start: payload, categories: [payload], exitUrl: payload, scriptFolder: payload, accent: payload });
      const label = JSON.stringify(payload.slice(0, 30));
      for (const field of [settings.municipality, settings.heading, settings.start, ...settings.categories]) expect(field, label).not.toMatch(UNSAFE);
      expect(settings.exitUrl === '' || isHttpUrl(settings.exitUrl), label).toBe(true);
      expect(isPublishableUrl(settings.scriptFolder), label).toBe(true);
      expect(settings.scriptFolder, label).not.toMatch(/^\s*(javascript|data|vbscript):|^[/\\]{2}/i);
      expect(settings.accent, label).toBe('');
    }
  });
});
