import { expect } from '@open-wc/testing';
import { DataController } from '../../../src/components/controllers/data-controller.js';
import type { ShienNaviError } from '../../../src/data/errors.js';
import { until } from '../helpers.js';
import { holdRequestsTo, hosted, setInputs, type TestHost } from './host.js';

const SAMPLE = '/demo/data/sample.csv';

/** What the controller told its host, in order. */
function dataOn(host: TestHost, told: string[]) {
  const controller = new DataController(host, {
    source: () => ({ src: String(host.inputs['src'] ?? ''), encoding: undefined }),
    onLoaded: (data) => told.push(`loaded ${data.records.length}`),
    onError: (error: ShienNaviError) => told.push(`error ${error.kind}`),
  });
  host.show = () => {
    told.push(`rendered ${controller.loading ? 'loading' : 'ready'}`);
    return '';
  };
  return controller;
}

afterEach(async () => {
  document.querySelectorAll('test-controller-host').forEach((host) => host.remove());
  await caches.delete('shien-navi-data-v1');
});

describe('DataController', () => {
  it('without src, is ready at the first render and reports one load, after that update', async () => {
    const told: string[] = [];
    const { controller } = await hosted((host) => dataOn(host, told));
    expect(told).to.deep.equal(['rendered ready', 'loaded 0']);
    expect([controller.loading, controller.records]).to.deep.equal([false, []]);
  });

  it('with src, shows loading, then reports the load once, errors first', async () => {
    const told: string[] = [];
    const { host, controller } = await hosted((host) => dataOn(host, told), { src: `${SAMPLE} /__test/missing` });
    await until(() => !controller.loading, 'the data');
    await host.updateComplete;
    expect(told).to.deep.equal(['rendered loading', 'error http', 'loaded 52', 'rendered ready']);
    expect([controller.records.length, controller.data.errors.length, controller.loading]).to.deep.equal([52, 1, false]);
  });

  it('abandons a load when src changes, and reports only the newer one', async () => {
    const held = holdRequestsTo('/held.csv');
    try {
      const told: string[] = [];
      const { host, controller } = await hosted((host) => dataOn(host, told), { src: '/held.csv' });
      await until(() => held.signals.length === 1, 'the held request');
      await setInputs(host, { src: SAMPLE });
      expect(held.signals[0]?.aborted).to.equal(true);
      await until(() => !controller.loading, 'the new data');
      expect(told.filter((line) => !line.startsWith('rendered'))).to.deep.equal(['loaded 52']);
    } finally {
      held.release();
    }
  });

  it('abandons a load when its host leaves the page, and loads again, once, when it comes back', async () => {
    const held = holdRequestsTo(SAMPLE);
    try {
      const told: string[] = [];
      const { host, controller } = await hosted((host) => dataOn(host, told), { src: SAMPLE });
      await until(() => held.signals.length === 1, 'the held request');
      host.remove();
      expect(held.signals[0]?.aborted).to.equal(true);
      held.release();
      document.body.append(host);
      await until(() => !controller.loading, 'the data, loaded again');
      expect(told.filter((line) => !line.startsWith('rendered'))).to.deep.equal(['loaded 52']);
    } finally {
      held.release();
    }
  });

  it('does not load again for an update that leaves src as it was', async () => {
    const told: string[] = [];
    const { host, controller } = await hosted((host) => dataOn(host, told), { src: SAMPLE });
    await until(() => !controller.loading, 'the data');
    await setInputs(host, { other: 1 });
    await setInputs(host, { src: SAMPLE });
    expect(told.filter((line) => !line.startsWith('rendered'))).to.deep.equal(['loaded 52']);
  });
});
