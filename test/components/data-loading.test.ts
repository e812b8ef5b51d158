import { expect, oneEvent } from '@open-wc/testing';
import type { ShienNavi } from '../../src/components/shien-navi/shien-navi.js';
import { choose, crisisNumbers, deepQueryAll, makeNavi, rendered, text, until } from './helpers.js';

const FLAKY = '/__test/flaky-data';

/** Adds a widget and collects its error events until it is ready. */
async function load(attributes: Record<string, string>): Promise<{ navi: ShienNavi; errors: { kind: string; message: string }[]; records: number }> {
  const navi = makeNavi(attributes);
  const errors: { kind: string; message: string }[] = [];
  navi.addEventListener('shien-navi-error', (event) => errors.push(event.detail));
  const ready = oneEvent(navi, 'shien-navi-ready');
  document.body.append(navi);
  const { detail } = await ready;
  await rendered(navi);
  return { navi, errors, records: detail.records };
}

const notice = (navi: ShienNavi) => text(deepQueryAll(navi, '.notice')[0]);
/** Screen readers hear the notice when it changes from "loading" to what happened (WCAG 4.1.3). */
const noticeIsStatus = (navi: ShienNavi) => deepQueryAll(navi, '.notice')[0]?.getAttribute('role') === 'status';

afterEach(async () => {
  document.querySelectorAll('shien-navi').forEach((element) => element.remove());
  await fetch('/__test/flaky/up');
  await caches.delete('shien-navi-data-v1');
});

describe('loading data in the browser', () => {
  it('keeps the last good copy and shows it, with its date, when the source is down', async () => {
    const first = await load({ src: FLAKY });
    expect(first.records).to.equal(52);
    expect(first.errors).to.deep.equal([]);
    first.navi.remove();
    // The copy is saved after the widget is ready, in the background; a later visit finds it saved.
    // (Firefox's Cache Storage can still be writing it when the next load starts at once.)
    for (let wait = 0; wait < 100 && !(await (await caches.open('shien-navi-data-v1')).match(new URL(FLAKY, location.href).href)); wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    await fetch('/__test/flaky/down');
    const second = await load({ src: FLAKY });
    expect(second.errors.map((error) => error.kind)).to.deep.equal(['http']);
    expect(second.errors[0]?.message).to.contain('503');
    expect(second.records).to.equal(52);
    const today = new Intl.DateTimeFormat('ja', { dateStyle: 'long' }).format(new Date());
    expect(notice(second.navi)).to.contain(`${today}に保存した情報を表示しています`);
    expect(noticeIsStatus(second.navi)).to.equal(true);
    await choose(second.navi, '緊急の困りごと');
    await choose(second.navi, '食べるものがない');
    await choose(second.navi, 'フードバンクを利用したい');
    // The goal's cards come once the counting chunk has answered (it may still be arriving).
    await until(() => deepQueryAll(second.navi, '[part~="card"]').length > 0, 'the goal\'s cards');
    expect(deepQueryAll(second.navi, '[part~="card"]')).to.have.length(2);
  });

  it('says so plainly when a source is down and nothing was saved, keeping the crisis lines', async () => {
    await fetch('/__test/flaky/down');
    const { navi, errors, records } = await load({ src: FLAKY, lang: 'en' });
    expect(records).to.equal(0);
    expect(errors.map((error) => error.kind)).to.deep.equal(['http']);
    expect(notice(navi)).to.equal('Some support information could not be loaded. Crisis lines are always available.');
    expect(noticeIsStatus(navi)).to.equal(true);
    await choose(navi, 'Urgent help');
    expect(crisisNumbers(navi)).to.include('110');
  });

  it('reports an HTML page served instead of a CSV as a parse error', async () => {
    const { errors, records } = await load({ src: '/__test/maintenance-page' });
    expect(records).to.equal(0);
    expect(errors.map((error) => error.kind)).to.deep.equal(['parse']);
    expect(errors[0]?.message).to.contain('HTML');
  });

  it('merges several sources and reports the broken one', async () => {
    const { errors, records } = await load({ src: '/demo/data/sample.csv /__test/missing' });
    expect(records).to.equal(52);
    expect(errors.map((error) => error.kind)).to.deep.equal(['http']);
  });

  it('detects a Shift_JIS file', async () => {
    const detected = await load({ src: CP932 });
    expect(detected.records).to.equal(2);
    expect(names(detected.navi)).to.deep.equal(['【サンプル】髙橋記念①相談', '【サンプル】全域の支援']);
  });

  it('reads the file in the encoding the encoding attribute forces', async () => {
    // Forced to the file's own encoding: read as detection would.
    const right = await load({ src: CP932, encoding: 'shift_jis' });
    expect(names(right.navi)).to.deep.equal(['【サンプル】髙橋記念①相談', '【サンプル】全域の支援']);
    // Forced to the wrong one, detection is not asked: the Shift_JIS header read as UTF-8 has no 制度名 column.
    const wrong = await load({ src: CP932, encoding: 'utf-8' });
    expect([wrong.records, wrong.errors.map((error) => error.kind)]).to.deep.equal([0, ['schema']]);
    // And the UTF-8 file forced to Shift_JIS is garbled the same way.
    const garbled = await load({ src: '/test/fixtures/encoding.utf8.csv', encoding: 'shift_jis' });
    expect([garbled.records, garbled.errors.map((error) => error.kind)]).to.deep.equal([0, ['schema']]);
    // Changing the attribute reads the file again, in the new encoding.
    const again = oneEvent(wrong.navi, 'shien-navi-ready');
    wrong.navi.setAttribute('encoding', 'shift_jis');
    expect((await again).detail.records).to.equal(2);
    await rendered(wrong.navi);
    expect(names(wrong.navi)).to.deep.equal(['【サンプル】髙橋記念①相談', '【サンプル】全域の支援']);
  });
});

const CP932 = '/test/fixtures/encoding.cp932.csv';
/** The 制度名 the widget read: the CP932 fixture's 髙 and ① survive only when it is read as Shift_JIS. */
const names = (navi: ShienNavi) => navi.records.map((record) => record.name);
