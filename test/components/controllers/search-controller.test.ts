import { expect } from '@open-wc/testing';
import type { Announcer } from '../../../src/components/controllers/announcer-controller.js';
import { TASK_STATUS } from '../../../src/components/controllers/background-task.js';
import type { ChunkSource } from '../../../src/components/controllers/search-build-controller.js';
import { SEARCH_ANNOUNCE_DELAY_MS, SEARCH_PAGE, SearchController } from '../../../src/components/controllers/search-controller.js';
import { parseCsv } from '../../../src/data/parse.js';
import type { ServiceRecord } from '../../../src/data/record.js';
import { loadSearchChunk, type SearchChunk } from '../../../src/engine/load-trouble-search.js';
import { HOKKAIDO_FLOW } from '../../../src/flows/hokkaido.js';
import { MESSAGES } from '../../../src/i18n/messages.js';
import { until } from '../helpers.js';
import { deferred, hosted, setInputs, type TestHost } from './host.js';

/** 25 food banks (札幌市 and 旭川市 alternately) and one job centre. */
function records(): ServiceRecord[] {
  const rows = Array.from({ length: 25 }, (_, index) => `【サンプル】フードバンク${index + 1},${index % 2 ? '旭川市' : '札幌市'}`);
  return parseCsv(['制度名,市区町村名', ...rows, '【サンプル】ハローワーク,札幌市'].join('\n'), { today: '2026-11-23' }).records;
}

/** What the search asked to say, and the counts it reported; the search chunk from `chunk` (the page's own by default). */
function searchOn(host: TestHost, log: string[], chunk?: ChunkSource) {
  const announcer: Pick<Announcer, 'say' | 'sayAfterPause' | 'cancelPending'> = {
    say: (text) => log.push(`say: ${text}`),
    sayAfterPause: (text, delayMs) => log.push(`say after ${delayMs} ms: ${text}`),
    cancelPending: () => log.push('cancel'),
  };
  return new SearchController(host, {
    inputs: () => ({
      records: host.inputs['records'] as ServiceRecord[] | undefined,
      municipality: String(host.inputs['municipality'] ?? ''),
      flow: HOKKAIDO_FLOW,
      counts: undefined,
      lang: 'ja',
      messages: MESSAGES.ja,
    }),
    announcer,
    onSearch: (results) => log.push(`search ${results}`),
    ...(chunk ? { chunk } : {}),
  });
}

/** A search chunk that arrives (or fails) when the test says so. */
function heldChunk() {
  const arrival = deferred<SearchChunk | undefined>();
  let here: SearchChunk | undefined;
  let loads = 0;
  const source: ChunkSource = {
    now: () => here,
    load: () => {
      loads += 1;
      return arrival.promise.then((chunk) => (here = chunk));
    },
  };
  return { source, arrive: arrival.resolve, loads: () => loads };
}

/** A search with its chunk and its trouble matcher in: each keystroke is answered and reported at once. */
async function readySearch(log: string[], inputs: Record<string, unknown>) {
  const hostedSearch = await hosted((host) => searchOn(host, log), inputs);
  await until(() => hostedSearch.controller.troubles.status === TASK_STATUS.complete, 'the trouble matcher');
  return hostedSearch;
}

const names = (search: SearchController) => search.result.services.map((hit) => hit.record.name);

