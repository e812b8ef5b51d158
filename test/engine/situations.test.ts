import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/engine/flow.js';
import { flowSituations, goalsWithoutPhrases, phraseList } from '../../src/engine/situations.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { withHokkaidoPhrases } from '../../src/flows/hokkaido-phrases.js';
import { withCategories } from '../../src/engine/transcript.js';

const FLOW: Flow = {
  version: 1,
  id: 't',
  start: 'q',
  nodes: {
    q: {
      kind: 'question',
      text: '質問',
      choices: [
        { label: { ja: '食べ物', en: 'Food' }, next: 'food', phrases: ['ごはんがない'] },
        { label: '住まい', next: 'note', phrases: { ja: ['家がない'], en: ['homeless'] } },
        { label: 'その他', next: 'more' },
      ],
    },
    food: { kind: 'goal', text: '食べ物', query: { terms: ['フードバンク'] }, phrases: ['たべものがない'] },
    note: { kind: 'message', text: 'お知らせ', next: 'home' },
    home: { kind: 'goal', text: '住まい', query: { terms: ['住まい'] } },
    more: { kind: 'question', text: 'どれですか', choices: [{ label: '借金', next: 'debt' }, { label: '食べ物も', next: 'food', phrases: ['おなかすいた'] }] },
    debt: { kind: 'goal', text: '借金', query: { terms: ['借金'] } },
    spare: { kind: 'goal', text: '予備', query: { terms: ['x'] }, phrases: ['よび'] },
  },
};

describe('flow situations', () => {
  it('reads phrases given as one list or per language', () => {
    expect(phraseList(undefined)).toEqual([]);
    expect(phraseList(['a', 'b'])).toEqual(['a', 'b']);
    expect(phraseList({ ja: ['家賃'], en: ['rent'] })).toEqual(['家賃', 'rent']);
  });

  it('gathers, per node a choice opens, the phrases and labels leading there and the goals beneath', () => {
    const byNode = new Map(flowSituations(FLOW).map((situation) => [situation.node, situation]));
    expect([...byNode.keys()]).toEqual(['food', 'note', 'home', 'more', 'debt']);
    expect(byNode.get('food')).toMatchObject({
      kind: 'goal',
      goals: ['food'],
      phrases: ['ごはんがない', 'たべものがない', 'おなかすいた'],
      labels: ['食べ物', 'Food', '食べ物も'],
      path: [{ ja: '食べ物', en: 'Food' }],
    });
    // A message moves on by itself: its situation offers the goal behind it.
    expect(byNode.get('note')).toMatchObject({ kind: 'message', goals: ['home'], phrases: ['家がない', 'homeless'] });
    expect(byNode.get('more')).toMatchObject({ kind: 'question', goals: ['debt', 'food'], phrases: [] });
    expect(byNode.get('debt')?.path).toEqual(['その他', '借金']);
  });

  it('lists the reachable goals no phrase leads to', () => {
    expect(goalsWithoutPhrases(FLOW)).toEqual(['debt']);
  });

  it('has a phrase leading to every goal of the bundled flow, kept apart from it until the search loads', () => {
    expect(goalsWithoutPhrases(withHokkaidoPhrases(HOKKAIDO_FLOW))).toEqual([]);
    expect(goalsWithoutPhrases(HOKKAIDO_FLOW)).toHaveLength(33);
    // A selection of categories keeps the bundled nodes, and so their phrases.
    expect(goalsWithoutPhrases(withHokkaidoPhrases(withCategories(HOKKAIDO_FLOW, ['money'])))).toEqual([]);
    // A flow read from JSON has its own nodes: it keeps its own phrases (here none).
    const copy = JSON.parse(JSON.stringify(HOKKAIDO_FLOW)) as Flow;
    expect(withHokkaidoPhrases(copy)).toBe(copy);
  });
});
