import { expect } from '@open-wc/testing';
import { TaskStatus } from '@lit/task';
import { BuildController, type ChunkSource } from '../../../src/components/controllers/build-controller.js';
import { parseCsv } from '../../../src/data/parse.js';
import type { ServiceRecord } from '../../../src/data/record.js';
import type { Flow } from '../../../src/engine/flow.js';
import { loadSearchChunk, type SearchChunk } from '../../../src/engine/load-trouble-search.js';
import { HOKKAIDO_FLOW } from '../../../src/flows/hokkaido.js';
import { until } from '../helpers.js';
import { hosted, setInputs, type TestHost } from './host.js';

const data = (): ServiceRecord[] => parseCsv('制度名,市区町村名\n【サンプル】フードバンク,札幌市\n【サンプル】ハローワーク,札幌市', { today: '2026-11-23' }).records;

/** The page's search chunk, counting the fetches asked for; while `offline`, they fail. */
function countedChunk(page: SearchChunk) {
  let here: SearchChunk | undefined;
  let loads = 0;
  const network = { offline: false };
  const source: ChunkSource = {
    now: () => here,
    load: async () => {
      loads += 1;
      if (!network.offline) here = page;
      return here;
    },
  };
  return { source, network, loads: () => loads };
}

function buildOn(host: TestHost, source: ChunkSource): BuildController {
  return new BuildController(host, () => ({ records: host.inputs['records'] as ServiceRecord[] | undefined, flow: host.inputs['flow'] as Flow }), source);
}

let page: SearchChunk;
before(async () => {
  page = (await loadSearchChunk()) as SearchChunk;
  expect(page).to.not.equal(undefined);
});
/** Resolves once the page has been idle (after an idle callback asked for now, as the controller asks for its own; a timeout where the engine has none, as WebKit). */
const idle = () =>
  new Promise<void>((resolve) => {
    const later = () => setTimeout(resolve, 50);
    if ('requestIdleCallback' in window) requestIdleCallback(later, { timeout: 2000 });
    else setTimeout(later, 200);
  });

afterEach(() => document.querySelectorAll('test-controller-host').forEach((host) => host.remove()));

describe('BuildController', () => {
  it('fetches the search once the data is in and the page is idle, then builds the flow’s matcher and the index', async () => {
    const chunk = countedChunk(page);
    const { host, controller: build } = await hosted((host) => buildOn(host, chunk.source), { flow: HOKKAIDO_FLOW });
    // The data on its way: the search's bytes do not share a slow line with it (the first answer).
    await idle();
    expect(chunk.loads()).to.equal(0);
    const records = data();
    await setInputs(host, { records });
    await until(() => chunk.loads() === 1 && build.troubles.status === TaskStatus.COMPLETE, 'the chunk and the matcher');
    await until(() => build.index.status === TaskStatus.COMPLETE && build.goals.status === TaskStatus.COMPLETE, 'the index and the goals');
    expect([build.built.troubles?.flow, build.built.search]).to.deep.equal([HOKKAIDO_FLOW, page]);
    expect([build.built.searchIndex?.records, build.built.goalIndex?.records, build.built.goalIndex?.flow]).to.deep.equal([records, records, HOKKAIDO_FLOW]);
    expect(build.built.counting?.GoalIndex).to.equal(build.built.goalIndex?.constructor);
  });

  it('fetches the search once the page is idle when there is no data to wait for, and at once when asked (a keystroke) while the data is on its way', async () => {
    const none = countedChunk(page);
    await hosted((host) => buildOn(host, none.source), { flow: HOKKAIDO_FLOW, records: [] });
    await until(() => none.loads() === 1, 'the chunk, with no data');
    const typed = countedChunk(page);
    const { controller: build } = await hosted((host) => buildOn(host, typed.source), { flow: HOKKAIDO_FLOW });
    build.load();
    await until(() => build.built.search === page, 'the chunk, asked for');
    expect(typed.loads()).to.equal(1);
  });

  it('builds again for a new flow, and never gives the goals of the old one', async () => {
    const chunk = countedChunk(page);
    const records = data();
    const { host, controller: build } = await hosted((host) => buildOn(host, chunk.source), { flow: HOKKAIDO_FLOW, records });
    await until(() => build.goals.status === TaskStatus.COMPLETE, 'the first goals');
    const other: Flow = { ...HOKKAIDO_FLOW };
    await setInputs(host, { flow: other });
    expect(build.built.goalIndex).to.equal(undefined);
    await until(() => build.goals.status === TaskStatus.COMPLETE, 'the second goals');
    expect(build.built.goalIndex?.flow).to.equal(other);
  });

  it('builds nothing over no data', async () => {
    const chunk = countedChunk(page);
    const { controller: build } = await hosted((host) => buildOn(host, chunk.source), { flow: HOKKAIDO_FLOW, records: [] });
    expect([build.goals.status, build.index.status]).to.deep.equal([TaskStatus.INITIAL, TaskStatus.INITIAL]);
  });

  it('says when the search could not be fetched, and fetches it again when asked', async () => {
    const chunk = countedChunk(page);
    chunk.network.offline = true;
    const { controller: build } = await hosted((host) => buildOn(host, chunk.source), { flow: HOKKAIDO_FLOW });
    build.load();
    await until(() => build.built.searchUnavailable, 'the failure');
    expect(build.built.search).to.equal(undefined);
    chunk.network.offline = false;
    build.load();
    await until(() => !build.built.searchUnavailable, 'the search, fetched again');
    expect(build.built.search).to.equal(page);
    // Here: not fetched again.
    const loads = chunk.loads();
    build.load();
    expect(chunk.loads()).to.equal(loads);
  });
});
