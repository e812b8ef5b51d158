import { ContextProvider } from '@lit/context';
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../../src/studio/main.js';
import { studioContext } from '../../../src/studio/context.js';
import { newSheet } from '../../../src/studio/model/sheet.js';
import { EMPTY_WORKSPACE, StudioStore } from '../../../src/studio/model/store.js';
import { deepQueryAll, rendered } from '../helpers.js';

const HEADER = ['全国地方公共団体コード', '都道府県名', '市区町村名', '制度名', 'サービス種別', '電話番号', '最終更新日'];

async function writer(store: StudioStore): Promise<LitElement> {
  const holder = document.createElement('div');
  new ContextProvider(holder, { context: studioContext, initialValue: store });
  const element = document.createElement('shien-navi-studio-data-writer');
  holder.append(element);
  document.body.append(holder);
  await rendered(element);
  return element;
}

const one = <T extends Element>(element: Element, selector: string): T => {
  const found = deepQueryAll<T>(element, selector)[0];
  if (found === undefined) throw new Error(`no ${selector}`);
  return found;
};

function type(element: Element, selector: string, value: string): void {
  const input = one<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const button = (element: Element, text: string): HTMLButtonElement => {
  const found = deepQueryAll<HTMLButtonElement>(element, 'button').find((candidate) => candidate.textContent?.trim() === text);
  if (found === undefined) throw new Error(`no button ${text}`);
  return found;
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('the row form', () => {
  it('checks as you type, offers the fix, keeps the phone as typed and shows the widget’s card', async () => {
    const sheet = newSheet('a.csv', HEADER, [['011002', '北海道', '札幌市', '【サンプル】相談', '101', '000-000-0000', '2026-11-01']]);
    const store = new StudioStore({ ...EMPTY_WORKSPACE, sheet, rowEdit: { index: 0, cells: sheet.rows[0]?.cells ?? [] } });
    const element = await writer(store);
    type(element, '#cell-0', '011003');
    type(element, '#cell-5', '０００ー０００ー０００１（代表）');
    await rendered(element);
    expect(one(element, '.editor .finding').textContent).to.contain('「011002」ではありませんか');
    button(element, 'この形に直す').click();
    await rendered(element);
    expect(store.state.rowEdit?.cells[0]).to.equal('011002');
    expect(store.state.rowEdit?.cells[5]).to.equal('０００ー０００ー０００１（代表）');
    const card = one<HTMLElement & { record?: { name: string } }>(element, 'shien-navi-result-card');
    expect(card.record?.name).to.equal('【サンプル】相談');
    // Not saved until asked: the file is as it was.
    expect(store.state.sheet?.rows[0]?.cells[5]).to.equal('000-000-0000');
    button(element, 'この行を保存').click();
    expect(store.state.sheet?.rows[0]?.cells[5]).to.equal('０００ー０００ー０００１（代表）');
  });

  it('refuses a row without 制度名, saying why, and keeps what was typed', async () => {
    const sheet = newSheet('a.csv', HEADER);
    const store = new StudioStore({ ...EMPTY_WORKSPACE, sheet, rowEdit: { index: 0, cells: HEADER.map(() => '') } });
    const element = await writer(store);
    type(element, '#cell-5', '000-000-0009');
    button(element, 'この行を保存').click();
    await rendered(element);
    expect(one(element, '.messages').textContent).to.contain('保存できません: 制度名が空です');
    expect(store.state.sheet?.rows).to.have.length(0);
    expect(store.state.rowEdit?.cells[5]).to.equal('000-000-0009');
  });

  it('reads a date in 和暦 and says how', async () => {
    const sheet = newSheet('a.csv', HEADER, [['011002', '北海道', '札幌市', '【サンプル】相談', '101', '000-000-0000', '']]);
    const store = new StudioStore({ ...EMPTY_WORKSPACE, sheet, rowEdit: { index: 0, cells: sheet.rows[0]?.cells ?? [] } });
    const element = await writer(store);
    type(element, '#cell-6', 'R8.4.1');
    await rendered(element);
    expect(one(element, '#cell-6-reading').textContent).to.contain('2026-04-01 として読みます');
    expect(one<HTMLInputElement>(element, '#cell-6-picker').value).to.equal('2026-04-01');
    type(element, '#cell-6', '随時');
    await rendered(element);
    expect(one(element, '#cell-6-reading').textContent).to.contain('日付として読めません');
  });
});
