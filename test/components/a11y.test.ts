import { expect } from '@open-wc/testing';
import axe from 'axe-core';
import type { ShienNavi } from '../../src/components/shien-navi/shien-navi.js';
import { SAMPLE_CSV, choose, makeNavi, readyNavi, typeQuery } from './helpers.js';

/** Runs axe (WCAG 2.2 A and AA rules) on one widget and lists any violation readably. */
async function violations(navi: ShienNavi): Promise<string[]> {
  const result = await axe.run(navi, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  expect(result.passes.length, 'axe checked nothing').to.be.greaterThan(10);
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

afterEach(() => {
  document.querySelectorAll('shien-navi').forEach((element) => element.remove());
});

describe('accessibility audit (axe)', () => {
  it('has no violations at the start, mid-flow, at a goal, and in search', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    expect(await violations(navi), 'start').to.deep.equal([]);
    await choose(navi, '緊急の困りごと');
    expect(await violations(navi), 'mid-flow').to.deep.equal([]);
    await choose(navi, '食べるものがない');
    await choose(navi, 'フードバンクを利用したい');
    expect(await violations(navi), 'goal').to.deep.equal([]);
    await typeQuery(navi, 'フードバンク');
    expect(await violations(navi), 'search hits').to.deep.equal([]);
    await typeQuery(navi, 'zzzzqqqq');
    expect(await violations(navi), 'search without hits').to.deep.equal([]);
  });

  it('has no violations without data', async () => {
    const navi = await readyNavi(() => makeNavi({ start: 'emergency' }));
    expect(await violations(navi)).to.deep.equal([]);
  });
});