// The page's search chunk, here before the keystrokes of the tests that do not hold it back.
before(async () => {
  expect(await loadSearchChunk()).to.not.equal(undefined);
});

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
    const { host, controller: search } = await readySearch(log, { records: records() });
    const renders = host.renders;
    search.setQuery('フードバンク');
    expect(search.active).to.equal(true);
    expect(search.result.total).to.equal(25);
    expect(search.result.services).to.have.length(SEARCH_PAGE);
    expect(log).to.deep.equal(['search 25', `say after ${SEARCH_ANNOUNCE_DELAY_MS} ms: 25件見つかりました`]);
    await host.updateComplete;
    expect(host.renders).to.equal(renders + 1);
  });

  it('says nothing for one kana or an empty box, and cancels what it was about to say', async () => {
    const log: string[] = [];
    const { controller: search } = await readySearch(log, { records: records() });
    search.setQuery('フ');
    expect(search.result.tooShort).to.equal(true);
    search.setQuery('');
    expect(search.active).to.equal(false);
    expect(log).to.deep.equal(['search 0', 'cancel', 'search 0', 'cancel']);
  });

  it('shows a page more at a time, and starts from one page at the next keystroke', async () => {
    const log: string[] = [];
    const { controller: search } = await hosted((host) => searchOn(host, log), { records: records() });
    search.setQuery('フードバンク');
    search.showMore();
    expect(search.result.services).to.have.length(2 * SEARCH_PAGE);
    search.showMore();
    expect(search.result.services).to.have.length(25);
    search.setQuery('フードバンク1');
    expect(search.result.services).to.have.length(SEARCH_PAGE);
  });

  it('keeps to the municipality, worked out again when it changes, and once per keystroke otherwise', async () => {
    const log: string[] = [];
    const { host, controller: search } = await hosted((host) => searchOn(host, log), { records: records(), municipality: '旭川市' });
    search.setQuery('フードバンク');
    const first = search.result;
    expect(first.total).to.equal(12);
    expect(search.result).to.equal(first);
    await setInputs(host, { municipality: '札幌市' });
    expect(search.result.total).to.equal(13);
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
    expect([search.active, search.result.total]).to.deep.equal([false, 0]);
    expect(log.at(-1)).to.equal('cancel');
    await setInputs(host, { records: [] });
    expect(search.index.status).to.equal(TASK_STATUS.idle);
  });

  it('shows the crisis lines for a cry at once while the search loads, and the whole answer once it is here', async () => {
    const log: string[] = [];
    const held = heldChunk();
    const { host, controller: search } = await hosted((host) => searchOn(host, log, held.source), { records: records() });
    search.setQuery('しにたい');
    expect(held.loads()).to.be.greaterThan(0);
    expect(search.result.crisis).to.include('inochi');
    expect(search.result.pending).to.equal(true);
    // Crisis lines are said; never "not found" while the search is on its way.
    expect(log.filter((line) => line.startsWith('say'))).to.deep.equal([`say after ${SEARCH_ANNOUNCE_DELAY_MS} ms: ${MESSAGES.ja.crisisHeading}`]);
    search.setQuery('フードバンク');
    expect([search.result.crisis, search.result.total, search.result.pending]).to.deep.equal([[], 0, true]);
    // No count until there is one.
    expect(log.filter((line) => line.startsWith('search'))).to.deep.equal([]);
    held.arrive(await loadSearchChunk());
    await until(() => search.result.total === 25, 'the services once the search is here');
    expect(search.result.pending).to.equal(undefined);
    // Reported once the trouble matcher is in too, built when the browser is idle (a timer in WebKit).
    await until(() => log.some((line) => line.startsWith('search')), 'the count reported');
    expect(log.filter((line) => line.startsWith('search'))).to.deep.equal(['search 25']);
    await host.updateComplete;
    expect(log).to.include(`say after ${SEARCH_ANNOUNCE_DELAY_MS} ms: 25件見つかりました`);
  });

  it('keeps showing crisis lines when the search cannot load, says so for other queries, and tries again at the next keystroke', async () => {
    const log: string[] = [];
    const held = heldChunk();
    const { host, controller: search } = await hosted((host) => searchOn(host, log, held.source), { records: records() });
    search.setQuery('死にたい');
    held.arrive(undefined);
    await until(() => search.result.unavailable === true, 'the search given up');
    await host.updateComplete;
    expect(search.result.crisis).to.include('inochi');
    search.setQuery('家賃が払えない');
    // Nothing can be found: a line to a person, said after the failure.
    expect(search.result).to.deep.include({ crisis: [], total: 0, unavailable: true, listening: true });
    expect(log.at(-1)).to.equal(`say after ${SEARCH_ANNOUNCE_DELAY_MS} ms: ${MESSAGES.ja.loadFailed} ${MESSAGES.ja.listeningHeading}`);
    expect(held.loads()).to.be.greaterThan(1);
  });

  it('finds the situation a trouble describes, and brings the search back as it was after a shortcut', async () => {
    const log: string[] = [];
    const { controller: search } = await readySearch(log, { records: records() });
    search.setQuery('やちんがはらえない');
    expect(search.result.shortcuts.map((shortcut) => shortcut.label)).to.include('家賃が払えない');
    const shown = search.result;
    const comeBack = search.leave();
    expect(search.active).to.equal(false);
    comeBack();
    expect([search.query, search.result.shortcuts]).to.deep.equal(['やちんがはらえない', shown.shortcuts]);
    expect(log.at(-1)).to.equal(`say: ${MESSAGES.ja.shortcutsHeading}`);
  });
});
