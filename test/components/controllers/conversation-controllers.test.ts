import { expect } from '@open-wc/testing';
import { TASK_STATUS } from '../../../src/components/controllers/background-task.js';
import { CountsController } from '../../../src/components/controllers/counts-controller.js';
import { MunicipalitiesController } from '../../../src/components/controllers/municipalities-controller.js';
import { WalkController } from '../../../src/components/controllers/walk-controller.js';
import type { ShienNaviError } from '../../../src/data/errors.js';
import { parseCsv } from '../../../src/data/parse.js';
import type { ServiceRecord } from '../../../src/data/record.js';
import type { Flow } from '../../../src/engine/flow.js';
import { until } from '../helpers.js';
import { hosted, setInputs } from './host.js';

/** Two questions, two goals: enough to count and to walk. */
const FLOW: Flow = {
  version: 1,
  id: 'test',
  start: 'root',
  nodes: {
    root: { kind: 'question', text: '何に困っていますか', choices: [{ label: '食べ物', next: 'food' }, { label: '仕事', next: 'work' }] },
    food: { kind: 'goal', text: '食べ物の相談先です', query: { terms: ['フードバンク'] } },
    work: { kind: 'question', text: '仕事のこと', choices: [{ label: '探す', next: 'job' }] },
    job: { kind: 'goal', text: '仕事の相談先です', query: { terms: ['ハローワーク'] } },
  },
};

function records(): ServiceRecord[] {
  const csv = ['制度名,市区町村名', '【サンプル】フードバンク札幌,札幌市', '【サンプル】フードバンク旭川,旭川市', '【サンプル】フードバンク全域,', '【サンプル】ハローワーク,札幌市'];
  return parseCsv(csv.join('\n'), { today: '2026-11-23' }).records;
}

afterEach(() => document.querySelectorAll('test-controller-host').forEach((host) => host.remove()));

describe('CountsController', () => {
  const countsOn = (host: Parameters<Parameters<typeof hosted>[0]>[0]) =>
    new CountsController(host, () => ({
      flow: (host.inputs['flow'] as Flow | undefined) ?? FLOW,
      records: host.inputs['records'] as ServiceRecord[] | undefined,
      municipality: String(host.inputs['municipality'] ?? ''),
    }));

  it('has no results while the data loads, and answers goals directly until its index is built', async () => {
    const { host, controller: counts } = await hosted(countsOn);
    expect(counts.results('food')).to.equal(undefined);
    host.inputs = { records: [] };
    expect(counts.results('food')).to.deep.equal([]);
    // The counting code (with the municipality filter) comes with the first data set's index.
    host.inputs = { records: records() };
    await host.updateComplete;
    await until(() => counts.index.status === TASK_STATUS.complete, 'the index');
    host.inputs = { records: records() };
    expect(counts.counts).to.equal(undefined);
    expect(counts.results('food')?.map((record) => record.name)).to.deep.equal(['【サンプル】フードバンク札幌', '【サンプル】フードバンク旭川', '【サンプル】フードバンク全域']);
    expect(counts.results('root')).to.deep.equal([]);
  });

  it('counts what lies behind each answer once the index is built, per municipality', async () => {
    const { host, controller: counts } = await hosted(countsOn, { records: records() });
    await until(() => counts.index.status === TASK_STATUS.complete, 'the index');
    expect([counts.counts?.behind('food'), counts.counts?.behind('work')]).to.deep.equal([3, 1]);
    const all = counts.counts;
    expect(counts.counts).to.equal(all);
    await setInputs(host, { municipality: '旭川市' });
    expect([counts.counts?.behind('food'), counts.counts?.behind('work')]).to.deep.equal([2, 0]);
    expect(counts.counts?.leadsSomewhere('work')).to.equal(false);
  });

  it('gives the list a town’s services by the engine’s rule (its 振興局 too) once the counting code is there', async () => {
    const csv = ['制度名,全国地方公共団体コード,市区町村名', '【サンプル】そらち,010006,空知', '【サンプル】いしかり,010006,石狩', '【サンプル】全道,010006,'];
    const rows = parseCsv(csv.join('\n'), { today: '2026-11-23' }).records;
    const { controller: counts } = await hosted(countsOn, { records: rows });
    expect(counts.town(rows, '')).to.equal(rows);
    await until(() => counts.index.status === TASK_STATUS.complete, 'the index');
    const kuriyama = counts.town(rows, '014290');
    expect(kuriyama.map((record) => record.name)).to.deep.equal(['【サンプル】そらち', '【サンプル】全道']);
    expect(counts.town(rows, '014290')).to.equal(kuriyama);
  });

  it('builds again for a new flow, and never counts with the index of the old one', async () => {
    const { host, controller: counts } = await hosted(countsOn, { records: records() });
    await until(() => counts.index.status === TASK_STATUS.complete, 'the first index');
    const onlyFood: Flow = { ...FLOW, nodes: { ...FLOW.nodes, root: { kind: 'question', text: 'q', choices: [{ label: '食べ物', next: 'food' }] } } };
    host.inputs = { ...host.inputs, flow: onlyFood };
    expect(counts.counts).to.equal(undefined);
    await host.updateComplete;
    await until(() => counts.index.status === TASK_STATUS.complete, 'the second index');
    expect(counts.index.value?.flow).to.equal(onlyFood);
  });
});

