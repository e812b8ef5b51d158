import { expect } from '@open-wc/testing';
import { FlowController } from '../../../src/components/controllers/flow-controller.js';
import type { ShienNaviError } from '../../../src/data/errors.js';
import { HOKKAIDO_FLOW } from '../../../src/flows/hokkaido.js';
import { until } from '../helpers.js';
import { holdRequestsTo, hosted, setInputs, type TestHost } from './host.js';

const SMALL = '/test/fixtures/flows/small.json';

function flowOn(host: TestHost, errors: string[]) {
  return new FlowController(
    host,
    () => ({ property: host.inputs['flow'], url: String(host.inputs['url'] ?? '') }),
    (error: ShienNaviError) => errors.push(`${error.kind} ${error.source}: ${error.message}`),
  );
}

afterEach(() => document.querySelectorAll('test-controller-host').forEach((host) => host.remove()));

describe('FlowController', () => {
  it('runs the bundled flow when given none, and the flow at a URL once it has arrived', async () => {
    const errors: string[] = [];
    const { host, controller: flows } = await hosted((host) => flowOn(host, errors));
    expect([flows.flow, flows.loading]).to.deep.equal([HOKKAIDO_FLOW, false]);
    await setInputs(host, { url: SMALL });
    expect(flows.loading).to.equal(true);
    await until(() => !flows.loading, 'the flow file');
    expect(flows.flow.start).to.equal('start');
    expect(errors).to.deep.equal([]);
  });

  it('reports a flow property with errors once, with its problems, and keeps to the bundled flow', async () => {
    const errors: string[] = [];
    const { host, controller: flows } = await hosted((host) => flowOn(host, errors), { flow: { version: 1, start: 'nowhere', nodes: {} } });
    // Checked by the validator's lazy chunk (fetched here, or earlier in this page).
    await until(() => !flows.loading, 'the flow checked');
    expect(flows.flow).to.equal(HOKKAIDO_FLOW);
    host.requestUpdate();
    await host.updateComplete;
    expect(errors).to.deep.equal(['flow : flow プロパティのフローに誤りがあるため、使いません']);
  });

  it('fetches the flow again when its host was moved in the page while the first fetch was under way', async () => {
    const held = holdRequestsTo(SMALL);
    try {
      const errors: string[] = [];
      const { host, controller: flows } = await hosted((host) => flowOn(host, errors), { url: SMALL });
      await until(() => held.signals.length === 1, 'the held request');
      host.remove();
      expect(held.signals[0]?.aborted).to.equal(true);
      held.release();
      document.body.append(host);
      await until(() => !flows.loading, 'the flow, fetched again');
      expect([flows.flow.start, errors]).to.deep.equal(['start', []]);
    } finally {
      held.release();
    }
  });
});
