import { ContextProvider } from '@lit/context';
import { expect, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../../src/studio/main.js';
import { studioContext } from '../../../src/studio/context.js';
import type { Flow, QuestionNode } from '../../../src/engine/flow.js';
import { StudioStore } from '../../../src/studio/model/store.js';
import { StudioEvent, type StudioEventType } from '../../../src/studio/studio-events.js';
import { deepQueryAll, rendered, until } from '../helpers.js';

const SMALL: Flow = {
  version: 1,
  id: 'small',
  start: 'start',
  nodes: {
    start: { kind: 'question', text: '小さな質問', choices: [{ label: '食べ物', next: 'food' }, { label: 'もう一度', next: 'start' }] },
    food: { kind: 'goal', text: '食べ物の支援です。', query: { terms: ['フードバンク'] } },
  },
};

// The workbench's events are its own, as the widget's internal ones are: none is in the page's
// global event map (tsc fails here if one is added there).
type InTheGlobalMap = Extract<keyof HTMLElementEventMap, StudioEventType | `shien-navi-studio-${string}`>;
export const NONE_IN_THE_GLOBAL_MAP: [InTheGlobalMap] extends [never] ? true : false = true;

/** An element inside a store provider, as <shien-navi-studio> gives it one. */
async function inStudio<T extends LitElement>(tag: string, store = new StudioStore()): Promise<{ element: T; store: StudioStore }> {
  const holder = document.createElement('div');
  new ContextProvider(holder, { context: studioContext, initialValue: store });
  const element = document.createElement(tag) as T;
  holder.append(element);
  document.body.append(holder);
  await rendered(element);
  return { element, store };
}

const inShadow = <T extends Element = HTMLElement>(element: Element, selector: string): T => {
  const found = deepQueryAll<T>(element, selector)[0];
  if (found === undefined) throw new Error(`no ${selector}`);
  return found;
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('workbench elements', () => {
  it('snippet box copies its code and says whether it worked', async () => {
    const box = document.createElement('shien-navi-studio-snippet-box');
    box.setAttribute('code', '<shien-navi></shien-navi>');
    document.body.append(box);
    await rendered(box);
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText.bind(clipboard);
    let copied = '';
    try {
      clipboard.writeText = (text: string) => {
        copied = text;
        return Promise.resolve();
      };
      const status = () => inShadow(box, '[role="status"]').textContent ?? '';
      inShadow(box, 'button').click();
      await until(() => status().includes('コピーしました'), 'copied');
      expect(copied).to.equal('<shien-navi></shien-navi>');
      clipboard.writeText = () => Promise.reject(new Error('denied'));
      inShadow(box, 'button').click();
      await until(() => status().includes('コピーできませんでした'), 'told it failed');
    } finally {
      clipboard.writeText = original;
    }
  });

  it('word list adds words (several at once, split on ;) and removes them', async () => {
    const list = document.createElement('shien-navi-studio-word-list');
    list.label = '探す言葉';
    list.words = ['家賃'];
    document.body.append(list);
    await rendered(list);
    const input = inShadow<HTMLInputElement>(list, 'input');
    input.value = '住まい；家賃; 居住支援';
    const added = oneEvent(list, 'studio-words');
    inShadow<HTMLButtonElement>(list, 'button[type="submit"]').click();
    const event = await added;
    expect(event.detail).to.deep.equal(['家賃', '住まい', '居住支援']);
    // Heard by the element whose template holds the list, and by nothing outside that shadow root.
    expect([event instanceof StudioEvent, event.bubbles, event.composed]).to.deep.equal([true, true, false]);
    const removed = oneEvent(list, 'studio-words');
    inShadow(list, 'button[aria-label="「家賃」を消す"]').click();
    expect((await removed).detail).to.deep.equal([]);
  });

  it('localized text says which language changed', async () => {
    const text = document.createElement('shien-navi-studio-localized-text');
    text.label = '質問の文';
    text.value = { ja: 'こんにちは' };
    document.body.append(text);
    await rendered(text);
    expect(inShadow<HTMLInputElement>(text, '#text-ja').value).to.equal('こんにちは');
    expect(inShadow<HTMLInputElement>(text, '#text-en').value).to.equal('');
    const english = inShadow<HTMLInputElement>(text, '#text-en');
    english.value = 'Hello';
    const changed = oneEvent(text, 'studio-text');
    english.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect((await changed).detail).to.deep.equal({ lang: 'en', value: 'Hello' });
  });

  it('flow tree shows the way to each node, counts, a loop once, and selects on click', async () => {
    const tree = document.createElement('shien-navi-studio-flow-tree');
    tree.flow = SMALL;
    tree.counts = new Map([['food', 0]]);
    tree.selected = 'start';
    document.body.append(tree);
    await rendered(tree);
    const buttons = deepQueryAll<HTMLButtonElement>(tree, 'button');
    expect(buttons.map((button) => button.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '質問 小さな質問',
      '「食べ物」を選ぶとゴール 食べ物の支援です。 0 件',
      '「もう一度」を選ぶと質問 ↑ 上と同じ「start」へ',
    ]);
    expect(buttons[0]?.getAttribute('aria-current')).to.equal('true');
    const selected = oneEvent(tree, 'studio-select');
    buttons[1]?.click();
    expect((await selected).detail).to.equal('food');
  });

  it('node form edits the store: a choice label, a new choice, a refused rename', async () => {
    const store = new StudioStore({ sources: [], settings: new StudioStore().state.settings, flow: SMALL, selectedNode: 'start' });
    const { element } = await inStudio('shien-navi-studio-node-form', store);
    const label = deepQueryAll<HTMLInputElement>(element, 'shien-navi-studio-localized-text')[1];
    const ja = inShadow<HTMLInputElement>(label as HTMLElement, '#text-ja');
    ja.value = 'たべもの';
    ja.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect((store.state.flow?.nodes['start'] as QuestionNode).choices[0]?.label).to.equal('たべもの');

    const buttons = deepQueryAll<HTMLButtonElement>(element, 'button').filter((button) => button.textContent?.trim() === '選択肢を足す');
    buttons[0]?.click();
    expect((store.state.flow?.nodes['start'] as QuestionNode).choices.map((choice) => choice.next)).to.deep.equal(['food', 'start', 'new-goal']);

    const id = inShadow<HTMLInputElement>(element, '#node-id');
    id.value = 'food';
    id.dispatchEvent(new Event('change'));
    await rendered(element);
    expect(inShadow(element, '#node-id-hint').textContent).to.contain('「food」はもう使われています');
    expect(store.state.flow?.start).to.equal('start');
    id.value = 'begin';
    id.dispatchEvent(new Event('change'));
    expect(store.state.flow?.start).to.equal('begin');
    expect(store.state.selectedNode).to.equal('begin');
  });

  it('node form on a goal: code tables by name, crisis lines only from the allowed list, sensitive; move and delete', async () => {
    const flow: Flow = { ...SMALL, nodes: { ...SMALL.nodes, food: { kind: 'goal', text: '食べ物の支援です。', query: { terms: ['フードバンク'], classifications: ['999'] }, contacts: ['made-up'] } } };
    const store = new StudioStore({ sources: [], settings: new StudioStore().state.settings, flow, selectedNode: 'food' });
    const { element } = await inStudio('shien-navi-studio-node-form', store);
    const box = (legend: string, text: string): HTMLInputElement => {
      const fieldset = deepQueryAll<HTMLFieldSetElement>(element, 'fieldset').find((set) => set.querySelector('legend')?.textContent?.trim() === legend);
      const label = [...(fieldset?.querySelectorAll('label') ?? [])].find((found) => found.textContent?.trim() === text);
      const input = label?.querySelector('input');
      if (!input) throw new Error(`no 「${text}」 under 「${legend}」`);
      return input;
    };
    const labels = (legend: string) =>
      [...(deepQueryAll<HTMLFieldSetElement>(element, 'fieldset').find((set) => set.querySelector('legend')?.textContent?.trim() === legend)?.querySelectorAll('label') ?? [])].map((label) => label.textContent?.trim());
    const goal = () => store.state.flow?.nodes['food'];

    // Codes are shown with the code table's names; a code the table lacks stays listed, saying so.
    expect(labels('行政サービス分類で絞り込む')).to.include.members(['202 現物支給・貸与', '401 相談', '999 （コード表にありません）']);
    box('行政サービス分類で絞り込む', '202 現物支給・貸与').click();
    expect(goal()).to.have.nested.property('query.classifications').that.deep.equals(['999', '202']);
    box('サービス種別で絞り込む', '103 民間独自事業').click();
    expect(goal()).to.have.nested.property('query.serviceTypes').that.deep.equals(['103']);

    // Only the six lines of DESIGN.md can be picked; one the flow names that is not among them is flagged.
    expect(labels('いちばん先に出す緊急の電話番号')).to.have.length(6);
    expect(deepQueryAll(element, 'fieldset .error').map((found) => found.textContent)).to.deep.equal(['使えない番号「made-up」']);
    box('いちばん先に出す緊急の電話番号', '児童相談所 虐待対応ダイヤル（189）').click();
    expect(goal()?.contacts).to.deep.equal(['made-up', 'child-abuse']);

    const sensitive = deepQueryAll<HTMLLabelElement>(element, 'label.check').find((label) => label.textContent?.includes('人に見られたくない場面'))?.querySelector('input');
    sensitive?.click();
    expect(goal()?.sensitive).to.equal(true);

    // Moved under a new question, then deleted with the choice that led to it.
    const sub = 'sub';
    store.update({ flow: { ...store.flow, nodes: { ...store.flow.nodes, [sub]: { kind: 'question', text: '下の質問', choices: [] } } } });
    await rendered(element);
    inShadow<HTMLSelectElement>(element, '#move-under').value = sub;
    deepQueryAll<HTMLButtonElement>(element, 'button').find((button) => button.textContent?.trim() === '移す')?.click();
    expect((store.state.flow?.nodes['start'] as QuestionNode).choices.map((choice) => choice.next)).to.deep.equal(['start']);
    expect((store.state.flow?.nodes[sub] as QuestionNode).choices.map((choice) => choice.next)).to.deep.equal(['food']);
    deepQueryAll<HTMLButtonElement>(element, 'button').find((button) => button.textContent?.trim() === 'このノードを消す')?.click();
    expect(Object.keys(store.state.flow?.nodes ?? {})).to.deep.equal(['start', 'sub']);
    expect((store.state.flow?.nodes[sub] as QuestionNode).choices).to.deep.equal([]);
    expect(store.state.selectedNode).to.equal('start');
  });

  it('data sources refuse a URL that is not http(s), and add one that is', async () => {
    const { element, store } = await inStudio('shien-navi-studio-data-sources');
    const url = inShadow<HTMLInputElement>(element, 'input[type="url"]');
    url.value = 'javascript:alert(1)';
    inShadow<HTMLFormElement>(element, 'form').requestSubmit();
    await rendered(element);
    expect(inShadow(element, '[role="status"]').textContent).to.contain('https:// で始まる');
    expect(store.state.sources).to.deep.equal([]);
    url.value = 'https://www.example.lg.jp/opendata/seido.csv';
    inShadow<HTMLFormElement>(element, 'form').requestSubmit();
    expect(store.state.sources.map((source) => (source.kind === 'url' ? source.url : ''))).to.deep.equal(['https://www.example.lg.jp/opendata/seido.csv']);
  });

  it('a store listener re-renders only when what it reads changes', async () => {
    const { element, store } = await inStudio('shien-navi-studio-node-form');
    let updates = 0;
    const original = (element as unknown as { requestUpdate: () => void }).requestUpdate.bind(element);
    (element as unknown as { requestUpdate: () => void }).requestUpdate = () => {
      updates += 1;
      original();
    };
    store.update({ notice: { text: 'x', error: false } });
    expect(updates).to.equal(0);
    store.update({ selectedNode: 'work' });
    expect(updates).to.equal(1);
  });
});
