import { expect } from '@open-wc/testing';
import { TASK_STATUS } from '../../../src/components/controllers/background-task.js';
import { SearchBuildController, type ChunkSource } from '../../../src/components/controllers/search-build-controller.js';
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

function buildOn(host: TestHost, source: ChunkSource): SearchBuildController {
  return new SearchBuildController(host, () => ({ records: host.inputs['records'] as ServiceRecord[] | undefined, flow: host.inputs['flow'] as Flow }), source);
}

let page: SearchChunk;
before(async () => {
  page = (await loadSearchChunk()) as SearchChunk;
  expect(page).to.not.equal(undefined);
});
afterEach(() => document.querySelectorAll('test-controller-host').forEach((host) => host.remove()));

describe('SearchBuildController', () => {
  it('fetches the search once the page is idle, then builds the flow’s matcher, and the index once there is data', async () => {
    const chunk = countedChunk(page);
    const { host, controller: build } = await hosted((host) => buildOn(host, chunk.source), { flow: HOKKAIDO_FLOW });
    await until(() => chunk.loads() === 1 && build.troubles.status === TASK_STATUS.complete, 'the chunk and the matcher');
    expect([build.troublesFor(HOKKAIDO_FLOW)?.flow, build.troublesFor({ ...HOKKAIDO_FLOW }), build.index.status]).to.deep.equal([HOKKAIDO_FLOW, undefined, TASK_STATUS.idle]);
    const records = data();
    await setInputs(host, { records });
    await until(() => build.index.status === TASK_STATUS.complete, 'the index');
    expect(build.indexOver(page, records)).to.equal(build.index.value);
  });

  it('builds an index at once for data the background build has not reached, once per data', async () => {
    const chunk = countedChunk(page);
    const { controller: build } = await hosted((host) => buildOn(host, chunk.source), { flow: HOKKAIDO_FLOW });
    const other = data();
    const now = build.indexOver(page, other);
    expect(now.records).to.equal(other);
    expect(build.indexOver(page, other)).to.equal(now);
  });

  it('says when the search could not be fetched, and fetches it again when asked', async () => {
    const chunk = countedChunk(page);
    chunk.network.offline = true;
    const { controller: build } = await hosted((host) => buildOn(host, chunk.source), { flow: HOKKAIDO_FLOW });
    build.load();
    await until(() => build.unavailable, 'the failure');
    expect(build.chunk).to.equal(undefined);
    chunk.network.offline = false;
    build.load();
    await until(() => !build.unavailable, 'the search, fetched again');
    expect(build.chunk).to.equal(page);
  });
});
