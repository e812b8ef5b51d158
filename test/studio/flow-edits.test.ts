import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Flow, QuestionNode } from '../../src/engine/flow.js';
import { validateFlow } from '../../src/engine/validate.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { hostileFlow } from '../fixtures/hostile/corpus.mjs';
import { toDraft, readDraft } from '../../src/studio/model/draft.js';
import * as edit from '../../src/studio/model/flow-edits.js';
import { importFlow } from '../../src/studio/model/flow-import.js';
import { explainProblems } from '../../src/studio/model/flow-problems.js';
import { flowTree } from '../../src/studio/model/flow-tree.js';
import { DEFAULT_SETTINGS } from '../../src/studio/model/settings.js';

const small = JSON.parse(readFileSync(new URL('../fixtures/flows/small.json', import.meta.url), 'utf8')) as Flow;
const bytes = (text: string) => new TextEncoder().encode(text);
const question = (flow: Flow, id: string) => flow.nodes[id] as QuestionNode;

describe('flow edits', () => {
  it('change one language of a text and leave the original alone', () => {
    const renamed = edit.setChoiceLabel(small, 'start', 0, 'ja', '食べるものがない');
    expect(question(renamed, 'start').choices[0]?.label).toBe('食べるものがない');
    expect(question(small, 'start').choices[0]?.label).toBe('食べ物のこと');
    const english = edit.setChoiceLabel(renamed, 'start', 0, 'en', 'No food');
    expect(question(english, 'start').choices[0]?.label).toEqual({ ja: '食べるものがない', en: 'No food' });
    expect(question(edit.setChoiceLabel(english, 'start', 0, 'en', ''), 'start').choices[0]?.label).toEqual({ ja: '食べるものがない' });
    expect(edit.textIn({ ja: 'a', en: 'b' }, 'ja-easy')).toBe('');
  });

  it('keeps fields the editor does not know', () => {
    const changed = edit.setText(small, 'food', 'ja', '食べ物');
    expect((changed as unknown as Record<string, unknown>)['$schema']).toBe('../../../schema/flow.schema.json');
  });

  it('renames a node and points every way to it at the new id', () => {
    const renamed = edit.renameNode(HOKKAIDO_FLOW, 'emergency', 'kinkyu');
    expect(Object.hasOwn(renamed.nodes, 'emergency')).toBe(false);
    expect(question(renamed, 'root').choices.map((choice) => choice.next)).toContain('kinkyu');
    expect(validateFlow(renamed).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(edit.renameNode(small, 'food', 'talk')).toBe(small);
    expect(edit.renameNode(small, 'food', 'has space')).toBe(small);
    expect(edit.renameNode(small, 'start', 'begin').start).toBe('begin');
  });

  it('adds a choice with a new node, moves and removes choices', () => {
    const [added, id] = edit.addChoice(small, 'start', 'goal');
    expect(id).toBe('new-goal');
    expect(question(added, 'start').choices.at(-1)).toEqual({ label: '新しい選択肢', next: 'new-goal' });
    // A new goal has an empty query: the validator says so, nothing here hides it.
    expect(validateFlow(added).problems.map((problem) => problem.code)).toEqual(['empty-query']);
    const moved = edit.moveChoice(added, 'start', 2, -1);
    expect(question(moved, 'start').choices.map((choice) => choice.next)).toEqual(['food', 'new-goal', 'talk']);
    expect(edit.moveChoice(moved, 'start', 0, -1)).toEqual(moved);
    expect(question(edit.removeChoice(moved, 'start', 1), 'start').choices.map((choice) => choice.next)).toEqual(['food', 'talk']);
  });

  it('deletes a node with the choices that led to it, never the start', () => {
    const deleted = edit.deleteNode(small, 'talk');
    expect(Object.keys(deleted.nodes)).toEqual(['start', 'food']);
    expect(question(deleted, 'start').choices).toHaveLength(1);
    expect(edit.deleteNode(small, 'start')).toBe(small);
  });

  it('moves a node under another question', () => {
    const [withQuestion, sub] = edit.addChoice(small, 'start', 'question');
    const moved = edit.moveUnder(withQuestion, 'talk', sub);
    expect(question(moved, 'start').choices.map((choice) => choice.next)).toEqual(['food', sub]);
    expect(question(moved, sub).choices).toEqual([{ label: '電話で話したい', next: 'talk' }]);
  });

  it('sets query lists, dropping empty values and emptied fields', () => {
    const terms = edit.setQueryList(small, 'food', 'classifications', [' 202 ', '', '202', '401']);
    expect(terms.nodes['food']).toMatchObject({ query: { terms: ['フードバンク'], classifications: ['202', '401'] } });
    expect(edit.setQueryList(terms, 'food', 'terms', []).nodes['food']).toMatchObject({ query: { classifications: ['202', '401'] } });
  });

  it('changes a node kind keeping its text, and what it needs left for the validator to name', () => {
    const changed = edit.setKind(small, 'talk', 'message');
    expect(changed.nodes['talk']).toEqual({ kind: 'message', text: '話を聞いてくれる所です。', contacts: ['yorisoi'], next: '' });
    expect(validateFlow(changed).problems.map((problem) => problem.code)).toContain('unknown-target');
  });
});

describe('flow tree', () => {
  it('lists the flow from its start, a loop once, a missing node and unattached nodes last', () => {
    let flow = edit.setChoiceNext(small, 'start', 1, 'start');
    [flow] = edit.addNode(flow, 'message');
    flow = edit.setMessageNext(flow, 'new-message', 'nowhere');
    const rows = flowTree(flow).map((row) => `${'  '.repeat(row.depth)}${row.id} ${row.place}${row.unreachable ? ' unreachable' : ''}`);
    expect(rows).toEqual(['start first', '  food first', '  start again', 'talk first unreachable', 'new-message first unreachable', '  nowhere missing unreachable']);
  });

  it('explains a loop in Japanese, naming the node', () => {
    const flow = edit.setChoiceNext(small, 'start', 1, 'start');
    const explained = explainProblems(validateFlow(flow).problems);
    expect(explained.find((problem) => problem.code === 'cycle')?.explanation).toContain('「start」から先へ進むと、また「start」に戻ってしまいます');
  });
});

describe('importing a flow file', () => {
  it('reads a flow, and a flow with problems so they can be fixed', () => {
    const imported = importFlow(bytes(JSON.stringify(small)));
    expect(imported).toEqual({ flow: small, problems: [] });
    const looping = importFlow(bytes(JSON.stringify(edit.setChoiceNext(small, 'start', 0, 'start'))));
    expect('problems' in looping && looping.problems.map((problem) => problem.code)).toContain('cycle');
  });

  it('reads the hostile corpus flow as text (it is a valid flow)', () => {
    const imported = importFlow(bytes(JSON.stringify(hostileFlow())));
    expect('flow' in imported && imported.flow).toEqual(hostileFlow());
  });

  it('refuses what is not JSON, not a flow, or not editable, saying why', () => {
    const refused = (text: string) => {
      const result = importFlow(bytes(text));
      return 'error' in result ? result.error : 'accepted';
    };
    expect(refused('{"version": 1, "start": "a", "nodes": {')).toMatch(/^JSON として読めません/);
    expect(refused('[1,2,3]')).toMatch(/フローとして読めません.*形になっていません/);
    expect(refused(JSON.stringify({ ...small, version: 2 }))).toMatch(/版/);
    expect(refused(JSON.stringify({ ...small, nodes: { ...small.nodes, start: { kind: 'question', text: 'q', choices: 'abc' } } }))).toMatch(/選択肢（choices）が一覧ではありません/);
    expect(refused(JSON.stringify({ ...small, nodes: { ...small.nodes, food: { kind: 'goal', text: { ja: 1 }, query: { terms: ['x'] } } } }))).toMatch(/文（text）が文字ではありません/);
    expect(refused('{"__proto__": {"polluted": true}, "version": 1}')).toMatch(/フローとして読めません/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(refused('\u0089PNG\r\n')).toMatch(/JSON として読めません/);
    expect(refused(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).not.toBe('accepted');
  });
});

describe('draft kept in the browser', () => {
  it('reads back what was written', () => {
    const workspace = {
      sources: [{ kind: 'file', id: 'f1', name: 'a.csv', bytes: new Uint8Array([1, 2]), publishUrl: '/opendata/a.csv' } as const],
      settings: { ...DEFAULT_SETTINGS, heading: '相談' },
      flow: small,
      selectedNode: 'food',
    };
    const read = readDraft(structuredClone(toDraft(workspace, new Date('2026-11-01T00:00:00Z'))));
    expect(read).toEqual({ ...workspace, savedAt: '2026-11-01T00:00:00.000Z' });
  });

  it('drops what is not sound, and refuses what is not a draft', () => {
    expect(readDraft({ version: 2 })).toBeUndefined();
    expect(readDraft(null)).toBeUndefined();
    const read = readDraft({ version: 1, sources: [{ kind: 'file', id: 'x', name: 'a', bytes: 'not bytes', publishUrl: '/a' }, 5], settings: 'x', flow: { nodes: 1 } });
    expect(read).toEqual({ savedAt: '', sources: [], settings: DEFAULT_SETTINGS, flow: undefined, selectedNode: '' });
  });
});

describe('phrases people type', () => {
  it('edits one language; a plain list stays plain while only Japanese is written', () => {
    const goal = edit.setPhrases(small, 'food', undefined, 'ja', ['たべものがない', ' ごはんがない ', '']);
    expect(goal.nodes['food']).toMatchObject({ phrases: { ja: ['たべものがない', 'ごはんがない'] } });
    const plain = { ...small, nodes: { ...small.nodes, food: { ...small.nodes['food'], phrases: ['めしがない'] } } } as Flow;
    expect(edit.setPhrases(plain, 'food', undefined, 'ja', ['めしがない', 'はらぺこ']).nodes['food']).toMatchObject({ phrases: ['めしがない', 'はらぺこ'] });
    expect(edit.setPhrases(plain, 'food', undefined, 'en', ['no food']).nodes['food']).toMatchObject({ phrases: { ja: ['めしがない'], en: ['no food'] } });
    expect(edit.phrasesIn(['めしがない'], 'en')).toEqual([]);
    expect('phrases' in (edit.setPhrases(plain, 'food', undefined, 'ja', []).nodes['food'] ?? {})).toBe(false);
  });

  it('on a choice, and checked by the widget validator', () => {
    const flow = edit.setPhrases(small, 'start', 0, 'ja-easy', ['たべもの']);
    expect((flow.nodes['start'] as QuestionNode).choices[0]).toEqual({ label: '食べ物のこと', next: 'food', phrases: { 'ja-easy': ['たべもの'] } });
    expect(validateFlow(flow).problems).toEqual([]);
    const long = edit.setPhrases(small, 'food', undefined, 'ja', ['あ'.repeat(101)]);
    expect(explainProblems(validateFlow(long).problems).map((problem) => problem.explanation)).toEqual([
      '「food」の、人が入力しそうな言葉（phrases）に、空のものや 100 文字を超えるものがあります。短い言い方にしてください。',
    ]);
  });

  it('a flow whose phrases are not lists is refused on import', () => {
    const broken = { ...small, nodes: { ...small.nodes, food: { ...small.nodes['food'], phrases: 'めし' } } };
    const result = importFlow(bytes(JSON.stringify(broken)));
    expect('error' in result && result.error).toMatch(/言葉（phrases）が、文字の一覧/);
  });
});
