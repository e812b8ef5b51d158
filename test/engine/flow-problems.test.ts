import { describe, expect, it } from 'vitest';
import { FLOW_PROBLEM_CODES, validateFlow, type FlowProblem } from '../../src/engine/validate.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';
import * as edit from '../../src/studio/model/flow-edits.js';
import { explainProblems } from '../../src/engine/flow-problems.js';
import { small, withNodes } from '../studio/fixtures.js';

const explained = (flow: unknown): string[] => explainProblems(validateFlow(flow).problems).map((problem) => problem.explanation);

describe('the validator\'s problems in plain Japanese', () => {
  it('explains every code the widget\'s validator has, naming the node, never in its own English', () => {
    for (const code of Object.values(FLOW_PROBLEM_CODES)) {
      const problem: FlowProblem = { code, severity: 'error', node: 'node-x', message: 'English message' };
      const [{ explanation } = { explanation: '' }] = explainProblems([problem]);
      expect(explanation, code).not.toBe('English message');
      expect(explanation, code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(explanation, code).toMatch(/。$/);
    }
    const nodeCodes = Object.values(FLOW_PROBLEM_CODES).filter((code) => !['not-a-flow', 'unsupported-version', 'unknown-start', 'too-deep'].includes(code));
    for (const code of nodeCodes) expect(explainProblems([{ code, severity: 'error', node: 'node-x', message: '' }])[0]?.explanation, code).toContain('「node-x」');
  });

  it('says what to do about what the validator finds in real flows', () => {
    expect(explained(edit.setChoiceNext(small, 'start', 1, 'start'))).toEqual([
      '「start」から先へ進むと、また「start」に戻ってしまいます（ループ）。選択肢の行き先を変えてください。',
      '「talk」へは、最初の質問からたどり着けません。どこかの選択肢の行き先にするか、削除してください。',
    ]);
    expect(explained(edit.setChoiceNext(small, 'start', 0, 'gone'))).toContain('「start」の行き先が、ないノードになっています。行き先を選び直してください。');
    expect(explained({ ...small, start: 'gone' })).toContain('最初の質問に指定したノードがありません。最初の質問を選び直してください。');
    expect(explained(withNodes({ food: { kind: 'goal', text: 't', query: { classifications: ['999'] } } }))).toEqual([
      'ゴール「food」の条件に、コード表にない分類があります。これでは 1 件も表示されません。',
    ]);
    expect(explained(withNodes({ talk: { kind: 'goal', text: 't', contacts: ['000-0000-0000'], query: { terms: ['x'] } } }))).toEqual([
      '「talk」に、使えない電話番号があります。緊急の電話番号の一覧から選んでください。',
    ]);
  });

  it('keeps the rest of the problem for linking it to its node', () => {
    const [problem] = explainProblems(validateFlow(edit.setChoiceNext(small, 'start', 0, 'gone')).problems);
    expect(problem).toMatchObject({ code: 'unknown-target', node: 'start', severity: 'error' });
  });

  it('falls back to the validator\'s own words for a code it does not know yet', () => {
    const unknown = { code: 'new-code', severity: 'warning', node: 'a', message: 'Something new.' } as unknown as FlowProblem;
    expect(explainProblems([unknown])[0]?.explanation).toBe('Something new.');
  });

  it('names a hostile node id as it is (the editor shows it as text)', () => {
    for (const payload of HOSTILE_STRINGS.slice(0, 12)) {
      const flow = withNodes({ start: { kind: 'question', text: 'q', choices: [{ label: 'a', next: 'food' }, { label: 'b', next: 'talk' }, { label: 'c', next: payload }] } });
      expect(explained(flow), payload).toContain(`「start」の行き先が、ないノードになっています。行き先を選び直してください。`);
    }
  });
});
