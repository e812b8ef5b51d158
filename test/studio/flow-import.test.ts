import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/engine/flow.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { deepFlowJson, HOSTILE_STRINGS, hostileFlow } from '../fixtures/hostile/corpus.mjs';
import * as edit from '../../src/studio/model/flow-edits.js';
import { editableFlow, importFlow, MAX_FLOW_BYTES, MAX_NODES, type FlowImport } from '../../src/studio/model/flow-import.js';
import { bytes, small, withNodes } from './fixtures.js';

/** What the editor tells the person: the refusal, or 'accepted'. */
const refusal = (result: FlowImport): string => ('error' in result ? result.error : 'accepted');
const refused = (text: string): string => refusal(importFlow(bytes(text)));
const codes = (result: FlowImport): string[] => ('problems' in result ? result.problems.map((problem) => problem.code) : ['refused']);

describe('importing a flow file', () => {
  it('reads a flow as it is', () => {
    expect(importFlow(bytes(JSON.stringify(small)))).toEqual({ flow: small, problems: [] });
    expect(importFlow(bytes(JSON.stringify(HOKKAIDO_FLOW)))).toEqual({ flow: HOKKAIDO_FLOW, problems: [] });
    // Field by field in the order written, so a file exported again reads the same.
    const imported = importFlow(bytes(JSON.stringify(HOKKAIDO_FLOW)));
    expect('flow' in imported && JSON.stringify(imported.flow)).toBe(JSON.stringify(HOKKAIDO_FLOW));
  });

  it('reads a file saved with a byte order mark (as Windows Notepad saves it)', () => {
    expect(importFlow(bytes(`\uFEFF${JSON.stringify(small)}`))).toEqual({ flow: small, problems: [] });
  });

  it('accepts a flow with problems the editor can show, and returns them to be fixed', () => {
    expect(codes(importFlow(bytes(JSON.stringify(edit.setChoiceNext(small, 'start', 0, 'start')))))).toContain('cycle');
    expect(codes(importFlow(bytes(JSON.stringify(edit.setChoiceNext(small, 'start', 0, 'gone')))))).toContain('unknown-target');
    expect(codes(importFlow(bytes(JSON.stringify({ ...small, start: 'gone' }))))).toContain('unknown-start');
    expect(codes(importFlow(bytes(JSON.stringify(withNodes({ food: { kind: 'goal', text: '', query: {} } })))))).toEqual(expect.arrayContaining(['empty-text', 'empty-query']));
    expect(codes(importFlow(bytes(JSON.stringify(withNodes({ talk: { kind: 'goal', text: 't', contacts: ['000-0000-0000'], query: { terms: ['x'] } } })))))).toContain('unknown-contact');
  });

  it('refuses what is not JSON, saying so in Japanese', () => {
    expect(refused('{"version": 1, "start": "a", "nodes": {')).toMatch(/^JSON として読めません.*フローの \.json ファイルを選んでください。$/);
    expect(refused('')).toMatch(/^JSON として読めません/);
    expect(refused('\u0089PNG\r\n\u001a\n')).toMatch(/^JSON として読めません/);
    expect(refusal(importFlow(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toMatch(/^JSON として読めません/);
    // A CSV picked by mistake.
    expect(refused('制度番号,タイトル（制度名）\r\n000-1,【サンプル】制度\r\n')).toMatch(/^JSON として読めません/);
  });

  it('refuses JSON that is not a flow, saying why', () => {
    for (const text of ['null', '"flow"', '42', 'true', '[1,2,3]', '{}', '{"version":1}', '{"version":1,"start":"a","nodes":[]}']) {
      expect(refused(text), text).toMatch(/^フローとして読めません: /);
    }
    expect(refused(JSON.stringify({ ...small, version: 2 }))).toMatch(/版（version）が 1 ではありません/);
    expect(refused(JSON.stringify(withNodes({ food: { kind: 'link', text: 'x' } })))).toMatch(/「food」の種類が、質問・お知らせ・ゴールのどれでもありません/);
  });

  it('refuses a flow the forms could not show, naming the node and the field', () => {
    const refusedNode = (node: unknown) => refused(JSON.stringify(withNodes({ food: node })));
    expect(refused(JSON.stringify(withNodes({ start: { kind: 'question', text: 'q', choices: 'abc' } })))).toMatch(/質問「start」の選択肢（choices）が一覧ではありません/);
    expect(refused(JSON.stringify(withNodes({ start: { kind: 'question', text: 'q', choices: [{ label: 'a', next: 'food' }, { label: 2, next: 'talk' }] } })))).toMatch(/質問「start」の 2 番目の選択肢/);
    expect(refused(JSON.stringify(withNodes({ start: { kind: 'question', text: 'q', choices: [null] } })))).toMatch(/1 番目の選択肢/);
    expect(refusedNode({ kind: 'goal', text: { ja: 1 }, query: { terms: ['x'] } })).toMatch(/「food」の文（text）が文字ではありません/);
    expect(refusedNode({ kind: 'goal', text: 't', contacts: 'yorisoi', query: { terms: ['x'] } })).toMatch(/電話番号（contacts）が文字の一覧ではありません/);
    expect(refusedNode({ kind: 'goal', text: 't', sensitive: 'yes', query: { terms: ['x'] } })).toMatch(/sensitive が true \/ false ではありません/);
    expect(refusedNode({ kind: 'goal', text: 't', phrases: 'めし', query: { terms: ['x'] } })).toMatch(/言葉（phrases）が、文字の一覧/);
    expect(refusedNode({ kind: 'goal', text: 't', phrases: { ja: 'めし' }, query: { terms: ['x'] } })).toMatch(/言葉（phrases）が、文字の一覧/);
    expect(refusedNode({ kind: 'message', text: 't', next: 3 })).toMatch(/お知らせ「food」の行き先（next）が文字ではありません/);
  });

  it('refuses a file far bigger than a flow, and more nodes than the editor lists, before reading them', () => {
    expect(refusal(importFlow(new Uint8Array(MAX_FLOW_BYTES + 1)))).toMatch(/^ファイルが大きすぎます（5 MB）/);
    const nodes: Record<string, unknown> = {};
    for (let index = 0; index <= MAX_NODES; index += 1) nodes[`n${index}`] = { kind: 'goal', text: 'x', query: { terms: ['x'] } };
    expect(refused(JSON.stringify({ version: 1, start: 'n0', nodes }))).toBe(`ノードが多すぎます（${MAX_NODES + 1} 個）。${MAX_NODES} 個までです。`);
  });

  it('does not let a file reach the prototype, or overflow the stack with nesting', () => {
    expect(refused('{"__proto__": {"polluted": true}, "version": 1}')).toMatch(/^フローとして読めません/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const sneaky = importFlow(bytes('{"version":1,"start":"a","nodes":{"a":{"kind":"goal","text":"t","query":{"terms":["x"]}},"__proto__":{"kind":"goal","text":"p","query":{"terms":["y"]}}}}'));
    expect(({} as Record<string, unknown>)['kind']).toBeUndefined();
    expect(refusal(sneaky)).toBe('accepted');
    expect(refused(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).not.toBe('accepted');
  });

  it('refuses every hostile string as a whole file, with a message and without throwing', () => {
    for (const payload of HOSTILE_STRINGS) {
      expect(refused(payload), JSON.stringify(payload.slice(0, 40))).toMatch(/^(JSON として読めません|フローとして読めません)/);
      expect(refused(JSON.stringify(payload)), JSON.stringify(payload.slice(0, 40))).toMatch(/^フローとして読めません/);
    }
  });

  it('reads the hostile corpus flow (valid, every text an attack) keeping each text exactly', () => {
    const imported = importFlow(bytes(JSON.stringify(hostileFlow())));
    expect(refusal(imported)).toBe('accepted');
    expect('flow' in imported && imported.flow).toEqual(hostileFlow());
    expect(codes(imported)).toEqual([]);
  });

  it('takes hostile strings as node ids and texts, to be shown as text, and the same in again', () => {
    const nodes: Record<string, unknown> = { start: { kind: 'question', text: 'q', choices: HOSTILE_STRINGS.map((payload) => ({ label: { ja: payload, en: payload }, next: payload })) } };
    for (const payload of HOSTILE_STRINGS) nodes[payload] = { kind: 'goal', text: payload, query: { terms: [payload] }, phrases: { ja: [payload] } };
    const flow = { version: 1, start: 'start', nodes } as unknown as Flow;
    const imported = importFlow(bytes(JSON.stringify(flow)));
    expect('flow' in imported && Object.keys(imported.flow.nodes)).toEqual(Object.keys(nodes));
    expect('flow' in imported && importFlow(bytes(JSON.stringify(imported.flow)))).toEqual(imported);
  });
});

describe('a parsed flow (from a kept draft)', () => {
  it('is checked the same way as a file', () => {
    expect(editableFlow(small)).toEqual({ flow: small, problems: [] });
    expect(refusal(editableFlow({ nodes: 1 }))).toMatch(/^フローとして読めません/);
    expect(refusal(editableFlow(withNodes({ food: { kind: 'goal', text: 't', sensitive: 1, query: { terms: ['x'] } } })))).toMatch(/sensitive/);
  });
});

describe('hostile flow files', () => {
  it('cuts a flow to the fields the widget reads', () => {
    const extra = {
      ...small,
      tracker: { url: 'https://evil.example/' },
      nodes: {
        ...small.nodes,
        food: { ...small.nodes['food'], onload: 'alert(1)', text: { ja: '食べ物', fr: 'nourriture' }, query: { terms: ['フードバンク'] } },
        start: { ...(small.nodes['start'] as object), choices: [{ label: '食べ物', next: 'food', style: 'x' }] },
      },
    };
    const imported = importFlow(bytes(JSON.stringify(extra)));
    expect('flow' in imported && imported.flow).toEqual({
      ...small,
      nodes: { ...small.nodes, food: { kind: 'goal', text: { ja: '食べ物' }, query: { terms: ['フードバンク'] } }, start: { ...(small.nodes['start'] as object), choices: [{ label: '食べ物', next: 'food' }] } },
    });
  });

  it('refuses a flow nested too deep with a plain message, before anything walks it', () => {
    const message = refused(deepFlowJson(500_000));
    expect(message).toBe('フローとして読めません: フローの入れ子が深すぎます（16 段まで）。質問の流れのファイルではないか、壊れています。書き出したフローのファイルを選び直してください。');
    expect(message).not.toMatch(/プライベート|private/i);
    expect(editableFlow(JSON.parse(deepFlowJson(100)))).toEqual({ error: message });
  });
});
