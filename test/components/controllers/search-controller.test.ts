import { expect } from '@open-wc/testing';
import type { Announcer } from '../../../src/components/controllers/announcer-controller.js';
import { TASK_STATUS } from '../../../src/components/controllers/background-task.js';
import { SEARCH_ANNOUNCE_DELAY_MS, SEARCH_PAGE, SearchController } from '../../../src/components/controllers/search-controller.js';
import { parseCsv } from '../../../src/data/parse.js';
import type { ServiceRecord } from '../../../src/data/record.js';
import { MESSAGES } from '../../../src/i18n/messages.js';
import { until } from '../helpers.js';
import { hosted, setInputs, type TestHost } from './host.js';

/** 25 food banks (札幌市 and 旭川市 alternately) and one job centre. */
function records(): ServiceRecord[] {
  const rows = Array.from({ length: 25 }, (_, index) => `【サンプル】フードバンク${index + 1},${index % 2 ? '旭川市' : '札幌市'}`);
  return parseCsv(['制度名,市区町村名', ...rows, '【サンプル】ハローワーク,札幌市'].join('\n'), { today: '2026-11-23' }).records;
}

/** What the search asked to say, and the counts it reported. */
function searchOn(host: TestHost, log: string[]) {
  const announcer: Pick<Announcer, 'sayAfterPause' | 'cancelPending'> = {
    sayAfterPause: (text, delayMs) => log.push(`say after ${delayMs} ms: ${text}`),
    cancelPending: () => log.push('cancel'),
  };
  return new SearchController(host, {
    inputs: () => ({ records: (host.inputs['records'] as ServiceRecord[] | undefined) ?? [], municipality: String(host.inputs['municipality'] ?? ''), messages: MESSAGES.ja }),
    announcer,
    onSearch: (results) => log.push(`search ${results}`),
  });
}

const names = (search: SearchController) => search.result.services.hits.map((hit) => hit.record.name);

afterEach(() => document.querySelectorAll('test-controller-host').forEach((host) => host.remove()));

describe('SearchController', () => {
  it('builds its index in the background as soon as there is data', async () => {
    const log: string[] = [];
    const { host, controller: search } = await hosted((host) => searchOn(host, log));
    expect(search.index.status).to.equal(TASK_STATUS.idle);
    const data = records();
    await setInputs(host, { records: data });
    await until(() => search.index.status === TASK_STATUS.complete, 'the index');
    expect(search.index.value?.records).to.equal(data);
  });

  it('answers a keystroke at once, reports the count, and reads it out once typing pauses', async () => {
    const log: string[] = [];
    const { host, controller: search } = await hosted((host) => searchOn(host, log), { records: records() });
    const renders = host.renders;
    search.setQuery('フードバンク');
    expect(search.active).to.equal(true);
    expect(search.result.services.total).to.equal(25);
    expect(search.result.services.hits).to.have.length(SEARCH_PAGE);
    expect(log).to.deep.equal(['search 25', `say after ${SEARCH_ANNOUNCE_DELAY_MS} ms: 25件見つかりました`]);
    await host.updateComplete;
    expect(host.renders).to.equal(renders + 1);
  });

  it('says nothing for one kana or an empty box, and cancels what it was about to say', async () => {
    const log: string[] = [];
    const { controller: search } = await hosted((host) => searchOn(host, log), { records: records() });
    search.setQuery('フ');
    expect(search.result.services.tooShort).to.equal(true);
    search.setQuery('');
    expect(search.active).to.equal(false);
    expect(log).to.deep.equal(['search 0', 'cancel', 'search 0', 'cancel']);
  });

  it('shows a page more at a time, and starts from one page at the next keystroke', async () => {
    const log: string[] = [];
    const { controller: search } = await hosted((host) => searchOn(host, log), { records: records() });
    search.setQuery('フードバンク');
    search.showMore();
    expect(search.result.services.hits).to.have.length(2 * SEARCH_PAGE);
    search.showMore();
    expect(search.result.services.hits).to.have.length(25);
    search.setQuery('フードバンク1');
    expect(search.result.services.hits).to.have.length(SEARCH_PAGE);
  });

  it('keeps to the municipality, worked out again when it changes, and once per keystroke otherwise', async () => {
    const log: string[] = [];
    const { host, controller: search } = await hosted((host) => searchOn(host, log), { records: records(), municipality: '旭川市' });
    search.setQuery('フードバンク');
    const first = search.result;
    expect(first.services.total).to.equal(12);
    expect(search.result).to.equal(first);
    await setInputs(host, { municipality: '札幌市' });
    expect(search.result.services.total).to.equal(13);
    expect(names(search)[0]).to.equal('【サンプル】フードバンク1');
  });

  it('answers before its index is built, and with the built index once it is', async () => {
    const log: string[] = [];
    const data = records();
    const { host, controller: search } = await hosted((host) => searchOn(host, log));
    // The data arrives and the person types before the next update has even started the build.
    host.inputs = { records: data };
    search.setQuery('ハローワーク');
    expect(search.index.status).to.equal(TASK_STATUS.idle);
    expect(names(search)).to.deep.equal(['【サンプル】ハローワーク']);
    await until(() => search.index.status === TASK_STATUS.complete, 'the index');
    expect(names(search)).to.deep.equal(['【サンプル】ハローワーク']);
  });

  it('leaves the search when cleared, and gives up the index of data that went away', async () => {
    const log: string[] = [];
    const { host, controller: search } = await hosted((host) => searchOn(host, log), { records: records() });
    search.setQuery('ハローワーク');
    search.clear();
    expect([search.active, search.result.services.total]).to.deep.equal([false, 0]);
    expect(log.at(-1)).to.equal('cancel');
    await setInputs(host, { records: [] });
    expect(search.index.status).to.equal(TASK_STATUS.idle);
  });
});
