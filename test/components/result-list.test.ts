import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ShienNaviResultCard } from '../../src/components/result-card/result-card.js';
import type { ShienNaviResultList } from '../../src/components/result-list/result-list.js';
import { parseCsv } from '../../src/data/parse.js';
import type { ServiceRecord } from '../../src/data/record.js';
import { hostileCsv } from '../fixtures/hostile/corpus.mjs';
import { text } from './helpers.js';

const headings = (list: Element) => [...(list.shadowRoot?.querySelectorAll('h3') ?? [])].map((heading) => text(heading));

describe('result list groups', () => {
  it('heads each group with its 支援分類, keeps a publisher’s own 分類, and puts the rest under その他', async () => {
    const csv = [
      '制度名,行政サービス分類',
      '【サンプル】相談A,401',
      '【サンプル】独自分類,くらしの支え',
      '【サンプル】相談B,相談',
      '【サンプル】分類なし,',
      '【サンプル】見えない分類,\u200B\u200B',
      '【サンプル】記号だけ,---',
      '【サンプル】手当,201: 手当・助成金等',
    ].join('\n');
    const { records } = parseCsv(csv, { today: '2026-11-23' });
    const list = await fixture(html`<shien-navi-result-list .records=${records}></shien-navi-result-list>`);
    expect(headings(list)).to.deep.equal(['手当・助成金等（1）', '相談（2）', 'くらしの支え（1）', 'その他（3）']);
  });

  it('has no heading when every record is in one group', async () => {
    const { records } = parseCsv('制度名,行政サービス分類\n【サンプル】A,\n【サンプル】B,\u200B\n', { today: '2026-11-23' });
    const list = await fixture(html`<shien-navi-result-list .records=${records}></shien-navi-result-list>`);
    expect(headings(list)).to.deep.equal([]);
    expect(list.shadowRoot?.querySelectorAll('shien-navi-result-card')).to.have.length(2);
  });
});

describe('result list cards as the records change', () => {
  // Cards are reused in place from one list to the next: what a card shows must always be its own record's.
  const csv = [
    '制度名,通称,電話番号,概要',
    `【サンプル】あおば相談,みどり窓口,000-111-0001,${'あおばの相談窓口です。'.repeat(8)}`,
    `【サンプル】みどり相談,あおば窓口,000-111-0002,${'みどりの相談窓口です。'.repeat(8)}`,
    `【サンプル】そら相談,,000-111-0003,${'そらの相談窓口です。'.repeat(8)}`,
  ].join('\n');
  const { records } = parseCsv(csv, { today: '2026-11-23' });
  const [aoba, midori, sora] = records as [ServiceRecord, ServiceRecord, ServiceRecord];
  const cardsOf = (list: Element) => [...(list.shadowRoot?.querySelectorAll<ShienNaviResultCard>('shien-navi-result-card') ?? [])];
  const shown = (card: ShienNaviResultCard) => ({
    name: text(card.shadowRoot?.querySelector('h4')),
    call: card.shadowRoot?.querySelector('a.call')?.getAttribute('href'),
    opened: card.shadowRoot?.querySelector('.toggle')?.getAttribute('aria-expanded'),
    more: card.shadowRoot?.querySelector('.more') !== null,
  });
  async function settle(list: ShienNaviResultList): Promise<void> {
    await list.updateComplete;
    await Promise.all(cardsOf(list).map((card) => card.updateComplete));
  }

  it('shows each record with its own name and phone when the order changes', async () => {
    const list = await fixture<ShienNaviResultList>(html`<shien-navi-result-list .records=${[aoba, midori, sora]}></shien-navi-result-list>`);
    await settle(list);
    list.records = [sora, midori, aoba];
    await settle(list);
    expect(cardsOf(list).map(shown).map(({ name, call }) => [name, call])).to.deep.equal([
      ['【サンプル】そら相談', 'tel:0001110003'],
      ['【サンプル】みどり相談', 'tel:0001110002'],
      ['【サンプル】あおば相談', 'tel:0001110001'],
    ]);
  });

  it('never shows another record opened where one was opened', async () => {
    const list = await fixture<ShienNaviResultList>(html`<shien-navi-result-list .records=${[aoba, midori]}></shien-navi-result-list>`);
    await settle(list);
    const [first] = cardsOf(list) as [ShienNaviResultCard];
    first.shadowRoot?.querySelector<HTMLButtonElement>('.toggle')?.click();
    await settle(list);
    expect(shown(first)).to.include({ name: '【サンプル】あおば相談', opened: 'true', more: true });

    list.records = [midori, sora];
    await settle(list);
    expect(cardsOf(list).map(shown)).to.deep.equal([
      { name: '【サンプル】みどり相談', call: 'tel:0001110002', opened: 'false', more: false },
      { name: '【サンプル】そら相談', call: 'tel:0001110003', opened: 'false', more: false },
    ]);
    // A record that comes back comes back closed, as a new card would.
    list.records = [aoba, midori];
    await settle(list);
    expect(cardsOf(list).map((card) => shown(card).opened)).to.deep.equal(['false', 'false']);
  });

  it('does not leave focus on a card that now shows another record', async () => {
    const list = await fixture<ShienNaviResultList>(html`<shien-navi-result-list .records=${[aoba, midori]}></shien-navi-result-list>`);
    await settle(list);
    const [first, second] = cardsOf(list) as [ShienNaviResultCard, ShienNaviResultCard];
    first.shadowRoot?.querySelector<HTMLButtonElement>('.toggle')?.focus();
    expect(first.shadowRoot?.activeElement?.className).to.equal('toggle');

    list.records = [sora, midori];
    await settle(list);
    expect(first.shadowRoot?.activeElement?.outerHTML ?? 'nothing').to.equal('nothing');
    // Where the record stays, focus stays.
    second.shadowRoot?.querySelector<HTMLAnchorElement>('a.call')?.focus();
    list.records = [aoba, midori];
    await settle(list);
    expect(second.shadowRoot?.activeElement?.getAttribute('href')).to.equal('tel:0001110002');
  });
});

