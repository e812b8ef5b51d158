import { expect } from '@open-wc/testing';
import axe from 'axe-core';
import { generateCsv } from '../../bench/generate-csv.mjs';
import { LIST_FIRST_CARDS, type ShienNaviServiceList } from '../../src/components/service-list/service-list.js';
import { loadHelpers } from '../../src/components/lazy-parts.js';
import type { ShienNavi } from '../../src/components/shien-navi/shien-navi.js';
import { parseCsv } from '../../src/data/parse.js';
import { townServices } from '../../src/engine/town.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { SAMPLE_CSV, deepQueryAll, makeNavi, readyNavi, rendered, text, until } from './helpers.js';

const list = (navi: ShienNavi) => deepQueryAll<ShienNaviServiceList>(navi, 'shien-navi-service-list')[0];
const listCards = (element: ShienNaviServiceList) => [...element.renderRoot.querySelectorAll('[part~="card"]')];

async function openList(attributes: Record<string, string>): Promise<ShienNaviServiceList> {
  const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, view: 'list', ...attributes }));
  await until(() => list(navi) !== undefined && listCards(list(navi) as ShienNaviServiceList).length > 0, 'the list');
  await rendered(navi);
  return list(navi) as ShienNaviServiceList;
}

async function violations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  expect(result.passes.length, 'axe checked nothing').to.be.greaterThan(10);
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

afterEach(() => {
  document.querySelectorAll('shien-navi, shien-navi-service-list').forEach((element) => element.remove());
});

describe("the 支援員's list (view=\"list\")", () => {
  it('has no axe violations in each language, filtered or not', async () => {
    for (const lang of ['ja', 'ja-easy', 'en']) {
      const element = await openList({ municipality: '札幌市', lang });
      const navi = element.getRootNode() instanceof ShadowRoot ? ((element.getRootNode() as ShadowRoot).host as ShienNavi) : undefined;
      expect(await violations(navi as ShienNavi), lang).to.deep.equal([]);
      navi?.remove();
    }
  });

  it('heads the list with the town and the data date, and counts each group', async () => {
    const element = await openList({ municipality: '札幌市', lang: 'en' });
    expect(text(element.renderRoot.querySelector('h3'))).to.equal('Services in 札幌市');
    expect(text(element.renderRoot.querySelector('.meta'))).to.match(/^\d+ services · Data as of \d{4}-\d{2}-\d{2}$/);
    const index = [...element.renderRoot.querySelectorAll('.groups button')].map((button) => text(button));
    expect(index.length).to.be.greaterThan(1);
    expect(index.every((label) => /\(\d+\)$/.test(label))).to.equal(true);
  });

  it('is used by keyboard: the filter narrows with the search, a group button moves to its group', async () => {
    const element = await openList({ municipality: '札幌市' });
    const input = element.renderRoot.querySelector('input') as HTMLInputElement;
    expect(element.renderRoot.querySelector(`label[for="${input.id}"]`)).to.not.equal(null);
    input.focus();
    input.value = 'ハローワーク';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    // The unfiltered list also starts with a few cards: wait for the filter's own answer, then check it narrowed.
    const names = () => listCards(element).map((card) => text(card.shadowRoot?.querySelector('h4'))).join(' ');
    await until(() => names().includes('ハローワーク'), 'the filtered list');
    expect(listCards(element).length).to.be.within(1, 5);
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await rendered(element);
    const last = [...element.renderRoot.querySelectorAll<HTMLButtonElement>('.groups button')].at(-1) as HTMLButtonElement;
    last.click();
    await until(() => (element.renderRoot as ShadowRoot).activeElement?.tagName === 'H4', 'the group heading focused');
  });

  it('renders a first screen of cards from 10,000 services, not 10,000 cards', async () => {
    await loadHelpers();
    const records = parseCsv(generateCsv(10_000), { today: '2026-11-23' }).records;
    const element = document.createElement('shien-navi-service-list');
    element.flow = HOKKAIDO_FLOW;
    element.records = records;
    element.services = townServices(records, '');
    element.style.height = '600px';
    document.body.append(element);
    await element.updateComplete;
    expect(listCards(element).length).to.equal(LIST_FIRST_CARDS);
    expect(text(element.renderRoot.querySelector('button.more'))).to.contain(String(records.length - LIST_FIRST_CARDS));
  });
});
