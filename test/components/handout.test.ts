import { expect } from '@open-wc/testing';
import type { ShienNaviHandout } from '../../src/components/handout/handout.js';
import { loadHelpers } from '../../src/components/lazy-parts.js';
import { parseCsv } from '../../src/data/parse.js';
import { hostileCsv, HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';

async function handout(properties: Partial<ShienNaviHandout>): Promise<ShienNaviHandout> {
  await loadHelpers();
  const element = Object.assign(document.createElement('shien-navi-handout'), properties);
  document.body.append(element);
  await element.ready();
  return element;
}

afterEach(() => document.querySelectorAll('shien-navi-handout').forEach((element) => element.remove()));

describe('the printed handout', () => {
  it('prints hostile cells as text: nothing in them becomes an element', async () => {
    const records = parseCsv(hostileCsv(), { today: '2026-11-23' }).records;
    const element = await handout({ records, heading: HOSTILE_STRINGS[0] ?? '', town: HOSTILE_STRINGS[1] ?? '', link: 'https://city.example.jp/help#shien-navi?view=list' });
    const root = element.renderRoot;
    expect(root.querySelectorAll('script, img, iframe, a, form, style, link, meta, object').length).to.equal(0);
    expect([...root.querySelectorAll('svg')].map((svg) => svg.getAttribute('role'))).to.deep.equal(['img']);
    expect(root.textContent).to.contain(HOSTILE_STRINGS[0]);
    expect(root.textContent).to.contain(HOSTILE_STRINGS[1]);
    expect(root.querySelectorAll('li').length).to.equal(records.length);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('has a QR code, named as one, leading back to the link', async () => {
    const element = await handout({ link: 'https://city.example.jp/help#shien-navi?goal=food&town=%E6%9C%AD%E5%B9%8C%E5%B8%82' });
    const code = element.renderRoot.querySelector('svg[role="img"]');
    expect(code?.getAttribute('aria-label')).to.contain('QR');
    expect(code?.querySelector('path')?.getAttribute('d')).to.match(/^M/);
  });

  it('draws no code for a link that is not http(s), and prints a link too long for one as text', async () => {
    expect((await handout({ link: 'javascript:alert(1)' })).renderRoot.querySelector('svg')).to.equal(null);
    const long = `https://city.example.jp/${'a'.repeat(4000)}`;
    const element = await handout({ link: long });
    expect(element.renderRoot.querySelector('svg')).to.equal(null);
    expect(element.renderRoot.textContent).to.contain(long);
  });
});