describe('WalkController', () => {
  function walkOn(host: Parameters<Parameters<typeof hosted>[0]>[0], log: string[]) {
    return new WalkController(host, {
      inputs: () => ({ flow: FLOW, categories: String(host.inputs['categories'] ?? ''), start: String(host.inputs['start'] ?? '') }),
      onMove: (walk) => log.push(`move to ${walk.steps.at(-1)?.nodeId ?? ''}`),
      onReset: () => log.push('reset'),
      onError: (error: ShienNaviError) => log.push(`${error.kind}: ${error.message}`),
    });
  }

  it('moves through the flow and back, telling its host after each move', async () => {
    const log: string[] = [];
    const { controller: walk } = await hosted((host) => walkOn(host, log));
    expect([walk.nodeId, walk.canGoBack]).to.deep.equal(['root', false]);
    walk.choose(1);
    walk.choose(0);
    expect([walk.nodeId, walk.node.kind]).to.deep.equal(['job', 'goal']);
    walk.back();
    expect(walk.nodeId).to.equal('work');
    walk.restart();
    expect(walk.nodeId).to.equal('root');
    expect(log).to.deep.equal(['move to work', 'move to job', 'move to work', 'move to root']);
  });

  it('opens any node keeping the way back, and reports an unknown one without moving', async () => {
    const log: string[] = [];
    const { controller: walk } = await hosted((host) => walkOn(host, log));
    expect(walk.goTo('job')).to.equal(true);
    expect(walk.goTo('nowhere')).to.equal(false);
    expect(walk.nodeId).to.equal('job');
    walk.back();
    expect(walk.nodeId).to.equal('root');
    expect(log).to.deep.equal(['move to job', 'flow: ノード "nowhere" はフローにありません', 'move to root']);
  });

  it('offers only the categories asked for, opens on start, and opens afresh when they change', async () => {
    const log: string[] = [];
    const { host, controller: walk } = await hosted((host) => walkOn(host, log), { categories: 'work' });
    const root = walk.flow.nodes['root'];
    expect(root?.kind === 'question' ? root.choices.map((choice) => choice.next) : []).to.deep.equal(['work']);
    walk.chooseCategory(0);
    expect(walk.nodeId).to.equal('work');
    await setInputs(host, { start: 'food' });
    expect([walk.nodeId, walk.canGoBack]).to.deep.equal(['food', false]);
    await setInputs(host, { start: 'missing' });
    expect(walk.nodeId).to.equal('root');
    expect(log).to.deep.equal(['move to work', 'reset', 'flow: start="missing" はフローにないため、最初の質問から始めます', 'reset']);
  });
});

describe('MunicipalitiesController', () => {
  it('lists the municipalities of the data in order, once per data set', async () => {
    const data = records();
    const { host, controller: places } = await hosted((host) => new MunicipalitiesController(host, () => (host.inputs['records'] as ServiceRecord[] | undefined) ?? []), { records: data });
    expect(places.names).to.deep.equal(['札幌市', '旭川市']);
    const names = places.names;
    await setInputs(host, { other: 1 });
    expect(places.names).to.equal(names);
    await setInputs(host, { records: data.slice(3) });
    expect(places.names).to.deep.equal(['札幌市']);
  });
});