describe('result list with first-cards', () => {
  const rows = (from: number, count: number) =>
    Array.from({ length: count }, (_, index) => `【サンプル】相談${from + index},${(from + index) % 2 === 0 ? '201' : '401'},000-222-${String(from + index).padStart(4, '0')}`);
  const recordsOf = (lines: string[]) => parseCsv(['制度名,行政サービス分類,電話番号', ...lines].join('\n'), { today: '2026-11-23' }).records;
  const ten = recordsOf(rows(0, 10));
  const otherTen = recordsOf(rows(10, 10));
  const titles = (list: Element) => [...(list.shadowRoot?.querySelectorAll('shien-navi-result-card') ?? [])].map((card) => text(card.shadowRoot?.querySelector('h4')));
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  it('builds that many cards at once, under headings that count every card, and the rest once the frame is painted', async () => {
    const list = await fixture<ShienNaviResultList>(html`<shien-navi-result-list first-cards="3" .records=${ten}></shien-navi-result-list>`);
    expect(titles(list)).to.deep.equal(['【サンプル】相談0', '【サンプル】相談2', '【サンプル】相談4']);
    expect(headings(list)).to.deep.equal(['手当・助成金等（5）']);
    expect(list.getAttribute('aria-busy')).to.equal('true');
    await afterPaint();
    await list.updateComplete;
    expect(titles(list)).to.have.length(10);
    expect(headings(list)).to.deep.equal(['手当・助成金等（5）', '相談（5）']);
    expect(list.hasAttribute('aria-busy')).to.equal(false);
  });

  it('gives the cards on screen their new records at once, and builds only new cards later', async () => {
    const list = await fixture<ShienNaviResultList>(html`<shien-navi-result-list first-cards="3" .records=${ten}></shien-navi-result-list>`);
    await afterPaint();
    await list.updateComplete;
    list.records = otherTen;
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(otherTen.filter((_, index) => index % 2 === 0).concat(otherTen.filter((_, index) => index % 2 === 1)).map((record) => record.name));
    expect(list.hasAttribute('aria-busy')).to.equal(false);

    list.records = ten.slice(0, 2);
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['【サンプル】相談0', '【サンプル】相談1']);
    list.records = otherTen;
    await list.updateComplete;
    expect(titles(list)).to.have.length(3);
    expect(titles(list).every((title) => otherTen.some((record) => record.name === title))).to.equal(true);
    await afterPaint();
    await list.updateComplete;
    expect(titles(list)).to.have.length(10);
  });

  it('builds every card at once without it', async () => {
    const list = await fixture<ShienNaviResultList>(html`<shien-navi-result-list .records=${ten}></shien-navi-result-list>`);
    expect(titles(list)).to.have.length(10);
    expect(list.hasAttribute('aria-busy')).to.equal(false);
  });
});

