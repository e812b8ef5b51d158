import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { parseCsv } from '../../src/data/parse.js';
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
