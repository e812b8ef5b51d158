import { describe, expect, it } from 'vitest';
import { knownGoal, knownTown, linkFragment, linkUrl, readFragment } from '../../src/engine/fragment.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';

const goal = Object.entries(HOKKAIDO_FLOW.nodes).find(([, node]) => node.kind === 'goal')?.[0] ?? '';
const question = Object.entries(HOKKAIDO_FLOW.nodes).find(([, node]) => node.kind === 'question')?.[0] ?? '';

describe('the link in the URL fragment', () => {
  it('round-trips a goal and a town, and the list', () => {
    const link = readFragment(linkFragment({ goal, town: '札幌市' }));
    expect(link).toEqual({ goal, town: '札幌市' });
    expect(readFragment(linkFragment({ list: true, town: '旭川市' }))).toEqual({ list: true, town: '旭川市' });
    expect(linkUrl('https://example.org/help?x=1#top', { goal })).toBe(`https://example.org/help?x=1${linkFragment({ goal })}`);
  });

  it('ignores fragments that are not its own', () => {
    expect(readFragment('')).toBeUndefined();
    expect(readFragment('#top')).toBeUndefined();
    expect(readFragment(`#shien-navi?goal=${'a'.repeat(5000)}`)).toBeUndefined();
  });

  it('ignores an unknown goal or town, and a node that is not a goal', () => {
    expect(knownGoal({ goal }, HOKKAIDO_FLOW)).toBe(goal);
    expect(knownGoal({ goal: 'no-such-goal' }, HOKKAIDO_FLOW)).toBeUndefined();
    expect(knownGoal({ goal: question }, HOKKAIDO_FLOW)).toBeUndefined();
    expect(knownGoal({ goal: '__proto__' }, HOKKAIDO_FLOW)).toBeUndefined();
    expect(knownTown({ town: '札幌市' }, ['札幌市'])).toBe('札幌市');
    expect(knownTown({ town: '架空町' }, ['札幌市'])).toBeUndefined();
  });

  it('reads hostile fragments without throwing and never accepts them', () => {
    for (const text of HOSTILE_STRINGS) {
      for (const hash of [`#shien-navi?goal=${text}&town=${text}`, `#shien-navi?${text}`, `#${text}`]) {
        const link = readFragment(hash);
        if (link === undefined) continue;
        expect(knownGoal(link, HOKKAIDO_FLOW)).toBeUndefined();
        expect(knownTown(link, ['札幌市'])).toBeUndefined();
      }
    }
  });
});
