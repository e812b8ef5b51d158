import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';
import { isPublishableUrl } from '../../src/studio/model/settings.js';
import { DEFAULT_DATA_FOLDER, defaultPublishUrl, publishedUrl, publishUrlProblem, type DataSource, type FileSource } from '../../src/studio/model/sources.js';

const file = (id: string, publishUrl: string): FileSource => ({ kind: 'file', id, name: `${id}.csv`, bytes: new Uint8Array(), publishUrl });
const url = (id: string, address: string): DataSource => ({ kind: 'url', id, url: address });

describe('where a dropped file will be published', () => {
  it('is the data folder and the file name, the path a browser adds left out', () => {
    expect(defaultPublishUrl('seido.csv', [])).toBe(`${DEFAULT_DATA_FOLDER}seido.csv`);
    expect(defaultPublishUrl('C:\\fakepath\\制度 一覧.csv', [])).toBe('/opendata/制度-一覧.csv');
    expect(defaultPublishUrl('data/2026/seido.csv', [])).toBe('/opendata/seido.csv');
    expect(defaultPublishUrl('a#b?c%d"e\'f<g>h`i.csv', [])).toBe('/opendata/a-b-c-d-e-f-g-h-i.csv');
  });

  it('is never empty, "." or ".."', () => {
    for (const name of ['', ' ', '.', '..', 'x/..', '\u0000']) expect(defaultPublishUrl(name, []), JSON.stringify(name)).toBe('/opendata/data.csv');
  });

  it('is not one another source already uses', () => {
    const taken = [file('a', '/opendata/seido.csv'), url('b', '/opendata/seido-2.csv'), file('c', '/opendata/readme')];
    expect(defaultPublishUrl('seido.csv', taken)).toBe('/opendata/seido-3.csv');
    expect(defaultPublishUrl('readme', taken)).toBe('/opendata/readme-2');
    expect(defaultPublishUrl('.hidden', [file('a', '/opendata/.hidden')])).toBe('/opendata/.hidden-2');
  });

  it('is a safe path on the site for every hostile file name', () => {
    for (const name of HOSTILE_STRINGS) {
      const published = defaultPublishUrl(name, []);
      const label = JSON.stringify(name.slice(0, 30));
      expect(published.startsWith(DEFAULT_DATA_FOLDER), label).toBe(true);
      expect(isPublishableUrl(published), label).toBe(true);
      expect(published.slice(DEFAULT_DATA_FOLDER.length), label).not.toMatch(/[\s#?%"'<>`/\\]|^\.\.?$/);
      expect(Array.from(published).length, label).toBeLessThanOrEqual(DEFAULT_DATA_FOLDER.length + 100);
    }
  });
});

describe('a publish URL typed by the site owner', () => {
  const sources = [file('a', '/opendata/a.csv'), file('b', '/opendata/b.csv'), url('c', 'https://www.example.lg.jp/c.csv')];
  const [a] = sources as [FileSource];

  it('is fine when it is a site path or http(s), even the one it already has', () => {
    expect(publishUrlProblem('/opendata/a.csv', a, sources)).toBe('');
    expect(publishUrlProblem('https://www.example.lg.jp/data/a.csv', a, sources)).toBe('');
  });

  it('says what to write when it cannot be used', () => {
    expect(publishUrlProblem('javascript:alert(1)', a, sources)).toMatch(/https:\/\/ で始まる URL か/);
    expect(publishUrlProblem('/opendata/my file.csv', a, sources)).toMatch(/空白は使えません/);
    expect(publishUrlProblem('/opendata/b.csv', a, sources)).toBe('ほかのデータと同じ URL です。ファイルごとに別の URL にしてください。');
    expect(publishUrlProblem(' https://www.example.lg.jp/c.csv ', a, sources)).toMatch(/ほかのデータと同じ URL/);
  });

  it('is the URL the snippet names', () => {
    expect(sources.map(publishedUrl)).toEqual(['/opendata/a.csv', '/opendata/b.csv', 'https://www.example.lg.jp/c.csv']);
  });
});
