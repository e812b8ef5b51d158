import { describe, expect, it } from 'vitest';
import { explainProblems } from '../../src/engine/flow-problems.js';
import { validateFlow } from '../../src/engine/validate.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { deepFlowJson, protoFlow } from '../fixtures/hostile/corpus.mjs';

const codes = (input: unknown) => validateFlow(input).problems.map((problem) => problem.code);

const base = () => ({
  version: 1,
  id: 't',
  start: 'q',
  nodes: {
    q: { kind: 'question', text: '質問', choices: [{ label: 'はい', next: 'g' }] },
    g: { kind: 'goal', text: '結果', query: { terms: ['相談'] } },
  } as Record<string, unknown>,
});

describe('validateFlow', () => {
  it('accepts the bundled flow without problems', () => {
    expect(validateFlow(HOKKAIDO_FLOW)).toEqual({ flow: HOKKAIDO_FLOW, problems: [] });
  });

  it('rejects what is not a flow', () => {
    expect(codes(null)).toEqual(['not-a-flow']);
    expect(codes('x')).toEqual(['not-a-flow']);
    expect(codes({ version: 1, nodes: {} })).toEqual(['not-a-flow']);
  });

  it('reports each kind of problem', () => {
    const flow = base();
    flow.nodes['q'] = {
      kind: 'question',
      text: '',
      choices: [{ label: '', next: 'g' }, { label: 'どこへ', next: 'missing' }],
      contacts: ['police', '0120-000-000'],
    };
    flow.nodes['loop'] = { kind: 'question', text: 'ループ', choices: [{ label: 'もう一度', next: 'loop' }] };
    flow.nodes['empty'] = { kind: 'question', text: '空', choices: [] };
    flow.nodes['g2'] = { kind: 'goal', text: '空のゴール', query: {} };
    flow.nodes['odd'] = { kind: 'widget', text: '?' };
    expect(new Set(codes(flow))).toEqual(
      new Set(['empty-text', 'empty-label', 'unknown-target', 'unknown-contact', 'cycle', 'empty-choices', 'empty-query', 'bad-node', 'unreachable']),
    );
    expect(validateFlow(flow).flow).toBeUndefined();
  });

  it('treats unreachable nodes as a warning only', () => {
    const flow = base();
    flow.nodes['spare'] = { kind: 'goal', text: '予備', query: { terms: ['x'] } };
    const result = validateFlow(flow);
    expect(result.problems.map((problem) => [problem.code, problem.severity])).toEqual([['unreachable', 'warning']]);
    expect(result.flow).toBeDefined();
  });

  it('reports goals that can never match and malformed queries', () => {
    const flow = base();
    flow.nodes['g'] = { kind: 'goal', text: '結果', query: { classifications: ['401', '999'], serviceTypes: ['104'] } };
    expect(codes(flow)).toEqual(['never-matches', 'never-matches']);
    flow.nodes['g'] = { kind: 'goal', text: '結果', query: { terms: 'フードバンク', keywords: [''], colour: ['red'] } };
    expect(codes(flow)).toEqual(['bad-query', 'bad-query', 'bad-query', 'empty-query']);
  });

  it('checks phrases on goals and choices, and says what is wrong', () => {
    const flow = base();
    flow.nodes['q'] = { kind: 'question', text: '質問', choices: [{ label: 'はい', next: 'g', phrases: ['家賃', ''] }] };
    flow.nodes['g'] = { kind: 'goal', text: '結果', query: { terms: ['相談'] }, phrases: { ja: ['家賃が払えない'], fr: ['loyer'], en: 'rent' } };
    const problems = validateFlow(flow).problems;
    expect(problems.map((problem) => [problem.code, problem.node])).toEqual([
      ['bad-phrases', 'q'],
      ['bad-phrases', 'g'],
      ['bad-phrases', 'g'],
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'choice 1 of "q": "phrases" item 2 must be a non-empty string, got ""',
      'goal "g": "phrases" has unknown language "fr" (use ja, ja-easy, en)',
      'goal "g": "phrases.en" must be a list of phrases, e.g. ["家賃が払えない", "やちんがはらえない"]',
    ]);
    expect(validateFlow(flow).flow).toBeUndefined();
  });

  it('accepts phrases as one list or per language, and only on goals and choices', () => {
    const flow = base();
    flow.nodes['q'] = { kind: 'question', text: '質問', choices: [{ label: 'はい', next: 'g', phrases: ['家賃が払えない'] }] };
    flow.nodes['g'] = { kind: 'goal', text: '結果', query: { terms: ['相談'] }, phrases: { ja: ['家賃'], 'ja-easy': ['やちん'], en: ['rent'] } };
    expect(validateFlow(flow).problems).toEqual([]);
    flow.nodes['m'] = { kind: 'message', text: 'お知らせ', next: 'g', phrases: ['はい'] };
    flow.nodes['q'] = { kind: 'question', text: '質問', choices: [{ label: 'はい', next: 'm' }] };
    expect(codes(flow)).toEqual(['bad-phrases']);
  });

  it('rejects another version and an unknown start', () => {
    expect(codes({ ...base(), version: 2 })).toEqual(['unsupported-version']);
    expect(codes({ ...base(), start: 'nowhere' })).toContain('unknown-start');
  });
});

