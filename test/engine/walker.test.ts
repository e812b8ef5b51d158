import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/engine/flow.js';
import { transcript, withCategories } from '../../src/engine/transcript.js';
import { back, canGoBack, choose, currentNode, currentStep, goTo, passesThrough, startWalk } from '../../src/engine/walker.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { localize } from '../../src/i18n/lang.js';

const labels = (flow: Flow) => {
  const root = flow.nodes[flow.start];
  return root?.kind === 'question' ? root.choices.map((choice) => localize(choice.label, 'ja')) : [];
};

describe('walking the bundled flow', () => {
  it('starts at the category question', () => {
    const walk = startWalk(HOKKAIDO_FLOW);
    expect(localize(currentNode(walk).text, 'ja')).toBe('どんなことでお困りですか？');
    expect(labels(HOKKAIDO_FLOW)).toEqual(['お金のこと', '仕事のこと', '緊急の困りごと', '心とからだの悩み', '家族関係のこと', '人とのつながり・居場所']);
    expect(canGoBack(walk)).toBe(false);
  });

  it('goes 緊急の困りごと → 食べるものがない → フードバンク and back again', () => {
    let walk = startWalk(HOKKAIDO_FLOW);
    walk = choose(walk, 2);
    expect(currentStep(walk).nodeId).toBe('emergency');
    walk = choose(walk, 0);
    walk = choose(walk, 0);
    expect(currentStep(walk).nodeId).toBe('emergency-foodbank');
    expect(currentNode(walk).kind).toBe('goal');
    expect(transcript(walk).filter((entry) => entry.from === 'user').map((entry) => localize(entry.text, 'ja'))).toEqual([
      '緊急の困りごと',
      '食べるものがない',
      'フードバンクを利用したい',
    ]);

    walk = back(walk);
    expect(currentStep(walk).nodeId).toBe('emergency-food');
    expect(currentStep(walk).choice).toBeUndefined();
    expect(transcript(walk).filter((entry) => entry.from === 'user')).toHaveLength(2);
  });

  it('refuses a choice that does not exist', () => {
    expect(() => choose(startWalk(HOKKAIDO_FLOW), 9)).toThrow();
  });

  it('jumps to a node keeping the way back', () => {
    const walk = goTo(startWalk(HOKKAIDO_FLOW), 'family-single');
    expect(currentStep(walk).nodeId).toBe('family-single');
    expect(currentStep(back(walk)).nodeId).toBe('root');
  });

  it('knows whether a walk still passes through a step it jumped to: answered there or back there, not before it or afresh', () => {
    const mark = goTo(choose(startWalk(HOKKAIDO_FLOW), 0), 'money');
    expect(passesThrough(mark, mark)).toBe(true);
    const answered = choose(mark, 0);
    expect(passesThrough(answered, mark)).toBe(true);
    expect(passesThrough(back(answered), mark)).toBe(true);
    expect(passesThrough(back(mark), mark)).toBe(false);
    // The same nodes walked afresh are another way there.
    expect(passesThrough(goTo(choose(startWalk(HOKKAIDO_FLOW), 0), 'money'), mark)).toBe(false);
    expect(passesThrough(goTo(back(mark), 'work'), mark)).toBe(false);
  });

  it('passes through message nodes, showing them as bubbles', () => {
    const flow: Flow = {
      version: 1,
      id: 't',
      start: 'hello',
      nodes: {
        hello: { kind: 'message', text: 'ようこそ', next: 'q' },
        q: { kind: 'question', text: '質問', choices: [{ label: 'はい', next: 'g' }] },
        g: { kind: 'goal', text: '結果', query: { terms: ['x'] } },
      },
    };
    const walk = startWalk(flow);
    expect(currentStep(walk).nodeId).toBe('q');
    expect(transcript(walk).map((entry) => entry.text)).toEqual(['ようこそ', '質問']);
  });
});

describe('categories', () => {
  it('offers the named categories in the given order', () => {
    expect(labels(withCategories(HOKKAIDO_FLOW, ['emergency', 'money']))).toEqual(['緊急の困りごと', 'お金のこと']);
  });

  it('ignores unknown ids and keeps everything when none is known', () => {
    expect(labels(withCategories(HOKKAIDO_FLOW, ['nope', 'work']))).toEqual(['仕事のこと']);
    expect(labels(withCategories(HOKKAIDO_FLOW, ['nope']))).toHaveLength(6);
  });
});

describe('localize', () => {
  it('drops bidi overrides from flow text, whatever the language', () => {
    expect(localize({ ja: '\u202Eつらい\u202C', en: '\u2067hard\u2069' }, 'en')).toBe('hard');
    expect(localize('\u202Dそうだん', 'ja')).toBe('そうだん');
  });
});
