import { describe, expect, it } from 'vitest';
import type { Flow, QuestionNode } from '../../src/engine/flow.js';
import { validateFlow } from '../../src/engine/validate.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import * as edit from '../../src/studio/model/flow-edits.js';
import { explainProblems } from '../../src/engine/flow-problems.js';
import { importFlow } from '../../src/studio/model/flow-import.js';
import { protoFlow } from '../fixtures/hostile/corpus.mjs';
import { small } from './fixtures.js';

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
});

describe('node ids from a hostile file', () => {
  const imported = () => {
    const result = importFlow(new TextEncoder().encode(JSON.stringify(protoFlow())));
    if (!('flow' in result)) throw new Error(result.error);
    return result;
  };

  it('keep a node named __proto__, constructor or prototype through every edit, reported to be renamed', () => {
    const { flow, problems } = imported();
    expect(problems.filter((problem) => problem.code === 'reserved-id').map((problem) => problem.node)).toEqual(['__proto__', 'constructor', 'prototype']);
    let edited = edit.setText(flow, '__proto__', 'ja', '一つ目');
    edited = edit.deleteNode(edited, 'prototype');
    edited = edit.moveUnder(edited, 'constructor', 'root');
    edited = edit.setText(edited, 'constructor', 'ja', '二つ目');
    expect(Object.keys(edited.nodes)).toEqual(['root', '__proto__', 'constructor']);
    expect(edited.nodes['__proto__']).toMatchObject({ kind: 'goal', text: '一つ目' });
    expect(Object.getPrototypeOf(edited.nodes)).toBeNull();
    const renamed = edit.renameNode(edited, '__proto__', 'first');
    expect(question(renamed, 'root').choices.map((choice) => choice.next)).toEqual(['first', 'constructor']);
    expect(Object.keys(renamed.nodes)).toEqual(['root', 'first', 'constructor']);
    expect(({} as Record<string, unknown>)['kind']).toBeUndefined();
  });

  it('refuses them as new ids with a plain message', () => {
    for (const id of ['__proto__', 'constructor', 'prototype']) {
      expect(edit.nodeIdProblem(id)).toBe(`「${id}」は id に使えません（__proto__、constructor、prototype は使えない名前です）。`);
      expect(edit.renameNode(small, 'food', id)).toBe(small);
    }
    expect(edit.nodeIdProblem('食べ物 の')).toBe('id は 1〜64 文字で、空白は使えません。');
    expect(edit.nodeIdProblem('food-2')).toBe('');
  });
});