describe('sensitive paths', () => {
  it.each(['inochi', 'dv', 'child-abuse'])('requires "sensitive" on a node offering %s, explained in Japanese', (line) => {
    const flow = base();
    flow.nodes['g'] = { kind: 'goal', text: '結果', query: { terms: ['相談'] }, contacts: ['police', line] };
    const { flow: usable, problems } = validateFlow(flow);
    expect(usable).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ code: 'not-sensitive', severity: 'error', node: 'g' })]);
    expect(explainProblems(problems)[0]?.explanation).toMatch(/^「g」は、いのちの電話・DV相談ナビ・児童相談所の電話を出すので、「つらい話題（sensitive）」にしてください。/);
    flow.nodes['g'] = { ...(flow.nodes['g'] as object), sensitive: true };
    expect(validateFlow(flow).problems).toEqual([]);
  });

  it('does not require it for lines any trouble may need', () => {
    const flow = base();
    flow.nodes['g'] = { kind: 'goal', text: '結果', query: { terms: ['相談'] }, contacts: ['police', 'ambulance', 'yorisoi'] };
    expect(validateFlow(flow).problems).toEqual([]);
  });

  // connection-anyone-remote offers いのちの電話 to lonely people, as health-mind does.
  it('marks every bundled goal about suicide, violence or abuse, or offering a suicide line, sensitive', () => {
    const sensitive = Object.entries(HOKKAIDO_FLOW.nodes)
      .filter(([, node]) => 'sensitive' in node && node.sensitive === true)
      .map(([id]) => id)
      .sort();
    expect(sensitive).toEqual(['connection-anyone-remote', 'emergency-suicide', 'emergency-violence', 'family-abuse', 'health-mind']);
  });
});

describe('hostile flows', () => {
  it('refuses a flow nested deeper than it could ever need, without walking it recursively', () => {
    expect(codes(JSON.parse(deepFlowJson(500_000)))).toEqual(['too-deep']);
    expect(codes(JSON.parse(deepFlowJson(20)))).toEqual(['too-deep']);
    // Shallow enough: usable, and the field no node has is left behind.
    const { flow } = validateFlow(JSON.parse(deepFlowJson(5)));
    expect(flow?.nodes['root']).toEqual({ kind: 'goal', text: '深い', query: { terms: ['検証'] } });
  });

  it('refuses node ids that name an object\'s machinery', () => {
    expect(validateFlow(protoFlow()).problems.filter((problem) => problem.code === 'reserved-id').map((problem) => problem.node)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(validateFlow(protoFlow()).flow).toBeUndefined();
  });

  it('returns a usable flow cut to the fields the widget reads, its nodes in a table without a prototype', () => {
    const flow = base();
    const input = { ...flow, extra: { deep: [1] }, nodes: { ...flow.nodes, g: { kind: 'goal', text: { ja: '結果', xx: 'y' }, query: { terms: ['相談'] }, onclick: 'x' } } };
    const { flow: usable } = validateFlow(input);
    expect(usable).toEqual({ version: 1, id: 't', start: 'q', nodes: { q: flow.nodes['q'], g: { kind: 'goal', text: { ja: '結果' }, query: { terms: ['相談'] } } } });
    expect(Object.getPrototypeOf(usable?.nodes)).toBeNull();
  });
});
