import { describe, expect, it } from 'vitest';
import { parse } from 'node:path';
import { HOSTILE_STRINGS, hostileFlow } from '../fixtures/hostile/corpus.mjs';
import { DEFAULT_SETTINGS, readSettings, type WidgetSettings } from '../../src/studio/model/settings.js';
import { iframeSnippet, inlineFlowSnippet, scriptFolder, splitStyles, widgetAttributes, widgetSnippet, type SnippetInput } from '../../src/studio/model/snippet.js';
import { readEmbedParams } from '../../src/engine/embed-params.js';
import { defaultPublishUrl, publishUrlProblem, type FileSource } from '../../src/studio/model/sources.js';

const CATEGORIES = ['money', 'work', 'emergency', 'health', 'family'];
const file = (name: string, publishUrl: string): FileSource => ({ kind: 'file', id: name, name, bytes: new Uint8Array([65]), publishUrl });
const input = (settings: Partial<WidgetSettings> = {}, extra: Partial<SnippetInput> = {}): SnippetInput => ({
  settings: { ...DEFAULT_SETTINGS, ...settings },
  sources: [file('seido.csv', '/opendata/seido.csv')],
  flow: undefined,
  categoryIds: CATEGORIES,
  ...extra,
});

/** Reads the attributes back the way an HTML parser would (the tests run in Node, without a DOM). */
function attributesOf(snippet: string): Record<string, string> {
  const tag = /<shien-navi([^>]*)>/.exec(snippet)?.[1] ?? '';
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return Object.fromEntries([...tag.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map((match) => [match[1], decode(match[2] ?? '')]));
}

describe('widget snippet', () => {
  it('with the defaults: the module script and the data URL, nothing else', () => {
    expect(widgetSnippet(input())).toBe('<script type="module" src="/js/shien-navi.js"></script>\n<shien-navi src="/opendata/seido.csv"></shien-navi>\n');
  });

  it('classic variant loads the single-file script with defer', () => {
    expect(widgetSnippet(input({ variant: 'classic', scriptFolder: 'https://www.example.lg.jp/assets' }))).toMatch(
      /^<script src="https:\/\/www\.example\.lg\.jp\/assets\/shien-navi\.iife\.js" defer><\/script>\n/,
    );
  });

  it('leaves out a quick-exit page that is not a web page (the form flags it; the widget would not use it)', () => {
    for (const exitUrl of ['javascript:alert(1)', '/back', 'www.example.org']) expect(attributesOf(widgetSnippet(input({ exitUrl })))).not.toHaveProperty('exit-url');
    expect(attributesOf(widgetSnippet(input({ exitUrl: ' https://www.example.org/ ' })))).toHaveProperty('exit-url', 'https://www.example.org/');
  });

  it('writes every chosen setting as the widget reads it, and the accent colour as a style rule', () => {
    const snippet = widgetSnippet(
      input({ municipality: '札幌市', categories: ['emergency', 'money'], start: 'emergency', lang: 'ja-easy', mode: 'launcher', scheme: 'dark', accent: '#7a2e8e', heading: 'くらしの相談', exitUrl: 'https://www.example.org/', encoding: 'shift_jis' }),
    );
    expect(attributesOf(snippet)).toEqual({
      src: '/opendata/seido.csv',
      municipality: '札幌市',
      categories: 'emergency money',
      start: 'emergency',
      lang: 'ja-easy',
      mode: 'launcher',
      scheme: 'dark',
      heading: 'くらしの相談',
      'exit-url': 'https://www.example.org/',
      encoding: 'shift_jis',
    });
    expect(snippet).toContain('<style>\n  shien-navi { --shien-navi-accent: #7a2e8e; }\n</style>');
  });

  it('with the device\'s colour scheme, the chosen colour is for the light palette only', () => {
    expect(widgetSnippet(input({ accent: '#7a2e8e' }))).toContain(
      '<style>\n  shien-navi { --shien-navi-accent: #7a2e8e; }\n  @media (prefers-color-scheme: dark) {\n    shien-navi { --shien-navi-accent: initial; }\n  }\n</style>\n',
    );
  });

  it('gives the preview the style rules apart from the markup', () => {
    const snippet = widgetSnippet(input({ accent: '#7a2e8e', scheme: 'light' }));
    expect(splitStyles(snippet)).toEqual({
      css: ['\n  shien-navi { --shien-navi-accent: #7a2e8e; }\n'],
      markup: '<script type="module" src="/js/shien-navi.js"></script>\n<shien-navi src="/opendata/seido.csv" scheme="light"></shien-navi>\n',
    });
  });

  it('leaves out categories that change nothing, and unknown category ids', () => {
    expect(widgetAttributes(input({ categories: CATEGORIES }))).not.toContainEqual(expect.arrayContaining(['categories']));
    expect(attributesOf(widgetSnippet(input({ categories: ['nope', 'family'] })))['categories']).toBe('family');
  });

  it('merges several sources into one src, in order', () => {
    const sources = [file('a.csv', '/opendata/a.csv'), { kind: 'url', id: 'u', url: 'https://data.example.jp/b.csv' } as const];
    expect(attributesOf(widgetSnippet(input({}, { sources })))['src']).toBe('/opendata/a.csv https://data.example.jp/b.csv');
  });

  it('keeps every hostile heading as text: one element, the value read back exactly', () => {
    for (const payload of HOSTILE_STRINGS) {
      const settings = readSettings({ heading: payload });
      const snippet = widgetSnippet(input(settings));
      expect(snippet.match(/<shien-navi[ >]/g)).toHaveLength(1);
      // Every < and > left is one of the snippet's own tags: the payload is all inside the quotes.
      expect(snippet.replace(/<\/?(script|shien-navi)\b[^<>]*>/g, '')).not.toMatch(/[<>]/);
      expect(attributesOf(snippet)['heading'] ?? '').toBe(settings.heading);
    }
  });

  it('writes an edited flow inside the element as JSON no text can break out of', () => {
    const flow = hostileFlow();
    const snippet = widgetSnippet(input({}, { flow }));
    const json = /<script type="application\/json">(.*)<\/script>\n<\/shien-navi>\n$/s.exec(snippet)?.[1] ?? '';
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(flow);
    expect(inlineFlowSnippet(flow)).toBe(`<script type="application/json">${json}</script>\n`);
  });

  it('takes a file URL given for the script folder as its folder', () => {
    expect(scriptFolder('https://cdn.example.jp/x/shien-navi.js')).toBe('https://cdn.example.jp/x/');
    expect(scriptFolder('/assets')).toBe('/assets/');
    expect(scriptFolder('  ')).toBe('/js/');
  });

  it('never pastes a script folder the form flags as invalid', () => {
    for (const scriptFolder of ['javascript:alert(1)//', 'data:text/javascript,alert(1)//', '//evil.example/', '\\\\evil.example\\', '/js/ onload=x']) {
      const snippet = widgetSnippet(input({ scriptFolder }));
      expect(snippet.split('\n')[0], scriptFolder).toBe('<script type="module" src="/js/shien-navi.js"></script>');
    }
  });
});

describe('where a dropped file will be published', () => {
  it('defaults to /opendata/ and the file name, never twice the same', () => {
    const first = file('seido.csv', defaultPublishUrl('seido.csv', []));
    expect(first.publishUrl).toBe('/opendata/seido.csv');
    expect(defaultPublishUrl('seido.csv', [first])).toBe('/opendata/seido-2.csv');
    expect(defaultPublishUrl('C:\\data\\支援 制度#1.csv', [])).toBe('/opendata/支援-制度-1.csv');
    expect(parse(defaultPublishUrl('..', [])).base).toBe('data.csv');
  });

  it('says why a URL cannot be used', () => {
    const a = file('a.csv', '/opendata/a.csv');
    const b = file('b.csv', '/opendata/b.csv');
    expect(publishUrlProblem('/opendata/a.csv', b, [a, b])).toMatch(/同じ URL/);
    expect(publishUrlProblem('javascript:alert(1)', b, [a, b])).not.toBe('');
    expect(publishUrlProblem('//evil.example/x.csv', b, [a, b])).not.toBe('');
    expect(publishUrlProblem('https://www.example.lg.jp/opendata/b.csv', b, [a, b])).toBe('');
  });
});

describe('settings read back from storage', () => {
  it('keeps sound values and drops the rest', () => {
    expect(readSettings({ lang: 'fr', mode: 'popup', accent: 'red', exitUrl: 'javascript:alert(1)', scriptFolder: 'data:text/js,1', categories: ['money', 3, 'money'], heading: 'a\u202Eb\u0000c' })).toEqual({
      ...DEFAULT_SETTINGS,
      categories: ['money'],
      heading: 'a b c',
    });
    expect(readSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
  });
});

describe('iframe snippet (CMSs that strip <script>)', () => {
  /** The iframe's src and title, decoded as an HTML parser would. */
  const iframeOf = (snippet: string) => {
    const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const attribute = (name: string) => decode(new RegExp(` ${name}="([^"]*)"`).exec(snippet)?.[1] ?? '');
    return { src: attribute('src'), title: attribute('title'), height: attribute('height') };
  };

  it('points at embed.html beside the widget with the settings the embed page reads, a title and the panel’s height', () => {
    const snippet = iframeSnippet(input({ scriptFolder: 'https://www.example.lg.jp/js', municipality: '札幌市', lang: 'en', mode: 'launcher', start: 'emergency' }));
    const { src, title, height } = iframeOf(snippet);
    const url = new URL(src);
    expect(`${url.origin}${url.pathname}`).toBe('https://www.example.lg.jp/js/embed.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({ src: '/opendata/seido.csv', municipality: '札幌市', start: 'emergency', lang: 'en' });
    expect(title).toBe('支援情報ナビ');
    expect(height).toBe('640');
    // What the embed page itself accepts.
    expect(readEmbedParams(url.search, url.href)).toMatchObject({ ok: true });
  });

  it('escapes the heading in its title and never writes markup', () => {
    const snippet = iframeSnippet(input({ heading: '"><script>alert(1)</script>' }));
    expect(snippet).not.toContain('<script');
    expect(iframeOf(snippet).title).toBe('"><script>alert(1)</script>');
    expect(snippet.match(/<[a-z]/g)).toEqual(['<i']);
  });
});
