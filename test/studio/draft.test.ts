import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, hostileFlow } from '../fixtures/hostile/corpus.mjs';
import { DRAFT_VERSION, readDraft, toDraft } from '../../src/studio/model/draft.js';
import * as edit from '../../src/studio/model/flow-edits.js';
import { DEFAULT_SETTINGS, type WidgetSettings } from '../../src/studio/model/settings.js';
import { MAX_FILE_BYTES, type DataSource } from '../../src/studio/model/sources.js';
import type { Workspace } from '../../src/studio/model/store.js';
import { small, UNSAFE } from './fixtures.js';

const FILE: DataSource = { kind: 'file', id: 'f1', name: '【サンプル】制度.csv', bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), publishUrl: '/opendata/seido.csv' };
const URL_SOURCE: DataSource = { kind: 'url', id: 'u1', url: 'https://www.example.lg.jp/opendata/seido.csv' };
const SETTINGS: WidgetSettings = {
  municipality: '札幌市',
  categories: ['emergency', 'money'],
  start: 'money',
  lang: 'ja-easy',
  mode: 'launcher',
  scheme: 'dark',
  accent: '#7a2e8e',
  heading: 'くらしの相談',
  exitUrl: 'https://www.google.com/',
  encoding: 'shift_jis',
  scriptFolder: 'https://www.example.lg.jp/js/',
  variant: 'classic',
};
const WORKSPACE: Workspace = { sources: [FILE, URL_SOURCE], settings: SETTINGS, flow: small, selectedNode: 'food' };
const SAVED_AT = new Date('2026-11-01T09:30:00Z');

/** A draft as IndexedDB gives it back: a structured clone of what was written. */
const stored = (workspace: Workspace = WORKSPACE) => structuredClone(toDraft(workspace, SAVED_AT)) as unknown as Record<string, unknown>;

describe('the draft kept in this browser', () => {
  it('reads back field by field what was written', () => {
    const read = readDraft(stored());
    expect(read?.savedAt).toBe('2026-11-01T09:30:00.000Z');
    expect(read?.sources).toEqual([FILE, URL_SOURCE]);
    expect(read?.sources[0]?.kind === 'file' && read.sources[0].bytes).toBeInstanceOf(Uint8Array);
    expect(read?.settings).toEqual(SETTINGS);
    expect(read?.flow).toEqual(small);
    expect(read?.selectedNode).toBe('food');
    expect(stored().version).toBe(DRAFT_VERSION);
  });

  it('keeps a flow with problems (a loop to fix later), and the hostile corpus flow as text', () => {
    const looping = edit.setChoiceNext(small, 'start', 1, 'start');
    expect(readDraft(stored({ ...WORKSPACE, flow: looping }))?.flow).toEqual(looping);
    expect(readDraft(stored({ ...WORKSPACE, flow: hostileFlow() as never }))?.flow).toEqual(hostileFlow());
    expect(readDraft(stored({ ...WORKSPACE, flow: undefined }))?.flow).toBeUndefined();
  });

  it('is ignored when it is not a draft of this version', () => {
    for (const value of [undefined, null, 'draft', 42, [], {}, { version: 2, ...WORKSPACE }, { ...stored(), version: '1' }]) {
      expect(readDraft(value), JSON.stringify(value)?.slice(0, 40)).toBeUndefined();
    }
  });

  it('drops each unsound source alone, keeping the sound ones', () => {
    const sources = [
      FILE,
      5,
      null,
      { ...FILE, id: 7 },
      { ...FILE, bytes: 'not bytes' },
      { ...FILE, bytes: [1, 2, 3] },
      { ...FILE, name: undefined },
      { ...FILE, publishUrl: null },
      { ...FILE, kind: 'folder' },
      { ...URL_SOURCE, url: 'javascript:alert(1)' },
      { ...URL_SOURCE, url: 'data:text/csv,a' },
      { ...URL_SOURCE, url: '//evil.example/x.csv' },
      { ...URL_SOURCE, url: 42 },
      URL_SOURCE,
    ];
    expect(readDraft({ ...stored(), sources })?.sources).toEqual([FILE, URL_SOURCE]);
    expect(readDraft({ ...stored(), sources: 'all' })?.sources).toEqual([]);
  });

  it('drops a file bigger than the widget reads, but keeps a publish URL being typed (it is flagged where shown)', () => {
    const big = { ...FILE, bytes: new Uint8Array(MAX_FILE_BYTES + 1) };
    expect(readDraft({ ...stored(), sources: [big] })?.sources).toEqual([]);
    const typing = { ...FILE, publishUrl: '/opendata/my file' };
    expect(readDraft({ ...stored(), sources: [typing] })?.sources).toEqual([typing]);
  });

  it('reads each unsound setting as its default, and keeps the sound ones', () => {
    const read = readDraft({ ...stored(), settings: { ...SETTINGS, lang: 'fr', accent: 'red', exitUrl: 'javascript:alert(1)', scriptFolder: 'javascript:x', encoding: 'ebcdic' } });
    expect(read?.settings).toEqual({ ...SETTINGS, lang: 'ja', accent: '', exitUrl: '', scriptFolder: DEFAULT_SETTINGS.scriptFolder, encoding: '' });
    expect(readDraft({ ...stored(), settings: 'x' })?.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('drops a flow the editor cannot show, and other fields of the wrong type, keeping the rest', () => {
    for (const flow of [{ nodes: 1 }, 'flow', [], { ...small, version: 2 }, { ...small, nodes: { start: { kind: 'question', text: 'q', choices: 'x' } } }]) {
      const read = readDraft({ ...stored(), flow });
      expect(read?.flow, JSON.stringify(flow).slice(0, 40)).toBeUndefined();
      expect(read?.settings).toEqual(SETTINGS);
    }
    const read = readDraft({ ...stored(), savedAt: 5, selectedNode: { id: 'x' } });
    expect([read?.savedAt, read?.selectedNode, read?.sources.length]).toEqual(['', '', 2]);
  });

  it('reads hostile text in every setting as one plain line', () => {
    for (const payload of HOSTILE_STRINGS) {
      const settings = readDraft({ ...stored(), settings: { ...SETTINGS, heading: payload, municipality: payload, exitUrl: payload, scriptFolder: payload } })?.settings;
      expect(settings?.heading).not.toMatch(UNSAFE);
      expect(settings?.exitUrl === '' || /^https?:\/\//i.test(settings?.exitUrl ?? '')).toBe(true);
      expect(settings?.scriptFolder).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  });
});
