import { expect, oneEvent } from '@open-wc/testing';
import type { ShienNavi } from '../../src/components/shien-navi/shien-navi.js';
import type { Flow } from '../../src/engine/flow.js';
import { SAMPLE_CSV, bubbles, cardTitles, cards, choiceLabels, choose, crisisNumbers, makeNavi, readyNavi, rendered, until } from './helpers.js';

const SMALL = '/test/fixtures/flows/small.json';
const BROKEN = '/test/fixtures/flows/broken.json';
const CATEGORIES = ['お金のこと', '仕事のこと', '緊急の困りごと', '心とからだの悩み', '家族関係のこと', '人とのつながり・居場所'];

const inlineFlow = (json: string) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  return script;
};

/** Waits until the widget offers these answers (a flow URL arrives asynchronously). */
async function untilChoices(navi: ShienNavi, expected: string[]): Promise<void> {
  await until(() => JSON.stringify(choiceLabels(navi)) === JSON.stringify(expected), `the answers ${expected.join(', ')}`);
  await rendered(navi);
}

afterEach(() => document.querySelectorAll('shien-navi').forEach((element) => element.remove()));

describe('choosing the flow', () => {
  it('runs the flow named by the flow attribute', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, flow: SMALL }));
    await untilChoices(navi, ['食べ物のこと', '電話で話したい']);
    expect(bubbles(navi)).to.include('小さなフローの質問です。');
    await choose(navi, '電話で話したい');
    expect(crisisNumbers(navi)).to.deep.equal(['0120-279-338']);
    // The goal's service comes with the counting code, a chunk of its own that may still be on its way.
    await until(() => cards(navi).length > 0, 'the goal’s service');
    expect(cardTitles(navi)).to.deep.equal(['【サンプル】こころの電話相談']);
  });

  it('reports a flow URL that cannot be read, and uses the bundled flow', async () => {
    const navi = makeNavi({ flow: '/test/fixtures/flows/missing.json' });
    const error = oneEvent(navi, 'shien-navi-error');
    document.body.append(navi);
    const { detail } = await error;
    expect(detail.kind).to.equal('flow');
    expect(detail.message).to.contain('missing.json');
    expect(detail.message).to.contain('404');
    await untilChoices(navi, CATEGORIES);
  });

  it('reports an invalid flow file with its validation report', async () => {
    const navi = makeNavi({ flow: BROKEN });
    const error = oneEvent(navi, 'shien-navi-error');
    document.body.append(navi);
    const { detail } = await error;
    expect(detail.kind).to.equal('flow');
    expect(detail.problems?.map((problem: { code: string }) => problem.code)).to.deep.equal(['unknown-target']);
    await untilChoices(navi, CATEGORIES);
  });

  it('prefers an inline <script type="application/json"> to the flow URL', async () => {
    const json = JSON.stringify({
      version: 1,
      start: 'only',
      nodes: { only: { kind: 'question', text: 'インラインの質問', choices: [{ label: 'はい', next: 'g' }] }, g: { kind: 'goal', text: '結果', query: { terms: ['法テラス'] } } },
    });
    const navi = await readyNavi(() => {
      const element = makeNavi({ src: SAMPLE_CSV, flow: BROKEN });
      element.append(inlineFlow(json));
      return element;
    });
    await untilChoices(navi, ['はい']);
    await choose(navi, 'はい');
    expect(cards(navi)).to.have.length(1);
  });

  it('picks up an inline flow added after the element, and reports one that is not JSON', async () => {
    const navi = await readyNavi(() => makeNavi());
    navi.append(inlineFlow(JSON.stringify({ version: 1, start: 'q', nodes: { q: { kind: 'question', text: '後から', choices: [{ label: '後から来た答え', next: 'g' }] }, g: { kind: 'goal', text: 'g', query: { terms: ['a'] } } } })));
    await untilChoices(navi, ['後から来た答え']);

    const other = makeNavi();
    other.append(inlineFlow('{ not json'));
    const error = oneEvent(other, 'shien-navi-error');
    document.body.append(other);
    expect((await error).detail.message).to.contain('JSON');
    await untilChoices(other, CATEGORIES);
  });

  it('prefers the flow property, and falls back when it is invalid', async () => {
    const navi = await readyNavi(() => makeNavi({ flow: SMALL }));
    const custom: Flow = {
      version: 1,
      id: 'prop',
      start: 'p',
      nodes: { p: { kind: 'question', text: 'プロパティ', choices: [{ label: 'プロパティの答え', next: 'g' }] }, g: { kind: 'goal', text: 'g', query: { terms: ['a'] } } },
    };
    navi.flow = custom;
    await untilChoices(navi, ['プロパティの答え']);

    const error = oneEvent(navi, 'shien-navi-error');
    navi.flow = { version: 1, id: 'bad', start: 'nope', nodes: {} } as unknown as Flow;
    expect((await error).detail.kind).to.equal('flow');
    await untilChoices(navi, ['食べ物のこと', '電話で話したい']);
  });
});

describe('goTo()', () => {
  it('opens a node keeping the way back, and reports an unknown id', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    navi.goTo('emergency-food');
    await rendered(navi);
    expect(choiceLabels(navi)).to.include('フードバンクを利用したい');
    const error = oneEvent(navi, 'shien-navi-error');
    navi.goTo('no-such-node');
    expect((await error).detail.kind).to.equal('flow');
    expect(choiceLabels(navi)).to.include('フードバンクを利用したい');
  });
});
