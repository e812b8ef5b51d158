import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import axe from 'axe-core';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ShienNaviMunicipalityPicker } from '../../src/components/municipality-picker/municipality-picker.js';
import { text, until } from './helpers.js';
import './engine-exclusions.js';

// The place picker: Hokkaido's towns by name, reading or code, grouped under their 振興局.

async function picker(options: readonly string[] = []): Promise<ShienNaviMunicipalityPicker> {
  return fixture<ShienNaviMunicipalityPicker>(html`<shien-navi-municipality-picker .options=${options}></shien-navi-municipality-picker>`);
}

const root = (element: ShienNaviMunicipalityPicker) => element.shadowRoot as ShadowRoot;
const input = (element: ShienNaviMunicipalityPicker) => root(element).querySelector('input') as HTMLInputElement;
const suggestions = (element: ShienNaviMunicipalityPicker) => [...root(element).querySelectorAll('.suggestions .name')].map(text);
const headings = (element: ShienNaviMunicipalityPicker) => [...root(element).querySelectorAll('.area')].map(text);

async function type(element: ShienNaviMunicipalityPicker, value: string): Promise<void> {
  input(element).focus();
  input(element).value = value;
  input(element).dispatchEvent(new InputEvent('input', { bubbles: true }));
  await element.updateComplete;
}

describe('shien-navi-municipality-picker', () => {
  it('finds a town by its reading and groups it under its 振興局', async () => {
    const element = await picker();
    await type(element, 'いわみざわ');
    await until(() => suggestions(element).length > 0, 'the area table');
    expect(suggestions(element)).to.deep.equal(['岩見沢市']);
    expect(headings(element)).to.deep.equal(['空知総合振興局']);
    const chosen = oneEvent(element, 'navi-municipality');
    (root(element).querySelector('.suggestions button') as HTMLButtonElement).click();
    expect((await chosen).detail).to.equal('岩見沢市');
    await element.updateComplete;
    expect(input(element).value).to.equal('岩見沢市');
    expect(suggestions(element)).to.deep.equal([]);
  });

  it('lists an area’s towns under it, and takes a code or a name at once', async () => {
    const element = await picker();
    await type(element, '後志');
    await until(() => suggestions(element).length > 0, 'the area table');
    expect(suggestions(element)).to.have.length(20);
    expect(suggestions(element)).to.include('倶知安町');
    expect(headings(element)).to.deep.equal(['後志総合振興局']);
    const byCode = oneEvent(element, 'navi-municipality');
    await type(element, '014290');
    expect((await byCode).detail).to.equal('栗山町');
    const byName = oneEvent(element, 'navi-municipality');
    await type(element, '当別町');
    expect((await byName).detail).to.equal('当別町');
  });

  it('offers the data’s other places as written, and takes them', async () => {
    const element = await picker(['熊本市', '<img src=x onerror=alert(1)>']);
    await type(element, '熊本');
    await until(() => suggestions(element).length > 0, 'the area table');
    expect(suggestions(element)).to.deep.equal(['熊本市']);
    expect(headings(element)).to.deep.equal([]);
    await type(element, '<img');
    expect(suggestions(element)).to.deep.equal(['<img src=x onerror=alert(1)>']);
    expect(root(element).querySelector('img')).to.equal(null);
    const chosen = oneEvent(element, 'navi-municipality');
    await type(element, '熊本市');
    expect((await chosen).detail).to.equal('熊本市');
  });

  it('is used by keyboard, puts Escape back, and passes axe at 375 px', async () => {
    await setViewport({ width: 375, height: 700 });
    const element = await picker();
    await type(element, 'くっちゃん');
    await until(() => suggestions(element).length > 0, 'the area table');
    const results = await axe.run(root(element) as unknown as Element, { runOnly: ['wcag2a', 'wcag2aa', 'wcag22aa'] });
    expect(results.violations.map((violation) => violation.id)).to.deep.equal([]);
    expect(root(element).querySelector('.suggestions')?.getBoundingClientRect().width).to.be.at.most(375);
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement?.textContent).to.contain('倶知安町');
    const chosen = oneEvent(element, 'navi-municipality');
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail).to.equal('倶知安町');
    await type(element, 'とまこまい');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(input(element).value).to.equal('倶知安町');
    expect(suggestions(element)).to.deep.equal([]);
  });
});
