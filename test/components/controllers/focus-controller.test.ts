import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { FocusController } from '../../../src/components/controllers/focus-controller.js';
import { until } from '../helpers.js';
import { hosted } from './host.js';

afterEach(() => document.querySelectorAll('test-controller-host').forEach((host) => host.remove()));

describe('FocusController', () => {
  it('moves focus only when asked, after the update, scrolling the log first', async () => {
    const steps: string[] = [];
    const { host, controller: focus } = await hosted((host) => {
      host.show = () => html`<button>${String(host.inputs['label'] ?? 'first')}</button>`;
      return new FocusController(host, () => ({
        log: { updateComplete: Promise.resolve(), revealLatest: () => steps.push('reveal') },
        step: {
          focusFirst: async () => {
            steps.push(`focus ${host.shadowRoot?.querySelector('button')?.textContent ?? ''}`);
            host.shadowRoot?.querySelector('button')?.focus();
          },
        },
      }));
    });
    host.requestUpdate();
    await host.updateComplete;
    expect(steps).to.deep.equal([]);

    // Asked with a change of what is shown: the focus lands on what the update rendered.
    host.inputs = { label: 'next' };
    focus.request();
    await until(() => steps.length === 2, 'focus to move');
    expect(steps).to.deep.equal(['reveal', 'focus next']);
    expect(host.shadowRoot?.activeElement?.textContent).to.equal('next');

    host.requestUpdate();
    await host.updateComplete;
    expect(steps).to.have.length(2);
  });

  it('forgets a request when the host leaves the page before updating', async () => {
    let focused = 0;
    const { host, controller: focus } = await hosted(
      (host) => new FocusController(host, () => ({ log: null, step: { focusFirst: async () => void (focused += 1) } })),
    );
    focus.request();
    host.remove();
    document.body.append(host);
    host.requestUpdate();
    await host.updateComplete;
    expect(focused).to.equal(0);
  });

  it('moves nothing when a request is taken back before the update (a step the page opened, not the person)', async () => {
    let focused = 0;
    const { host, controller: focus } = await hosted(
      (host) => new FocusController(host, () => ({ log: null, step: { focusFirst: async () => void (focused += 1) } })),
    );
    focus.request();
    focus.cancel();
    await host.updateComplete;
    host.requestUpdate();
    await host.updateComplete;
    expect(focused).to.equal(0);
  });
});