describe('result list with page-size', () => {
  const recordsOf = (count: number, from = 0) =>
    parseCsv(['制度名,電話番号', ...Array.from({ length: count }, (_, index) => `【サンプル】窓口${from + index},000-444-${String(from + index).padStart(4, '0')}`)].join('\n'), {
      today: '2026-11-23',
    }).records;
  const titles = (list: Element) => [...(list.shadowRoot?.querySelectorAll('shien-navi-result-card') ?? [])].map((card) => text(card.shadowRoot?.querySelector('h4')));
  const more = (list: Element) => list.shadowRoot?.querySelector<HTMLButtonElement>('button.more') ?? null;

  it('shows one page, then the next on demand, with focus on its first card', async () => {
    const seven = recordsOf(7);
    const list = await fixture<ShienNaviResultList>(html`<shien-navi-result-list page-size="3" .records=${seven}></shien-navi-result-list>`);
    expect(titles(list)).to.deep.equal(['【サンプル】窓口0', '【サンプル】窓口1', '【サンプル】窓口2']);
    expect(text(more(list))).to.equal('さらに 3 件を見る（残り 4 件）');
    more(list)?.click();
    await list.updateComplete;
    expect(titles(list)).to.have.length(6);
    expect(text(list.shadowRoot?.activeElement)).to.equal(text(list.shadowRoot?.querySelectorAll('li')[3]));
    expect(titles(list)[3]).to.equal('【サンプル】窓口3');
    more(list)?.click();
    await list.updateComplete;
    expect(titles(list)).to.have.length(7);
    expect(more(list)).to.equal(null);
    expect(list.shadowRoot?.activeElement).to.equal(list.shadowRoot?.querySelectorAll('li')[6]);
  });

  it('keeps the pages shown while the records start the same, and starts again for other records', async () => {
    const seven = recordsOf(7);
    const list = await fixture<ShienNaviResultList>(html`<shien-navi-result-list page-size="3" .records=${seven}></shien-navi-result-list>`);
    more(list)?.click();
    await list.updateComplete;
    list.records = [...seven, ...recordsOf(2, 7)];
    await list.updateComplete;
    expect(titles(list)).to.have.length(6);
    list.records = recordsOf(7, 20);
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['【サンプル】窓口20', '【サンプル】窓口21', '【サンプル】窓口22']);
  });

  it('shows hostile cells as text on every page', async () => {
    const records = parseCsv(hostileCsv(), { today: '2026-11-23' }).records;
    // Several pages, few enough clicks that a loaded machine's Firefox stays within the test's time.
    expect(records.length).to.be.greaterThan(20);
    const list = await fixture<ShienNaviResultList>(html`<shien-navi-result-list page-size="10" .records=${records}></shien-navi-result-list>`);
    while (more(list)) {
      more(list)?.click();
      await list.updateComplete;
    }
    const cards = [...(list.shadowRoot?.querySelectorAll<ShienNaviResultCard>('shien-navi-result-card') ?? [])];
    await Promise.all(cards.map((card) => card.updateComplete));
    expect(cards).to.have.length(records.length);
    for (const card of cards) expect(card.shadowRoot?.querySelectorAll('script, img, iframe, form, object, style:not(:first-child)').length).to.equal(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
